import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../../src/index.ts';

export const STALE_ACCESS_TOKEN = 'access-stale';

/**
 * `callers` concurrent requests that each found the access token expired. Whoever gets the
 * lock first refreshes; everyone after must find the fresh token and use it. Returns the
 * access token each caller ended up with.
 */
export async function raceToRefresh(store: Store, userId: string, callers: number, counter: { refreshes: number }): Promise<string[]> {
  const one = () =>
    store.withRefreshLock(userId, async (current) => {
      if (current === null) throw new Error('not connected');
      if (current.accessToken !== STALE_ACCESS_TOKEN) return current.accessToken;
      counter.refreshes += 1;
      await sleep(25); // a Salesforce round trip widens the window for a second refresher
      const fresh = await store.tokens.saveRefreshed(userId, {
        accessToken: `access-fresh-${process.pid}`,
        refreshToken: `refresh-rotated-${process.pid}`,
      });
      if (fresh === null) throw new Error('token vanished during refresh');
      return fresh.accessToken;
    });
  return Promise.all(Array.from({ length: callers }, one));
}
