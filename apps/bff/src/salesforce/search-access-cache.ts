// What each person may read in Salesforce (describe), cached per Salesforce user and org: one
// describe per record type the first time, then none for a day, so a search stays one call.
// Dropped at once when Salesforce says a statement named something the person no longer sees.
import type { RecordType } from '@sfsearch/contracts';
import { describeAccess, type SearchAccess, type UserSession } from '@sfsearch/salesforce';
import { LRUCache } from 'lru-cache';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface SearchAccessCache {
  /** The person's access to `types`, describing only what is not cached. */
  get(key: string, session: UserSession, types: readonly RecordType[]): Promise<SearchAccess>;
  forget(key: string): void;
  /** What is known of the person's access, without describing anything. */
  peek(key: string): SearchAccess | undefined;
  /** Describe calls made, for the benchmark. */
  readonly describeCalls: number;
}

export function createSearchAccessCache(options: { max?: number; ttlMs?: number } = {}): SearchAccessCache {
  const cache = new LRUCache<string, SearchAccess>({ max: options.max ?? 20_000, ttl: options.ttlMs ?? DAY_MS });
  /** Describes under way, so a person's searches at once describe once. */
  const pending = new Map<string, Promise<SearchAccess>>();
  let describeCalls = 0;

  const describe = async (key: string, session: UserSession, missing: readonly RecordType[]): Promise<SearchAccess> => {
    const { access, calls } = await describeAccess(session, missing);
    describeCalls += calls;
    // The day runs from the first describe: adding types later does not extend it.
    const merged = { ...(cache.get(key) ?? {}), ...access };
    cache.set(key, merged, { noUpdateTTL: cache.has(key) });
    return merged;
  };

  return {
    async get(key, session, types) {
      const known = cache.get(key) ?? {};
      const missing = types.filter((type) => !(type in known));
      if (missing.length === 0) return known;
      // Shared only by requests with the same token: one that already holds a refreshed token must
      // not meet the expiry of a describe made with the old one.
      const id = `${key}\u0000${session.accessToken}\u0000${missing.join(',')}`;
      let under = pending.get(id);
      if (!under) {
        under = describe(key, session, missing).finally(() => pending.delete(id));
        pending.set(id, under);
      }
      return under;
    },
    forget: (key) => { cache.delete(key); },
    peek: (key) => cache.get(key),
    get describeCalls() { return describeCalls; },
  };
}
