import { describe, expect, it } from 'vitest';
import { RECENT_SEARCHES_RETENTION_MS, type RecentSearch } from '../../src/index.ts';
import { configuredWithUsers } from '../support/fixtures.ts';
import { databases, KEY_1, KEY_2 } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000);
const search = (q: string, types: string[] = ['account', 'lead'], secondsAgo = 0): RecentSearch => ({ q, types, at: at(secondsAgo) });
const words = (list: RecentSearch[]) => list.map((s) => s.q);

export function recentSearchesContract(harness: Harness): void {
  describe('recent searches', () => {
    const database = databases(harness);

    it('keeps the last ten distinct searches per person, newest first; a repeat moves up instead of repeating', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice', 'bob']);
      for (let i = 1; i <= 12; i++) await store.recentSearches.remember('alice', search(`query ${i}`, ['account'], 100 - i));
      expect(words(await store.recentSearches.list('alice'))).toEqual(Array.from({ length: 10 }, (_, i) => `query ${12 - i}`));
      // The same words in another case and spacing, with the same types in another order: the same search.
      await store.recentSearches.remember('alice', search('  Query   5 ', ['account'], 1));
      const list = await store.recentSearches.list('alice');
      expect(list).toHaveLength(10);
      expect(list[0]).toEqual({ q: 'Query 5', types: ['account'], at: expect.any(Date) });
      expect(words(list).filter((q) => q.toLowerCase() === 'query 5')).toHaveLength(1);
      await store.recentSearches.remember('alice', search('query 12', ['lead', 'account']));
      await store.recentSearches.remember('alice', search('query 12', ['account', 'lead']));
      expect(words(await store.recentSearches.list('alice')).filter((q) => q === 'query 12')).toHaveLength(2);
      // Per person: Bob has his own list.
      expect(await store.recentSearches.list('bob')).toEqual([]);
      await store.recentSearches.remember('bob', search('globex'));
      expect(words(await store.recentSearches.list('bob'))).toEqual(['globex']);
    });

    it('lets the caller replace the newest entry (a refinement) instead of adding one', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice']);
      const refines = (next: string) => (newest: RecentSearch) => next.startsWith(newest.q) || newest.q.startsWith(next);
      await store.recentSearches.remember('alice', search('globex'));
      for (const q of ['ac', 'acm', 'acme', 'acme corp', 'acme']) {
        await store.recentSearches.remember('alice', search(q), { replacesNewest: refines(q) });
      }
      expect(words(await store.recentSearches.list('alice'))).toEqual(['acme', 'globex']);
    });

    it('keeps nothing for someone not connected, erases on clear, and forgets searches past the retention', async () => {
      const db = await database();
      const store = await db.open();
      await configuredWithUsers(store, ['alice']);
      expect(await store.recentSearches.remember('nobody', search('acme'))).toEqual([]);
      expect(await store.recentSearches.list('nobody')).toEqual([]);

      const old = new Date(Date.now() - RECENT_SEARCHES_RETENTION_MS - 60_000);
      await store.recentSearches.remember('alice', { q: 'long ago', types: ['account'], at: old });
      expect(await store.recentSearches.list('alice')).toEqual([]);
      expect(await store.recentSearches.prune()).toBe(1);

      await store.recentSearches.remember('alice', search('acme'));
      expect(await store.recentSearches.clear('alice')).toBe(true);
      expect(await store.recentSearches.list('alice')).toEqual([]);
      expect(await store.recentSearches.clear('alice')).toBe(false);
      await store.tokens.markDisconnected('alice', 'disconnected');
      expect(await store.recentSearches.remember('alice', search('acme'))).toEqual([]);
      expect(await db.query('SELECT user_id FROM recent_searches')).toEqual([]);
    });

    it('encrypts each list for its owner: no words at rest, a list copied to someone else reads as empty, reencrypt moves it', async () => {
      const db = await database();
      const store = await db.open({ encryptionKeys: [KEY_1] });
      await configuredWithUsers(store, ['alice', 'mallory']);
      await store.recentSearches.remember('alice', search('Rossi Logistica'));
      await store.recentSearches.remember('mallory', search('anything'));
      const rows = await db.query<{ user_id: string; entries: string }>('SELECT user_id, entries FROM recent_searches ORDER BY user_id');
      expect(rows.map((r) => r.entries).join(' ')).not.toMatch(/Rossi|Logistica|anything|account/);
      expect(rows[0]!.entries).toMatch(/^v1\.k1\./);
      await db.query("UPDATE recent_searches SET entries = ? WHERE user_id = 'mallory'", [rows[0]!.entries]);
      expect(await store.recentSearches.list('mallory')).toEqual([]);
      // ... and the next search replaces it.
      expect(words(await store.recentSearches.remember('mallory', search('globex')))).toEqual(['globex']);
      await store.close();

      const rotated = await db.open({ encryptionKeys: [KEY_2, KEY_1] });
      expect(await rotated.reencrypt()).toMatchObject({ recentSearches: 2 });
      const after = await db.query<{ entries: string }>('SELECT entries FROM recent_searches');
      expect(after.every((r) => r.entries.startsWith('v1.k2.'))).toBe(true);
      expect(words(await rotated.recentSearches.list('alice'))).toEqual(['Rossi Logistica']);
    });

    it('loses no search when one person searches on two instances at once', async () => {
      const db = await database();
      const [a, b] = [await db.open(), await db.open()];
      await configuredWithUsers(a, ['alice']);
      await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).recentSearches.remember('alice', search(`q${i}`))));
      expect(new Set(words(await a.recentSearches.list('alice')))).toEqual(new Set(Array.from({ length: 10 }, (_, i) => `q${i}`)));
    });
  });
}
