// One error hierarchy: a status, a code of DESIGN.md's contract, a message a person can act
// on (said in their language where it is answered: messages/), and a log-only cause.
// http/error-handling.ts turns every other error into one of these.
import { ERROR_STATUS, type DisconnectReason, type ErrorCode } from '@sfsearch/contracts';
import { english, msg, type Text } from './messages/messages.ts';

export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly reason: string | undefined;
  /** What the person reads; `message` is its English, for the log. */
  readonly text: Text;
  constructor(code: ErrorCode, text: Text, options: { reason?: string; cause?: unknown; status?: number } = {}) {
    super(english(text), { cause: options.cause });
    this.text = text;
    this.code = code;
    this.status = options.status ?? ERROR_STATUS[code];
    this.reason = options.reason;
  }
}

export const invalidRequest = (text: Text) => new AppError('invalid-request', text);

export const notSignedIn = () => new AppError('not-signed-in', msg('intranet.sign-in-first'));

export function reconnectRequired(reason: DisconnectReason, cause?: unknown): AppError {
  return new AppError('reconnect-required', msg(`reconnect.${reason}`), { reason, cause });
}
