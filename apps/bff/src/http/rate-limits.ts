// Per-user limits on search and sign-in, plus an org-wide ceiling on searches: every search is
// one call against the company's daily Salesforce API budget.
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';

const byUser = (req: Request) => req.session?.user?.id ?? `anonymous:${req.ip}`;

function limiter(limit: number, key: (req: Request) => string, message: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    keyGenerator: key,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: false,
    handler: (_req, _res, next) => next(new AppError('rate-limited', message)),
  });
}

export function searchRateLimits(config: Config): RequestHandler[] {
  return [
    limiter(config.SEARCHES_PER_MINUTE_PER_USER, byUser, 'You are searching faster than we can ask Salesforce. Wait a few seconds and try again.'),
    limiter(config.SEARCHES_PER_MINUTE_ORG, () => 'org', 'Everyone together is searching faster than your Salesforce allowance permits. Try again in a minute.'),
  ];
}

/** Connecting to Salesforce, per signed-in person. */
export function signInRateLimit(config: Config): RequestHandler {
  return limiter(config.SIGN_INS_PER_MINUTE_PER_USER, byUser, 'Too many sign-in attempts. Wait a minute and try again.');
}

export function intranetSignInRateLimit(config: Config): RequestHandler {
  return limiter(config.INTRANET_SIGN_INS_PER_MINUTE_PER_IP, (req) => `ip:${req.ip}`, 'Too many sign-in attempts from your network. Wait a minute and try again.');
}
