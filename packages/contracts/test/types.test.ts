// The types consumers import from the contracts, spelled out: a change of schema library (or of a
// schema) that changes what the BFF, the widget or packages/salesforce see fails the typecheck.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CheckResponse,
  Connection,
  DisconnectReason,
  ErrorCode,
  ErrorEnvelope,
  Me,
  RecordType,
  SalesforceConfig,
  SalesforceConfigChange,
  SalesforceConfigUpdate,
  SaveConfigResponse,
  SearchQuery,
  SearchResponse,
  SearchResult,
} from '../src/index.ts';
import {
  disconnectReasonSchema,
  loginHostSchema,
  recordTypeSchema,
  salesforceConfigCheckSchema,
  salesforceConfigUpdateSchema,
  scopesSchema,
  searchQuerySchema,
} from '../src/index.ts';

type SearchResultShape = {
  id: string;
  type: 'account' | 'lead' | 'task' | 'campaign' | 'contact' | 'opportunity' | 'case';
  title: string;
  subtitle: string;
  fields: { key: string; label: string; value: string }[];
  url: string;
};

describe('the exported types', () => {
  it('are the ones consumers rely on', () => {
    expectTypeOf<RecordType>().toEqualTypeOf<'account' | 'lead' | 'task' | 'campaign' | 'contact' | 'opportunity' | 'case'>();
    expectTypeOf<DisconnectReason>().toEqualTypeOf<'config-changed' | 'token-expired' | 'revoked' | 'unreadable' | 'admin-disconnected'>();
    expectTypeOf<SearchResult>().toEqualTypeOf<SearchResultShape>();
    expectTypeOf<SearchResponse>().toEqualTypeOf<{
      query: string;
      results: {
        account: SearchResultShape[]; lead: SearchResultShape[]; task: SearchResultShape[]; campaign: SearchResultShape[];
        contact: SearchResultShape[]; opportunity: SearchResultShape[]; case: SearchResultShape[];
      };
      more: RecordType[];
      notices: { type: RecordType; reason: 'no-access'; message: string }[];
      crowded: boolean;
      searchPageUrl: string;
    }>();
    expectTypeOf<SearchQuery>().toEqualTypeOf<{ q: string; types: RecordType[]; limit: number; offset: number }>();
    expectTypeOf<Me>().toEqualTypeOf<{ user: { id: string; name: string; email: string; isAdmin: boolean }; csrfToken: string }>();
    expectTypeOf<Connection>().toEqualTypeOf<{
      configured: boolean;
      status: 'connected' | 'not-connected' | 'reconnect-required';
      reason?: DisconnectReason | undefined;
      salesforceUser?: { username: string; displayName: string; orgId: string; instanceUrl: string } | undefined;
      connectedAt?: string | undefined;
      searchTypes?: RecordType[] | undefined;
      lastUsedAt?: string | null | undefined;
    }>();
    expectTypeOf<ErrorEnvelope>().toEqualTypeOf<{ error: { code: ErrorCode; message: string; reason?: string | undefined } }>();
    expectTypeOf<SalesforceConfigUpdate>().toEqualTypeOf<{
      consumerKey: string;
      consumerSecret?: string | undefined;
      loginHost: string;
      scopes?: string[] | undefined;
    }>();
    expectTypeOf<SalesforceConfigChange>().toEqualTypeOf<{
      consumerKey: string;
      consumerSecret?: string | undefined;
      loginHost: string;
      scopes: string[];
    }>();
    expectTypeOf<SalesforceConfig>().toEqualTypeOf<{
      configured: boolean;
      consumerKey: string;
      hasConsumerSecret: boolean;
      loginHost: string;
      scopes: string[];
      callbackUrl: string;
      connectedUsers: number;
      updatedAt: string | null;
      updatedBy: string | null;
      apiUsage: { used: number; limit: number; at: string } | null;
      searchTypes: RecordType[];
      apiBudget: { ownCallsToday: number; capPercent: number | null; warning: boolean; paused: boolean };
    }>();
    expectTypeOf<SaveConfigResponse>().toEqualTypeOf<{ purgedTokens: number }>();
    expectTypeOf<CheckResponse>().toEqualTypeOf<{
      ok: boolean; problem?: string | undefined; hint?: string | undefined;
      problems?: { code: string; problem: string; hint: string }[] | undefined; notes?: string[] | undefined;
    }>();
  });

  it('parse to what the schemas promise', () => {
    expectTypeOf(salesforceConfigCheckSchema.parse).returns.toEqualTypeOf<SalesforceConfigChange>();
    expectTypeOf(salesforceConfigUpdateSchema.parse).returns.toEqualTypeOf<SalesforceConfigChange>();
    expectTypeOf(searchQuerySchema.parse).returns.toEqualTypeOf<SearchQuery>();
    expectTypeOf(scopesSchema.parse).returns.toEqualTypeOf<string[]>();
    expectTypeOf(loginHostSchema.parse).returns.toEqualTypeOf<string>();
    expectTypeOf(recordTypeSchema.parse).returns.toEqualTypeOf<RecordType>();
    expectTypeOf(disconnectReasonSchema.parse).returns.toEqualTypeOf<DisconnectReason>();
  });
});
