// Every failure becomes an HTTP answer here, and only here: domain errors of packages/salesforce
// and packages/store, body-parser's, and our own AppError. A known condition never answers
// 500 internal; only what nobody foresaw does.
import { SalesforceError } from '@sfsearch/salesforce';
import { DecryptionError, InvalidConfigError, RefreshLockTimeoutError, StaleGenerationError, StoreUnavailableError } from '@sfsearch/store';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, invalidRequest, reconnectRequired } from '../errors.ts';
import { localeOf, msg, translate, type Locale, type MessageKey } from '../messages/messages.ts';
import { messagePage } from './pages.ts';

function fromSalesforce(error: SalesforceError): AppError {
  const cause = { cause: error };
  switch (error.kind) {
    case 'api-disabled':
      return error.reason === 'user'
        ? new AppError('salesforce-api-disabled', msg('salesforce.api-disabled-user'), { reason: 'user', ...cause })
        : new AppError('salesforce-api-disabled', msg('salesforce.api-disabled-org'), { reason: 'org', ...cause });
    case 'rate-limited':
      return new AppError('salesforce-rate-limited', msg('salesforce.daily-limit'), { reason: 'daily-limit', ...cause });
    case 'insufficient-access':
      return new AppError('salesforce-insufficient-access', msg('salesforce.insufficient-access'), cause);
    case 'grant-invalid':
    case 'session-invalid':
      return reconnectRequired('token-expired', error);
    case 'client-invalid':
      return new AppError('not-configured', msg('salesforce.client-invalid'), cause);
    case 'invalid-search':
      return new AppError('invalid-request', msg('salesforce.invalid-search'), cause);
    case 'schema-changed':
    case 'not-found':
      return new AppError('salesforce-insufficient-access', msg('salesforce.schema-changed'), cause);
    case 'rejected':
      return new AppError('invalid-request', msg('salesforce.rejected', { code: error.salesforceCode ?? '—' }), cause);
    case 'api-client-blocked':
      return new AppError('salesforce-api-disabled', msg('salesforce.api-access-control'), { reason: 'api-access-control', ...cause });
    case 'app-not-installed':
      return new AppError('salesforce-insufficient-access', msg('salesforce.app-not-installed'), { reason: 'app-not-installed', ...cause });
    case 'refresh-busy':
      return new AppError('salesforce-unavailable', msg('salesforce.refresh-busy'), { status: 503, reason: 'busy', ...cause });
    case 'timeout':
      return new AppError('salesforce-unavailable', msg('salesforce.timeout'), { status: 504, reason: 'timeout', ...cause });
    case 'unavailable':
    case 'untrusted-instance':
      return new AppError('salesforce-unavailable', msg('salesforce.unavailable'), cause);
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SalesforceError) return fromSalesforce(error);
  if (error instanceof DecryptionError) {
    return error.secretKind === 'consumer_secret'
      ? new AppError('not-configured', msg('secret.unreadable'), { cause: error })
      : reconnectRequired('unreadable', error);
  }
  if (error instanceof StoreUnavailableError) {
    return new AppError('service-unavailable', msg('database.unavailable'), { cause: error });
  }
  if (error instanceof InvalidConfigError) return new AppError('invalid-request', msg('config.invalid'), { cause: error });
  if (error instanceof StaleGenerationError) {
    return new AppError('reconnect-required', msg('reconnect.changed-while-signing-in'), { reason: 'config-changed', cause: error });
  }
  if (error instanceof RefreshLockTimeoutError) {
    return new AppError('salesforce-unavailable', msg('salesforce.refresh-too-long'), { status: 503, reason: 'busy', cause: error });
  }
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return invalidRequest(msg('request.invalid-json'));
  if (type === 'entity.too.large') return invalidRequest(msg('request.too-large'));
  return new AppError('internal', msg('internal'), { cause: error });
}

export function errorBody(error: AppError, locale: Locale) {
  return { error: { code: error.code, message: translate(locale, error.text), ...(error.reason ? { reason: error.reason } : {}) } };
}

/** The API answers JSON; the pages a person navigates to (sign-ins, callbacks) answer a page. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error);
    const level = appError.status >= 500 ? 'error' : 'info';
    const log = (req as { log?: Logger }).log ?? logger;
    log[level]({ code: appError.code, err: appError.cause ?? (appError.status >= 500 ? appError : undefined) }, appError.message);
    // Mid-answer (a CSV being streamed): nothing more can be said, so the answer is cut, not left hanging.
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(appError.status);
    const locale = localeOf(req);
    if (req.path.startsWith('/api/') || req.method !== 'GET') {
      res.json(errorBody(appError, locale));
      return;
    }
    const title = PAGE_TITLES[appError.code] ?? 'page.something-went-wrong';
    res.type('html').send(messagePage(locale, msg(title), appError.text, { href: '/', text: msg('page.back-to-intranet') }));
  };
}

const PAGE_TITLES: Partial<Record<AppError['code'], MessageKey>> = {
  'not-configured': 'page.not-configured',
  'rate-limited': 'page.too-many-attempts',
  'salesforce-unavailable': 'page.salesforce-unavailable',
  'reconnect-required': 'page.reconnect',
};
