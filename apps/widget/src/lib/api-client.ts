// The one way the widget talks to the BFF: same-origin, with the session cookie, the CSRF header on
// every state-changing request, every answer parsed with its contracts schema, and every failure
// turned into an ApiError the UI can switch on.
import { i18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { errorEnvelopeSchema, type ErrorCode, type ErrorEnvelope } from '@sfsearch/contracts';
import type * as z from 'zod/mini';
import { preferredLocale, whenLocaleActive } from './i18n.ts';

/** The BFF's codes, plus two the browser can meet on its own. */
export type ApiErrorCode = ErrorCode | 'network' | 'unexpected-response';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** HTTP status; 0 when no answer arrived. */
  readonly status: number;
  /** Why a reconnect is required, or which Salesforce limit was hit. */
  readonly reason: string | undefined;

  constructor(init: { code: ApiErrorCode; status: number; message: string; reason?: string | undefined; cause?: unknown }) {
    super(init.message, { cause: init.cause });
    this.name = 'ApiError';
    this.code = init.code;
    this.status = init.status;
    this.reason = init.reason;
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | undefined;

/** Set from GET /api/me; sent as X-CSRF-Token on POST, PUT and DELETE. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** The contracts schema an answer must match (zod/mini, like the contracts). */
type ResponseSchema = z.ZodMiniType;

async function request<S extends ResponseSchema>(
  method: Method,
  path: string,
  schema: S,
  options: { body?: unknown; signal?: AbortSignal | undefined } = {},
): Promise<z.output<S>> {
  // The BFF answers its messages in the person's language, which may not be the browser's.
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': i18n.locale || preferredLocale() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== undefined) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  let payload: unknown;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
    payload = await readJson(response);
  } catch (error) {
    // A cancelled request is not a failure: TanStack Query expects the abort to propagate.
    if (options.signal?.aborted) throw error;
    await whenLocaleActive();
    throw new ApiError({
      code: 'network',
      status: 0,
      message: t`Can't reach the intranet server. Check your network connection and try again.`,
      cause: error,
    });
  }

  if (!response.ok) {
    await whenLocaleActive();
    throw toApiError(errorEnvelopeSchema.safeParse(payload), response.status);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    await whenLocaleActive();
    throw new ApiError({
      code: 'unexpected-response',
      status: response.status,
      message: t`The intranet server sent an answer this page does not understand. Reload the page; if it keeps happening, tell your intranet administrator.`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function toApiError(envelope: z.util.SafeParseResult<ErrorEnvelope>, status: number): ApiError {
  if (envelope.success) {
    const { code, message, reason } = envelope.data.error;
    return new ApiError({ code, status, message, reason });
  }
  // Not our BFF speaking (a proxy, a gateway timeout page): say so plainly.
  return new ApiError({
    code: 'unexpected-response',
    status,
    message: t`The intranet server answered with an error (HTTP ${status}). Try again in a minute.`,
  });
}

/** Each call passes the contracts schema its answer must match; the answer is typed by it. */
export const api = {
  get: <S extends ResponseSchema>(path: string, schema: S, options: { signal?: AbortSignal | undefined } = {}) =>
    request('GET', path, schema, options),
  post: <S extends ResponseSchema>(path: string, body: unknown, schema: S) => request('POST', path, schema, { body }),
  put: <S extends ResponseSchema>(path: string, body: unknown, schema: S) => request('PUT', path, schema, { body }),
  delete: <S extends ResponseSchema>(path: string, schema: S) => request('DELETE', path, schema),
};
