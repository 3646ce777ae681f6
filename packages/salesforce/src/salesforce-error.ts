// Salesforce failures as the rest of the product sees them: a kind to act on, never jsforce's
// error objects (which may carry request details).
export type SalesforceErrorKind =
  | 'session-invalid'      // INVALID_SESSION_ID: refresh, then retry once
  | 'grant-invalid'        // invalid_grant on refresh: the user must reconnect
  | 'refresh-busy'         // invalid_grant "token request is already being processed": try again, nothing is lost
  | 'client-invalid'       // invalid_client_id / invalid_client: the admin's key or secret
  | 'api-disabled'         // API_DISABLED_FOR_ORG (reason org) / API_CURRENTLY_DISABLED (reason user)
  | 'rate-limited'         // REQUEST_LIMIT_EXCEEDED: the org's daily API budget is spent
  | 'insufficient-access'
  | 'schema-changed'       // INVALID_FIELD / INVALID_TYPE: the statement named what the person no longer sees
  | 'api-client-blocked'   // API Access Control: this app's sessions may not use the REST API
  | 'app-not-installed'    // invalid_client "app must be installed into org"
  | 'not-found'            // NOT_FOUND: e.g. describe of an object the person cannot read
  | 'rejected'             // any other error Salesforce answered: a refusal, not an outage
  | 'invalid-search'
  | 'untrusted-instance'   // an instance_url outside the login host's family
  | 'timeout'              // no answer within the deadline: the request was aborted
  | 'unavailable';         // 5xx, network failure

export class SalesforceError extends Error {
  readonly kind: SalesforceErrorKind;
  readonly reason: string | undefined;
  /** Salesforce's own errorCode or OAuth error, for logs. */
  readonly salesforceCode: string | undefined;
  constructor(kind: SalesforceErrorKind, message: string, options: { reason?: string; salesforceCode?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SalesforceError';
    this.kind = kind;
    this.reason = options.reason;
    this.salesforceCode = options.salesforceCode;
  }
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH']);

/** Maps what jsforce's OAuth2 throws (token endpoint errors, transport errors) to a kind. */
export function fromJsforceError(error: unknown): SalesforceError {
  if (error instanceof SalesforceError) return error;
  if (isTimeout(error)) return new SalesforceError('timeout', 'Salesforce did not answer in time', { cause: error });
  if (isNetworkError(error)) return new SalesforceError('unavailable', 'Salesforce could not be reached', { cause: error });
  const e = error as { name?: string; errorCode?: string; message?: string };
  return fromErrorCode(e.errorCode ?? e.name ?? '', e.message ?? 'Salesforce failed', error, Boolean(e.errorCode));
}

/**
 * Maps Salesforce's own error code (REST `errorCode`, OAuth `error`) to a kind. `answered` says
 * the code came from Salesforce's error body rather than from a bare HTTP status.
 */
export function fromErrorCode(code: string, message: string, cause: unknown, answered: boolean): SalesforceError {
  const make = (kind: SalesforceErrorKind, reason?: string) =>
    new SalesforceError(kind, message, { salesforceCode: code, cause, ...(reason ? { reason } : {}) });
  switch (code) {
    // Not a lapsed session: refreshing would not help (salesforce-api.md §3).
    case 'INVALID_SESSION_ID': return message.includes('not valid for use with the REST API') ? make('api-client-blocked') : make('session-invalid');
    case 'invalid_grant': return message.includes('already being processed') ? make('refresh-busy') : make('grant-invalid');
    case 'invalid_client_id': return make('client-invalid');
    case 'invalid_client': return message.includes('must be installed') ? make('app-not-installed') : make('client-invalid');
    case 'API_DISABLED_FOR_ORG': return make('api-disabled', 'org');
    case 'API_CURRENTLY_DISABLED': return make('api-disabled', 'user');
    case 'REQUEST_LIMIT_EXCEEDED': return make('rate-limited', 'daily-limit');
    case 'INSUFFICIENT_ACCESS':
    case 'INSUFFICIENT_ACCESS_OR_READONLY':
    case 'INSUFFICIENT_PRIVILEGES': return make('insufficient-access');
    case 'INVALID_TYPE':
    case 'INVALID_FIELD': return make('schema-changed');
    case 'NOT_FOUND': return make('not-found');
    case 'INVALID_SEARCH':
    case 'MALFORMED_SEARCH': return make('invalid-search');
    case 'SERVER_UNAVAILABLE':
    case 'UNKNOWN_EXCEPTION':
    case 'REQUEST_RUNNING_TOO_LONG': return make('unavailable');
    // Salesforce's own error body (`[{errorCode, message}]`): it answered, and refused.
    default: return answered && !code.startsWith('ERROR_HTTP_') ? make('rejected') : make('unavailable');
  }
}

/** A request aborted at its deadline: an AbortError or TimeoutError (or jsforce's own "Request Timeout"). */
export function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; message?: string };
  return e.name === 'AbortError' || e.name === 'TimeoutError' || e.message === 'Request Timeout';
}

export function isNetworkError(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string }; name?: string; message?: string };
  return NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(e.cause?.code ?? '') || (e.name === 'TypeError' && e.message === 'fetch failed');
}
