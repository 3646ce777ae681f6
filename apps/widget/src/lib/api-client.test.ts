// The API client turns every BFF answer into parsed data or a typed ApiError.
import { connectionSchema, ERROR_STATUS, errorCodes } from '@sfsearch/contracts';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { errorResponse } from '../testing/handlers.ts';
import { server } from '../testing/server.ts';
import { api, ApiError, setCsrfToken } from './api-client.ts';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('api client', () => {
  it.each(errorCodes)('turns the %s error envelope into an ApiError with its code, status, message and reason', async (code) => {
    server.use(http.get('/api/salesforce/connection', () => errorResponse(code, `Message for ${code}`, 'some-reason')));
    const error = await failure(api.get('/api/salesforce/connection', connectionSchema));
    expect(error).toMatchObject({ code, status: ERROR_STATUS[code], message: `Message for ${code}`, reason: 'some-reason' });
  });

  it('parses a successful answer with its contracts schema', async () => {
    server.use(http.get('/api/salesforce/connection', () => HttpResponse.json({ configured: true, status: 'not-connected', extra: 1 })));
    await expect(api.get('/api/salesforce/connection', connectionSchema)).resolves.toEqual({ configured: true, status: 'not-connected' });
  });

  it('refuses an answer that breaks the contract', async () => {
    server.use(http.get('/api/salesforce/connection', () => HttpResponse.json({ configured: 'yes' })));
    const error = await failure(api.get('/api/salesforce/connection', connectionSchema));
    expect(error).toMatchObject({ code: 'unexpected-response', status: 200 });
  });

  it('says what happened when an error is not the BFF envelope (a proxy page, say)', async () => {
    server.use(http.get('/api/salesforce/connection', () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    const error = await failure(api.get('/api/salesforce/connection', connectionSchema));
    expect(error).toMatchObject({ code: 'unexpected-response', status: 502 });
    expect(error.message).toContain('HTTP 502');
  });

  it('reports a network failure as such', async () => {
    server.use(http.get('/api/salesforce/connection', () => HttpResponse.error()));
    const error = await failure(api.get('/api/salesforce/connection', connectionSchema));
    expect(error).toMatchObject({ code: 'network', status: 0 });
  });

  it('lets a cancelled request stay a cancellation', async () => {
    const controller = new AbortController();
    server.use(http.get('/api/salesforce/connection', () => new Promise(() => {})));
    const request = api.get('/api/salesforce/connection', connectionSchema, { signal: controller.signal });
    controller.abort();
    const error = await request.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('sends the CSRF token and the session cookie on state-changing requests, and JSON bodies', async () => {
    const seen: { method: string; csrf: string | null; credentials: string; contentType: string | null; body: unknown }[] = [];
    const record = async ({ request }: { request: Request }) => {
      seen.push({
        method: request.method,
        csrf: request.headers.get('x-csrf-token'),
        credentials: request.credentials,
        contentType: request.headers.get('content-type'),
        body: request.method === 'GET' ? undefined : await request.json(),
      });
      return HttpResponse.json({ ok: true });
    };
    server.use(http.post('/api/salesforce/connection/disconnect', record), http.put('/api/x', record), http.get('/api/y', record));
    setCsrfToken('token-123');
    const ok = z.object({ ok: z.literal(true) });
    await api.post('/api/salesforce/connection/disconnect', {}, ok);
    await api.put('/api/x', { a: 1 }, ok);
    await api.get('/api/y', ok);
    expect(seen).toEqual([
      { method: 'POST', csrf: 'token-123', credentials: 'same-origin', contentType: 'application/json', body: {} },
      { method: 'PUT', csrf: 'token-123', credentials: 'same-origin', contentType: 'application/json', body: { a: 1 } },
      { method: 'GET', csrf: null, credentials: 'same-origin', contentType: null, body: undefined },
    ]);
  });
});
