import * as z from 'zod/mini';
import { customIssue } from './problems.ts';
import { normaliseLoginHost } from './login-host.ts';
import { recordTypes, recordTypeSchema } from './search.ts';

/** Scopes the admin may grant; the product needs api and a refresh token, id to read who connected. */
export const allowedScopes = ['api', 'refresh_token', 'offline_access', 'id', 'openid', 'profile', 'email', 'web'] as const;
export const DEFAULT_SCOPES = ['api', 'refresh_token', 'id'];

export const scopesSchema = z.pipe(
  z.array(z.string().check(z.trim(), z.minLength(1))),
  z.transform((list: string[], ctx) => {
    const scopes = [...new Set(list)];
    const unknown = scopes.filter((s) => !(allowedScopes as readonly string[]).includes(s));
    if (unknown.length > 0) {
      return customIssue(ctx, 'scopes.unknown', { scopes: unknown.join(', '), allowed: allowedScopes.join(', ') });
    }
    const missing = ['api', 'id'].filter((s) => !scopes.includes(s));
    if (!scopes.includes('refresh_token') && !scopes.includes('offline_access')) missing.push('refresh_token');
    if (missing.length > 0) return customIssue(ctx, 'scopes.missing', { scopes: missing.join(', ') });
    return scopes;
  }),
);

export const loginHostSchema = z.pipe(
  z.string({ error: 'login-host.required' }),
  z.transform((value: string, ctx) => {
    const result = normaliseLoginHost(value);
    if (!result.ok) return customIssue(ctx, result.problem.key, result.problem.values);
    return result.loginHost;
  }),
);

// Messages are problem keys (problems.ts).
const consumerKeySchema = z.string({ error: 'consumer-key.required' }).check(
  z.trim(),
  z.minLength(1, 'consumer-key.required'),
  z.maxLength(256, 'consumer-key.too-long'),
  z.regex(/^[A-Za-z0-9._]+$/, 'consumer-key.characters'),
);
const consumerSecretSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'consumer-secret.empty'),
  z.maxLength(256, 'consumer-secret.too-long'),
);

/** PUT /api/admin/marketplace/salesforce — the secret may be left out to keep the stored one. */
export const salesforceConfigUpdateSchema = z.object({
  consumerKey: consumerKeySchema,
  consumerSecret: z.optional(consumerSecretSchema),
  loginHost: loginHostSchema,
  scopes: z._default(scopesSchema, DEFAULT_SCOPES),
});
export type SalesforceConfigUpdate = z.input<typeof salesforceConfigUpdateSchema>;
export type SalesforceConfigChange = z.output<typeof salesforceConfigUpdateSchema>;

/** POST …/check: the same fields, checked against Salesforce without saving. */
export const salesforceConfigCheckSchema = salesforceConfigUpdateSchema;

export const salesforceConfigSchema = z.object({
  configured: z.boolean(),
  consumerKey: z.string(),
  hasConsumerSecret: z.boolean(),
  loginHost: z.string(),
  scopes: z.array(z.string()),
  callbackUrl: z.string(),
  connectedUsers: z.number().check(z.int()),
  updatedAt: z.nullable(z.string()),
  updatedBy: z.nullable(z.string()),
  apiUsage: z.nullable(z.object({ used: z.number(), limit: z.number(), at: z.string() })),
  /** The record types employees search (DEFAULT_SEARCH_TYPES until an admin chooses). */
  searchTypes: z.array(recordTypeSchema),
  /** This product's share of the org's daily API requests, and the admin's cap (issue 14). */
  apiBudget: z.object({
    /** REST calls this product made to Salesforce in the last 24 hours (Salesforce's own window). */
    ownCallsToday: z.number().check(z.int()),
    capPercent: z.nullable(z.number().check(z.int())),
    /** The org has used at least 80% of its daily requests. */
    warning: z.boolean(),
    /** The org is over the cap: searches are paused. */
    paused: z.boolean(),
  }),
});
export type SalesforceConfig = z.infer<typeof salesforceConfigSchema>;

export const API_CAP_MIN = 1;
export const API_CAP_MAX = 100;

/** PUT /api/admin/marketplace/salesforce/settings: what changes without anyone signing in again. */
export const settingsUpdateSchema = z.object({
  /** Pause searches while the org has used this share of its daily API requests; null: never. */
  apiCapPercent: z.optional(z.nullable(z.number({ error: 'settings.cap' }).check(z.int('settings.cap'), z.minimum(API_CAP_MIN, 'settings.cap'), z.maximum(API_CAP_MAX, 'settings.cap')))),
  /** The record types employees search, at least one; their chips follow. */
  searchTypes: z.optional(z.array(z.enum(recordTypes, { error: 'settings.types' })).check(z.minLength(1, 'settings.types'))),
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

export const settingsResponseSchema = z.object({
  apiCapPercent: z.nullable(z.number().check(z.int())),
  searchTypes: z.array(recordTypeSchema),
  changedFields: z.array(z.string()),
});
export type SettingsResponse = z.infer<typeof settingsResponseSchema>;

export const saveConfigResponseSchema = z.object({ purgedTokens: z.number().check(z.int()) });
export type SaveConfigResponse = z.infer<typeof saveConfigResponseSchema>;

const checkProblemSchema = z.object({
  /** Stable name of the problem, e.g. `callback-not-registered`. */
  code: z.string(),
  problem: z.string(),
  /** The fix, in the admin's words. */
  hint: z.string(),
});

export const checkResponseSchema = z.object({
  ok: z.boolean(),
  /** The first problem, as before; every problem found is in `problems`. */
  problem: z.optional(z.string()),
  hint: z.optional(z.string()),
  problems: z.optional(z.array(checkProblemSchema)),
  /** What the check could not prove, worth knowing. */
  notes: z.optional(z.array(z.string())),
});
export type CheckResponse = z.infer<typeof checkResponseSchema>;
