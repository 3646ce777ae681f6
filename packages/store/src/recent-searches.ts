// Each intranet person's recent searches: the last ten distinct ones, newest first, for the empty
// search box (docs/decisions/0033). What people search a CRM for names customers and leads, so the
// list is encrypted like the token vault (AES-256-GCM, AAD = kind + owner) and kept as one sealed
// row per person: a read is one row and one decryption, a write one upsert under a per-person lock.
import type { Driver, Row } from './driver.ts';
import type { Keyring } from './encryption.ts';
import type { RecentSearchLog } from './store.ts';
import type { RecentSearch } from './types.ts';

/** How many distinct searches are kept per person. */
export const RECENT_SEARCHES_KEPT = 10;
/** Searches older than this are neither shown nor kept (RecentlyViewed keeps 90 days too). */
export const RECENT_SEARCHES_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

const KIND = 'recent_searches';

interface StoredSearch {
  q: string;
  types: string[];
  at: number;
}

/** Two searches are the same when their words are (case and spacing aside) and their types are. */
export function sameSearch(a: Pick<RecentSearch, 'q' | 'types'>, b: Pick<RecentSearch, 'q' | 'types'>): boolean {
  const words = (q: string) => q.trim().replace(/\s+/g, ' ').toLowerCase();
  const types = (list: readonly string[]) => [...new Set(list)].sort().join(',');
  return words(a.q) === words(b.q) && types(a.types) === types(b.types);
}

const toPublic = (s: StoredSearch): RecentSearch => ({ q: s.q, types: [...s.types], at: new Date(s.at) });

export function createRecentSearchLog(driver: Driver, keyring: Keyring): RecentSearchLog {
  const lockName = (userId: string) => `recent-searches:${userId}`;
  // Read once per empty search box and rewritten at every search: not worth the keyring's memo.
  // A list that no longer opens (its key was dropped, or it was altered) reads as empty and is
  // replaced at the next search: it is a convenience, not worth failing a request for.
  const open = (envelope: string, userId: string): StoredSearch[] => {
    try {
      const parsed = JSON.parse(keyring.decryptOnce(envelope, userId, KIND)) as unknown;
      return Array.isArray(parsed) ? (parsed as StoredSearch[]) : [];
    } catch {
      return [];
    }
  };
  const current = (entries: StoredSearch[], now: number) =>
    entries.filter((s) => now - s.at <= RECENT_SEARCHES_RETENTION_MS).slice(0, RECENT_SEARCHES_KEPT);

  const list = async (userId: string): Promise<RecentSearch[]> => {
    const row = await driver.get<{ entries: string } & Row>('SELECT entries FROM recent_searches WHERE user_id = ?', [userId]);
    return row === undefined ? [] : current(open(row.entries, userId), Date.now()).map(toPublic);
  };

  return {
    list,

    async remember(userId, search, options = {}) {
      const q = search.q.trim().replace(/\s+/g, ' ');
      if (q === '') return list(userId);
      const entry: StoredSearch = { q, types: [...search.types], at: search.at.getTime() };
      return driver.transaction(async (tx) => {
        await tx.lock(lockName(userId));
        // Nothing is kept for someone who is not connected: a search finishing just after the
        // person disconnected must not bring back what the disconnect erased.
        const connected = await tx.get("SELECT 1 AS ok FROM salesforce_tokens WHERE user_id = ? AND state = 'connected'", [userId]);
        if (connected === undefined) return [];
        const row = await tx.get<{ entries: string } & Row>(`SELECT entries FROM recent_searches WHERE user_id = ?${driver.dialect.forUpdate}`, [userId]);
        let entries = current(row === undefined ? [] : open(row.entries, userId), entry.at);
        const newest = entries[0];
        if (newest !== undefined && options.replacesNewest?.(toPublic(newest))) entries = entries.slice(1);
        entries = [entry, ...entries.filter((s) => !sameSearch(s, entry))].slice(0, RECENT_SEARCHES_KEPT);
        const sealed = keyring.encrypt(JSON.stringify(entries), userId, KIND);
        await tx.run(
          `INSERT INTO recent_searches (user_id, entries, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET entries = excluded.entries, updated_at = excluded.updated_at`,
          [userId, sealed, Math.max(...entries.map((s) => s.at))],
        );
        return entries.map(toPublic);
      });
    },

    async clear(userId) {
      // Under the same lock as remember, so a search recorded meanwhile cannot outlive the clear.
      return driver.transaction(async (tx) => {
        await tx.lock(lockName(userId));
        return (await tx.run('DELETE FROM recent_searches WHERE user_id = ?', [userId])) > 0;
      });
    },

    prune: (now = Date.now()) => driver.run('DELETE FROM recent_searches WHERE updated_at < ?', [now - RECENT_SEARCHES_RETENTION_MS]),
  };
}
