import { describe, expect, it } from 'vitest';
import { databases, KEY_1 } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';
import { configuredWithUsers, grant } from '../support/fixtures.ts';
import { raceToRefresh, STALE_ACCESS_TOKEN } from '../support/refresh-race.ts';
import { spawnWorker } from '../support/spawn-worker.ts';

const LEASE_MS = 1000;

export function refreshLockContract(harness: Harness): void {
  describe('refresh lock', () => {
    const database = databases(harness);

    it('admits one of 50 concurrent callers across two processes; the other 49 use its token', async () => {
      const db = await database();
      const store = await db.open({ refreshLock: { leaseMs: LEASE_MS } });
      const generation = await configuredWithUsers(store, []);
      await store.tokens.saveConnected('alice', grant('alice', generation, { accessToken: STALE_ACCESS_TOKEN }));
      const worker = await spawnWorker({ mode: 'race', location: db.location, keys: [KEY_1], userId: 'alice', callers: 25, leaseMs: LEASE_MS });
      try {
        const counter = { refreshes: 0 };
        worker.go();
        const [mine, theirs] = await Promise.all([raceToRefresh(store, 'alice', 25, counter), worker.nextLine()]);
        const child = JSON.parse(theirs) as { refreshes: number; seen: string[] };

        expect(counter.refreshes + child.refreshes).toBe(1);
        const seen = [...mine, ...child.seen];
        expect(seen).toHaveLength(50);
        expect(new Set(seen).size).toBe(1);
        expect(seen[0]).toMatch(/^access-fresh-/);
        expect((await store.tokens.getUsable('alice'))?.accessToken).toBe(seen[0]);
      } finally {
        await worker.kill();
      }
    });

    it('a holder that dies releases the lock within seconds', async () => {
      const db = await database();
      const store = await db.open({ refreshLock: { leaseMs: LEASE_MS } });
      await configuredWithUsers(store, ['alice']);
      const worker = await spawnWorker({ mode: 'hold', location: db.location, keys: [KEY_1], userId: 'alice', callers: 1, leaseMs: LEASE_MS });
      try {
        worker.go();
        expect(await worker.nextLine()).toBe('locked');
        await worker.kill();
        const started = Date.now();
        const got = await store.withRefreshLock('alice', async (current) => current?.accessToken);
        expect(got).toBe('access-alice');
        expect(Date.now() - started).toBeLessThan(LEASE_MS + 3000);
      } finally {
        await worker.kill();
      }
    });

    it('a waiter gives up with RefreshLockTimeoutError when the holder does not finish in time', async () => {
      const db = await database();
      const holder = await db.open({ refreshLock: { timeoutMs: 200 } });
      const impatient = await db.open({ refreshLock: { timeoutMs: 200 } });
      await configuredWithUsers(holder, ['alice']);
      let holdsNow = () => {};
      let release = () => {};
      const holds = new Promise<void>((resolve) => (holdsNow = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const holding = holder.withRefreshLock('alice', async () => {
        holdsNow();
        await released;
      });
      await holds;
      await expect(impatient.withRefreshLock('alice', async () => 'got it')).rejects.toMatchObject({ code: 'refresh-lock-timeout' });
      // In the holder's own process the waiter queues locally, and gives up just the same.
      let ranLate = false;
      await expect(holder.withRefreshLock('alice', async () => { ranLate = true; })).rejects.toMatchObject({ code: 'refresh-lock-timeout' });
      release();
      await holding;
      expect(await holder.withRefreshLock('alice', async () => 'next')).toBe('next');
      expect(ranLate).toBe(false);
      expect(await impatient.withRefreshLock('alice', async () => 'got it')).toBe('got it');
    });

    it('is released when the holder throws, and hands the next caller the current token', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice']);
      await expect(store.withRefreshLock('alice', async () => { throw new Error('salesforce down'); })).rejects.toThrow('salesforce down');
      expect(await store.withRefreshLock('alice', async (current) => current?.refreshToken)).toBe('refresh-alice');
      expect(await store.withRefreshLock('nobody', async (current) => current)).toBeNull();
    });

    it('does not make different users wait for each other', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice', 'bob']);
      let holdsNow = () => {};
      let release = () => {};
      const aliceHolds = new Promise<void>((resolve) => (holdsNow = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      const holding = store.withRefreshLock('alice', async () => {
        holdsNow();
        await released;
      });
      await aliceHolds;
      expect(await store.withRefreshLock('bob', async (current) => current?.userId)).toBe('bob');
      release();
      await holding;
    });
  });
}
