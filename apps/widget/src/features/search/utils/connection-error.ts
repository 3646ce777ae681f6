import { isApiError, type ApiError } from '../../../lib/api-client.ts';

/** Errors that say the Salesforce connection itself is gone: the connection panel takes over. */
const CONNECTION_CODES = new Set(['not-configured', 'not-connected', 'reconnect-required']);

export function connectionErrorOf(error: unknown): ApiError | null {
  return isApiError(error) && CONNECTION_CODES.has(error.code) ? error : null;
}
