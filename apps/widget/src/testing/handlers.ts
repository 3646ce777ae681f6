// MSW handlers for the BFF's HTTP contract, over the in-memory FakeBff. Requests are parsed and
// every answer is checked with the contracts schemas, so a handler cannot drift from the contract.
import {
  checkResponseSchema,
  connectionSchema,
  ERROR_STATUS,
  errorEnvelopeSchema,
  meSchema,
  salesforceConfigSchema,
  salesforceConfigUpdateSchema,
  saveConfigResponseSchema,
  searchQuerySchema,
  searchResponseSchema,
  type ErrorCode,
} from '@sfsearch/contracts';
import { http, HttpResponse } from 'msw';
import type * as z from 'zod/mini';
import { defaultMessages, type Endpoint, type FakeBff, type Failure } from './fake-bff.ts';
import { i18n } from '@lingui/core';
import { issueText } from '../features/admin/utils/problem-messages.ts';
import {
  adminDisconnectResponseSchema, auditQuerySchema, settingsResponseSchema, settingsUpdateSchema, auditResponseSchema, clearRecentSearchesResponseSchema, connectionsQuerySchema, connectionsResponseSchema, recentResponseSchema,
} from '@sfsearch/contracts';

function json<S extends z.ZodMiniType>(schema: S, body: z.input<S>, status = 200) {
  return HttpResponse.json(schema.parse(body) as never, { status });
}

export function errorResponse(code: ErrorCode, message = defaultMessages[code], reason?: string, status: number = ERROR_STATUS[code]) {
  const envelope = errorEnvelopeSchema.parse({ error: { code, message, ...(reason ? { reason } : {}) } });
  return HttpResponse.json(envelope, { status });
}

const fromFailure = (failure: Failure) => errorResponse(failure.code, failure.message, failure.reason, failure.status);

type Guard = { admin?: boolean; csrf?: boolean };

export function createHandlers(fake: FakeBff) {
  /** Log the request, then answer as the BFF's middleware would before the route runs. */
  async function handle(endpoint: Endpoint, request: Request, guard: Guard, route: (body: unknown) => Response | Promise<Response>) {
    const body = request.method === 'GET' ? undefined : await request.json().catch(() => undefined);
    fake.requests.push({ endpoint, method: request.method, url: new URL(request.url), csrfToken: request.headers.get('x-csrf-token'), language: request.headers.get('accept-language'), body, signal: request.signal });
    if (!fake.user) return errorResponse('not-signed-in');
    if (guard.csrf && request.headers.get('x-csrf-token') !== fake.csrfToken) {
      return errorResponse('forbidden', 'The request was refused: reload the page and try again.');
    }
    if (guard.admin && !fake.user.isAdmin) return errorResponse('forbidden');
    const failure = fake.takeFailure(endpoint);
    if (failure) return fromFailure(failure);
    return route(body);
  }

  return [
    http.get('/api/me', ({ request }) =>
      handle('me', request, {}, () => json(meSchema, { user: fake.user!, csrfToken: fake.csrfToken }))),

    http.get('/api/salesforce/connection', ({ request }) =>
      handle('connection', request, {}, () => json(connectionSchema, fake.connection))),

    http.post('/api/salesforce/connection/disconnect', ({ request }) =>
      handle('disconnect', request, { csrf: true }, () => {
        if (fake.connection.status === 'connected') fake.config.connectedUsers = Math.max(0, fake.config.connectedUsers - 1);
        fake.disconnectUser();
        return HttpResponse.json({ ok: true });
      })),

    http.get('/api/salesforce/search', ({ request }) =>
      handle('search', request, {}, async () => {
        const url = new URL(request.url);
        const query = searchQuerySchema.safeParse(Object.fromEntries(url.searchParams));
        if (!query.success) return errorResponse('invalid-request', issueText(i18n, query.error.issues[0]!));
        const { connection } = fake;
        if (!connection.configured) return errorResponse('not-configured');
        if (connection.status === 'not-connected') return errorResponse('not-connected');
        if (connection.status === 'reconnect-required') return errorResponse('reconnect-required', undefined, connection.reason);
        await fake.waitIfHeld();
        return json(searchResponseSchema, fake.search(query.data.q, query.data.types, query.data.limit, query.data.offset));
      })),

    http.get('/api/admin/marketplace/salesforce', ({ request }) =>
      handle('config', request, { admin: true }, () => json(salesforceConfigSchema, fake.config))),

    http.put('/api/admin/marketplace/salesforce', ({ request }) =>
      handle('save-config', request, { admin: true, csrf: true }, (body) => {
        const update = salesforceConfigUpdateSchema.safeParse(body);
        if (!update.success) return errorResponse('invalid-request', issueText(i18n, update.error.issues[0]!));
        const { consumerKey, consumerSecret, loginHost, scopes } = update.data;
        const old = fake.config;
        const changed = !old.configured || consumerKey !== old.consumerKey || consumerSecret !== undefined
          || loginHost !== old.loginHost || scopes.join(' ') !== old.scopes.join(' ');
        if (!changed) return json(saveConfigResponseSchema, { purgedTokens: 0 });
        const purgedTokens = old.connectedUsers;
        fake.config = {
          ...old, configured: true, consumerKey, loginHost, scopes, hasConsumerSecret: true, connectedUsers: 0,
          updatedAt: '2026-11-23T10:15:00.000Z', updatedBy: fake.user?.name ?? null,
        };
        if (consumerSecret !== undefined) fake.consumerSecret = consumerSecret;
        if (fake.connection.status === 'connected') fake.requireReconnect('config-changed');
        return json(saveConfigResponseSchema, { purgedTokens });
      })),

    http.post('/api/admin/marketplace/salesforce/check', ({ request }) =>
      handle('check-config', request, { admin: true, csrf: true }, (body) => {
        const update = salesforceConfigUpdateSchema.safeParse(body);
        if (!update.success) return errorResponse('invalid-request', issueText(i18n, update.error.issues[0]!));
        return json(checkResponseSchema, fake.checkResult);
      })),

    // The empty search box: recently viewed records and recent searches.
    http.get('/api/salesforce/recent', ({ request }) =>
      handle('recent', request, {}, () => {
        const { connection } = fake;
        if (!connection.configured) return errorResponse('not-configured');
        if (connection.status === 'not-connected') return errorResponse('not-connected');
        if (connection.status === 'reconnect-required') return errorResponse('reconnect-required', undefined, connection.reason);
        const notice = fake.recentNotice;
        return json(recentResponseSchema, { records: notice ? [] : fake.recentRecords, searches: fake.recentSearches, ...(notice ? { notice } : {}) });
      })),

    http.delete('/api/salesforce/recent-searches', ({ request }) =>
      handle('clear-recent-searches', request, { csrf: true }, () => {
        fake.recentSearches = [];
        return json(clearRecentSearchesResponseSchema, { ok: true });
      })),

    http.put('/api/admin/marketplace/salesforce/settings', ({ request }) =>
      handle('save-settings', request, { admin: true, csrf: true }, (body) => {
        const update = settingsUpdateSchema.safeParse(body);
        if (!update.success) return errorResponse('invalid-request', issueText(i18n, update.error.issues[0]!));
        const before = fake.config.apiBudget.capPercent;
        const apiCapPercent = update.data.apiCapPercent === undefined ? before : update.data.apiCapPercent;
        const searchTypes = update.data.searchTypes ?? fake.config.searchTypes;
        const changedFields = [
          ...(apiCapPercent === before ? [] : ['apiCapPercent']),
          ...(searchTypes.join() === fake.config.searchTypes.join() ? [] : ['searchTypes']),
        ];
        fake.config = { ...fake.config, searchTypes, apiBudget: { ...fake.config.apiBudget, capPercent: apiCapPercent } };
        if (fake.connection.status === 'connected') fake.connection = { ...fake.connection, searchTypes };
        return json(settingsResponseSchema, { apiCapPercent, searchTypes, changedFields });
      })),

    // The admin's view of every connection.
    http.get('/api/admin/marketplace/salesforce/connections', ({ request }) =>
      handle('connections', request, { admin: true }, () => {
        const query = connectionsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!query.success) return errorResponse('invalid-request', issueText(i18n, query.error.issues[0]!));
        return json(connectionsResponseSchema, fake.listConnections(query.data.q, query.data.limit, query.data.offset));
      })),

    http.post('/api/admin/marketplace/salesforce/connections/:userId/disconnect', ({ request, params }) =>
      handle('admin-disconnect', request, { admin: true, csrf: true }, () => {
        if (!fake.adminDisconnect(String(params.userId), fake.user!.email)) return errorResponse('not-found');
        return json(adminDisconnectResponseSchema, { ok: true, revoked: true });
      })),

    http.get('/api/admin/marketplace/salesforce/audit', ({ request }) =>
      handle('audit', request, { admin: true }, () => {
        const query = auditQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
        const older = fake.audit.filter((e) => query.before === undefined || e.id < query.before);
        const page = older.slice(0, query.limit);
        return json(auditResponseSchema, { entries: page, next: older.length > query.limit ? page.at(-1)!.id : null });
      })),
  ];
}
