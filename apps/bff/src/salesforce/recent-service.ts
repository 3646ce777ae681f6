// What the empty search box shows, framework-free (docs/decisions/0033): the person's recently
// viewed Salesforce records (one call to Salesforce's Recently Viewed Items, cached briefly per
// person) and their recent searches (kept by the store per intranet person, encrypted). A failure
// of the Salesforce call does not take the searches down: they come with no records and a notice.
import { RECENT_RECORDS_LIMIT, RECENT_SEARCHES_LIMIT, recordTypes, type RecentRecord, type RecentResponse, type RecordType } from '@sfsearch/contracts';
import { recentRecords } from '@sfsearch/salesforce';
import { StoreUnavailableError, type RecentSearch, type Store } from '@sfsearch/store';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { toAppError } from '../http/error-handling.ts';
import { translate, type Locale } from '../messages/messages.ts';
import type { ApiBudget } from './api-budget.ts';
import type { LastUsed } from './last-used.ts';
import type { SearchAccessCache } from './search-access-cache.ts';
import type { SearchService } from './search-service.ts';
import { setupProblemOf, type SetupProblemLog } from './setup-problems.ts';
import type { UserSessions } from './user-session.ts';

/**
 * How long a person's recently viewed records are reused. The box is emptied often (after each
 * search, on every Escape), and each read is one call against the org's daily API budget; a record
 * opened from the widget shows up here at the latest this long after.
 */
export const RECENT_RECORDS_TTL_MS = 30_000;
/** A search made this soon after the newest one, extending or shortening its words, replaces it. */
export const REFINEMENT_WINDOW_MS = 60_000;

/** Errors that say the connection itself is gone: the widget's connection panel takes over. */
const CONNECTION_CODES = new Set(['not-configured', 'not-connected', 'reconnect-required', 'not-signed-in']);

export interface RecentService {
  recent(userId: string, locale: Locale): Promise<RecentResponse>;
  /** Records a search that succeeded, in the background; a failure is logged, never thrown. */
  remember(userId: string, q: string, types: readonly RecordType[]): void;
  clearSearches(userId: string): Promise<void>;
}

const words = (q: string) => q.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Whether `next` refines `newest`: made within the window, with words that extend or shorten
 * its words (type-ahead prefixes, a word taken back), or the same words with other types.
 */
export function isRefinement(newest: Pick<RecentSearch, 'q' | 'at'>, next: Pick<RecentSearch, 'q' | 'at'>): boolean {
  const elapsed = next.at.getTime() - newest.at.getTime();
  if (elapsed < 0 || elapsed > REFINEMENT_WINDOW_MS) return false;
  const [a, b] = [words(newest.q), words(next.q)];
  return b.startsWith(a) || a.startsWith(b);
}

export function createRecentService(deps: {
  sessions: UserSessions;
  store: Store;
  access: SearchAccessCache;
  budget: Pick<ApiBudget, 'assertSearchAllowed'>;
  problems: SetupProblemLog;
  logger: Logger;
  ttlMs?: number;
}): RecentService {
  const { sessions, store, access, budget, problems, logger } = deps;
  // Keyed by the intranet person and who they are at Salesforce, so a reconnect as someone else
  // never sees the other's records.
  const cache = new LRUCache<string, RecentRecord[]>({ max: 20_000, ttl: deps.ttlMs ?? RECENT_RECORDS_TTL_MS });
  const pending = new Map<string, Promise<RecentRecord[]>>();
  const justRemembered = new LRUCache<string, { key: string; at: number }>({ max: 20_000 });

  const records = (userId: string) => sessions.run(userId, async (session) => {
    const key = `${userId}\u0000${session.salesforceKey}`;
    const known = cache.get(key);
    if (known) return known;
    // What is known already is shown; a new call waits while the org is over the admin's cap.
    await budget.assertSearchAllowed();
    // Shared only by requests with the same token, as describes are (search-access-cache.ts).
    const shared = `${key}\u0000${session.accessToken}`;
    let under = pending.get(shared);
    if (!under) {
      under = recentRecords(session, { limit: RECENT_RECORDS_LIMIT, access: access.peek(session.salesforceKey) ?? {} })
        .then(({ records: found }) => {
          cache.set(key, found);
          return found;
        })
        .finally(() => pending.delete(shared));
      pending.set(shared, under);
    }
    return under;
  });

  const searches = async (userId: string) =>
    (await store.recentSearches.list(userId)).slice(0, RECENT_SEARCHES_LIMIT)
      .map((s) => ({ q: s.q, types: recordTypes.filter((type) => s.types.includes(type)), at: s.at.toISOString() }));

  return {
    async recent(userId, locale) {
      const [found, list] = await Promise.allSettled([records(userId), searches(userId)]);
      if (list.status === 'rejected') throw list.reason;
      if (found.status === 'fulfilled') return { records: found.value, searches: list.value };
      const error = found.reason as unknown;
      const appError = toAppError(error);
      if (CONNECTION_CODES.has(appError.code) || error instanceof StoreUnavailableError || appError.code === 'service-unavailable') throw error;
      const problem = setupProblemOf(error);
      if (problem) problems.record(userId, problem);
      logger[appError.code === 'internal' ? 'error' : 'info'](
        { user: userId, code: appError.code, err: appError.cause ?? appError },
        'recently viewed records not available; answering the recent searches alone',
      );
      return {
        records: [],
        searches: list.value,
        notice: { code: appError.code, message: translate(locale, appError.text), ...(appError.reason ? { reason: appError.reason } : {}) },
      };
    },

    remember(userId, q, types) {
      const at = new Date();
      // The same search again soon (a reload, a second tab, a person pressing Enter twice) is
      // already the newest entry: no decrypt, encrypt and upsert for it. Per instance, so another
      // instance's entry in between can leave it second for up to a minute.
      const key = `${words(q)}|${[...types].sort().join(',')}`;
      const last = justRemembered.get(userId);
      if (last !== undefined && last.key === key && at.getTime() - last.at < REFINEMENT_WINDOW_MS) return;
      justRemembered.set(userId, { key, at: at.getTime() });
      // Not awaited: the search's answer does not wait for the store.
      store.recentSearches
        .remember(userId, { q, types: [...types], at }, { replacesNewest: (newest) => isRefinement(newest, { q, at }) })
        .catch((err: unknown) => logger.warn({ user: userId, err }, 'could not record a recent search'));
    },

    async clearSearches(userId) {
      justRemembered.delete(userId);
      await store.recentSearches.clear(userId);
    },
  };
}

/**
 * The search service, recording each search that succeeds as a recent search of the person: no
 * extra call from the widget, and nothing recorded for a search that failed.
 */
export function rememberingSearches(searches: SearchService, recent: Pick<RecentService, 'remember'>, lastUsed: Pick<LastUsed, 'touch'>): SearchService {
  return {
    search: async (...args) => {
      const answer = await searches.search(...args);
      const [userId, q, types, , offset] = args;
      lastUsed.touch(userId);
      // "Show more" of one type is the same search the person made, not a search of that type.
      if (!offset) recent.remember(userId, q, types);
      return answer;
    },
  };
}
