// One error hierarchy: a status, a code of DESIGN.md's contract, a message a person can act
// on, and a log-only cause. One middleware answers them all.
import { ERROR_STATUS, type ErrorCode } from '@sfsearch/contracts';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

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

export function errorBody(error: AppError) {
  return { error: { code: error.code, message: error.message, ...(error.reason ? { reason: error.reason } : {}) } };
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let appError: AppError;
    if (error instanceof AppError) appError = error;
    else if ((error as { type?: string }).type === 'entity.parse.failed') appError = invalidRequest('The request body is not valid JSON.');
    else if ((error as { type?: string }).type === 'entity.too.large') appError = invalidRequest('The request body is too large.');
    else appError = new AppError('internal', 'Something went wrong on our side. Try again; if it keeps happening, tell your intranet administrator.', { cause: error });
    const level = appError.status >= 500 ? 'error' : 'info';
    logger[level]({ code: appError.code, path: req.path, err: appError.cause ?? (appError.status >= 500 ? appError : undefined) }, appError.message);
    if (res.headersSent) return;
    res.status(appError.status).json(errorBody(appError));
  };
}
