// One error hierarchy: a status, a code of DESIGN.md's contract, a message a person can act
// on, and a log-only cause. http/error-handling.ts turns every other error into one of these.
import { ERROR_STATUS, type DisconnectReason, type ErrorCode } from '@sfsearch/contracts';

export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  constructor(code: ErrorCode, message: string, options: { reason?: string; cause?: unknown; status?: number } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? ERROR_STATUS[code];
    this.reason = options.reason;
  }
}

export const invalidRequest = (message: string) => new AppError('invalid-request', message);

export const NOT_SIGNED_IN_MESSAGE = 'Sign in to the intranet first.';
export const notSignedIn = () => new AppError('not-signed-in', NOT_SIGNED_IN_MESSAGE);

export const RECONNECT_MESSAGES: Record<DisconnectReason, string> = {
  'config-changed': 'Your administrator changed the Salesforce connection — sign in to Salesforce again.',
  'token-expired': 'Salesforce ended your connection: it expired or was revoked. Sign in to Salesforce again.',
  'revoked': 'Access to Salesforce was revoked — sign in to Salesforce again.',
  'unreadable': 'Your saved Salesforce connection could not be read — sign in to Salesforce again.',
  'admin-disconnected': 'Your administrator disconnected your Salesforce connection — sign in to Salesforce again.',
};

export function reconnectRequired(reason: DisconnectReason, cause?: unknown): AppError {
  return new AppError('reconnect-required', RECONNECT_MESSAGES[reason], { reason, cause });
}
