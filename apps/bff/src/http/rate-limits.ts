// Per-user limits on search and sign-in, plus an org-wide ceiling on searches: every search is
// one call against the company's daily Salesforce API budget. On PostgreSQL the counts live in the
// shared database, so several BFF instances allow each limit once, not once each.
import type { RateLimitCounters, Store } from '@sfsearch/store';
import type { Request, RequestHandler } from 'express';
import { rateLimit, type Options, type Store as RateLimitStore } from 'express-rate-limit';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { msg, type Message } from '../messages/messages.ts';

const byUser = (req: Request) => req.session?.user?.id ?? `anonymous:${req.ip}`;

/** express-rate-limit's Store on the database's counters (packages/store). */
class SharedCounters implements RateLimitStore {
  readonly localKeys = false;
  readonly prefix: string;
  #windowMs = 60_000;
  readonly #counters: RateLimitCounters;
  constructor(counters: RateLimitCounters, prefix: string) {
    this.#counters = counters;
    this.prefix = prefix;
  }
  init(options: Options): void {
    this.#windowMs = options.windowMs;
  }
  async increment(key: string) {
    const { hits, resetAt } = await this.#counters.increment(`${this.prefix}${key}`, this.#windowMs);
    return { totalHits: hits, resetTime: resetAt };
  }
  decrement(key: string) {
    return this.#counters.decrement(`${this.prefix}${key}`);
  }
  resetKey(key: string) {
    return this.#counters.reset(`${this.prefix}${key}`);
  }
}

export type RateLimitFactory = (name: string, limit: number, key: (req: Request) => string, message: Message) => RequestHandler;

/** One process (SQLite): counts in memory. Several on PostgreSQL: counts in the database. */
export function rateLimiters(store: Store): RateLimitFactory {
  return (name, limit, key, message) => rateLimit({
    windowMs: 60_000,
    limit,
    keyGenerator: key,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    validate: false,
    ...(store.adapter === 'postgres' ? { store: new SharedCounters(store.rateLimits, `${name}:`) } : {}),
    // A database that does not answer fails the request elsewhere with its own 503.
    passOnStoreError: true,
    handler: (_req, _res, next) => next(new AppError('rate-limited', message)),
  });
}

export function searchRateLimits(config: Config, limiter: RateLimitFactory): RequestHandler[] {
  return [
    limiter('search-user', config.SEARCHES_PER_MINUTE_PER_USER, byUser, msg('rate.search-person')),
    limiter('search-org', config.SEARCHES_PER_MINUTE_ORG, () => 'org', msg('rate.search-org')),
  ];
}

/** Connecting to Salesforce, per signed-in person. */
export function signInRateLimit(config: Config, limiter: RateLimitFactory): RequestHandler {
  return limiter('salesforce-sign-in', config.SIGN_INS_PER_MINUTE_PER_USER, byUser, msg('rate.salesforce-sign-in'));
}

export function intranetSignInRateLimit(config: Config, limiter: RateLimitFactory): RequestHandler {
  return limiter('intranet-sign-in', config.INTRANET_SIGN_INS_PER_MINUTE_PER_IP, (req) => `ip:${req.ip}`, msg('rate.intranet-sign-in'));
}
