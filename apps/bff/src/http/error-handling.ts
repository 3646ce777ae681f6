// Every failure becomes an HTTP answer here, and only here: domain errors of packages/salesforce
// and packages/store, body-parser's, and our own AppError. A known condition never answers
// 500 internal; only what nobody foresaw does.
import { SalesforceError } from '@sfsearch/salesforce';
import { DecryptionError, InvalidConfigError, RefreshLockTimeoutError, StaleGenerationError, StoreUnavailableError } from '@sfsearch/store';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, invalidRequest, reconnectRequired } from '../errors.ts';
import { messagePage } from './pages.ts';

const UNAVAILABLE = "Salesforce isn't answering right now. Try again in a minute.";

function fromSalesforce(error: SalesforceError): AppError {
  const cause = { cause: error };
  switch (error.kind) {
    case 'api-disabled':
      return error.reason === 'user'
        ? new AppError('salesforce-api-disabled', 'Your Salesforce user is not allowed to use the API ("API Enabled" is off in your profile or permission sets). Ask your Salesforce administrator to turn it on.', { reason: 'user', ...cause })
        : new AppError('salesforce-api-disabled', "Your company's Salesforce edition has no API access, which search needs. It comes with Enterprise, Unlimited, Developer and Performance Edition, and with Professional Edition only as a paid add-on. Ask your Salesforce administrator.", { reason: 'org', ...cause });
    case 'rate-limited':
      return new AppError('salesforce-rate-limited', "Your company has used up today's Salesforce API allowance, so search is paused. It comes back as the 24-hour window frees up; your Salesforce administrator can see the usage under Setup → Company Information.", { reason: 'daily-limit', ...cause });
    case 'insufficient-access':
      return new AppError('salesforce-insufficient-access', "Salesforce says you don't have access to these records. Ask your Salesforce administrator for read access to Accounts, Leads, Tasks and Campaigns.", cause);
    case 'grant-invalid':
    case 'session-invalid':
      return reconnectRequired('token-expired', error);
    case 'client-invalid':
      return new AppError('not-configured', 'Salesforce no longer accepts the app credentials your administrator entered. Ask your intranet administrator to check the Salesforce settings.', cause);
    case 'invalid-search':
      return new AppError('invalid-request', 'Salesforce could not read this search. Try other words.', cause);
    case 'schema-changed':
    case 'not-found':
      return new AppError('salesforce-insufficient-access', "Salesforce refused a field or record type it had listed for you: your access may have just changed. Try again in a minute; if it keeps happening, ask your Salesforce administrator.", cause);
    case 'rejected':
      return new AppError('invalid-request', `Salesforce refused this search (${error.salesforceCode ?? 'no reason given'}). Try other words; if it keeps happening, tell your intranet administrator.`, cause);
    case 'api-client-blocked':
      return new AppError('salesforce-api-disabled', "Your company's Salesforce lets only approved apps use its API, and this intranet's app isn't approved for you. Tell your Salesforce administrator: pre-authorize your profile or a permission set of yours for the app, or give you \"Use Any API Client\".", { reason: 'api-access-control', ...cause });
    case 'app-not-installed':
      return new AppError('salesforce-insufficient-access', "Salesforce refuses this intranet's app: it isn't installed in your company's org. Tell your Salesforce administrator to install it (Setup → External Client App Manager, or Connected Apps OAuth Usage → Install).", { reason: 'app-not-installed', ...cause });
    case 'refresh-busy':
      return new AppError('salesforce-unavailable', 'Salesforce is still renewing your session. Try again in a moment.', { status: 503, reason: 'busy', ...cause });
    case 'timeout':
      return new AppError('salesforce-unavailable', "Salesforce didn't answer in time. Try again in a minute.", { status: 504, reason: 'timeout', ...cause });
    case 'unavailable':
    case 'untrusted-instance':
      return new AppError('salesforce-unavailable', UNAVAILABLE, cause);
  }
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SalesforceError) return fromSalesforce(error);
  if (error instanceof DecryptionError) {
    return error.secretKind === 'consumer_secret'
      ? new AppError('not-configured', "The Salesforce consumer secret saved on this intranet can't be read (its encryption key was removed, or it was altered). Ask your intranet administrator to enter it again.", { cause: error })
      : reconnectRequired('unreadable', error);
  }
  if (error instanceof StoreUnavailableError) {
    return new AppError('service-unavailable', "The intranet's Salesforce search can't reach its database right now. Try again in a minute; you stay signed in.", { cause: error });
  }
  if (error instanceof InvalidConfigError) return new AppError('invalid-request', error.message, { cause: error });
  if (error instanceof StaleGenerationError) {
    return new AppError('reconnect-required', 'Your administrator changed the Salesforce connection while you were signing in — connect again.', { reason: 'config-changed', cause: error });
  }
  if (error instanceof RefreshLockTimeoutError) {
    return new AppError('salesforce-unavailable', 'Renewing your Salesforce session is taking too long. Try again in a minute.', { status: 503, reason: 'busy', cause: error });
  }
  const type = (error as { type?: string } | null)?.type;
  if (type === 'entity.parse.failed') return invalidRequest('The request body is not valid JSON.');
  if (type === 'entity.too.large') return invalidRequest('The request body is too large.');
  return new AppError('internal', 'Something went wrong on our side. Try again; if it keeps happening, tell your intranet administrator.', { cause: error });
}

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) } };
}

/** The API answers JSON; the pages a person navigates to (sign-ins, callbacks) answer a page. */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const appError = toAppError(error);
    const level = appError.status >= 500 ? 'error' : 'info';
    const log = (req as { log?: Logger }).log ?? logger;
    log[level]({ code: appError.code, err: appError.cause ?? (appError.status >= 500 ? appError : undefined) }, appError.message);
    if (res.headersSent) return;
    res.status(appError.status);
    if (req.path.startsWith('/api/') || req.method !== 'GET') {
      res.json(errorBody(appError));
      return;
    }
    res.type('html').send(messagePage(PAGE_TITLES[appError.code] ?? 'Something went wrong', appError.message, { href: '/', text: 'Back to the intranet' }));
  };
}

const PAGE_TITLES: Partial<Record<AppError['code'], string>> = {
  'not-configured': 'Salesforce is not set up',
  'rate-limited': 'Too many attempts',
  'salesforce-unavailable': "Salesforce isn't answering",
  'reconnect-required': 'Connect to Salesforce again',
};
