import { describe, expect, it } from 'vitest';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

export function rateLimitsContract(harness: Harness): void {
  describe('rate-limit counters', () => {
    const database = databases(harness);

    it('count hits per key within a window, shared by every store on the database', async () => {
      const db = await database();
      const [a, b] = [await db.open(), await db.open()];
      const first = await a.rateLimits.increment('search:sofia', 60_000);
      expect(first.hits).toBe(1);
      expect(first.resetAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
      expect((await b.rateLimits.increment('search:sofia', 60_000)).hits).toBe(2);
      expect((await a.rateLimits.increment('search:liam', 60_000)).hits).toBe(1);
      const parallel = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).rateLimits.increment('search:sofia', 60_000)));
      expect(parallel.map((p) => p.hits).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 3));
      await b.rateLimits.decrement('search:sofia');
      expect((await a.rateLimits.increment('search:sofia', 60_000)).hits).toBe(22);
      await a.rateLimits.reset('search:sofia');
      expect((await b.rateLimits.increment('search:sofia', 60_000)).hits).toBe(1);
    });

    it('start a new window once the old one is over, and prune what is over', async () => {
      const store = await (await database()).open();
      await store.rateLimits.increment('k', 30);
      await store.rateLimits.increment('k', 30);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect((await store.rateLimits.increment('k', 30)).hits).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(await store.rateLimits.prune()).toBe(1);
    });
  });
}
