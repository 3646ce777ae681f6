import { promisify } from 'node:util';
import type { SessionData, Store as SessionStore } from 'express-session';
import { describe, expect, it } from 'vitest';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

/** The callback API express-session calls, as promises. */
function api(store: SessionStore) {
  return {
    get: promisify(store.get.bind(store)) as (sid: string) => Promise<SessionData | null>,
    set: promisify(store.set.bind(store)) as (sid: string, data: SessionData) => Promise<void>,
    destroy: promisify(store.destroy.bind(store)) as (sid: string) => Promise<void>,
    touch: promisify((sid: string, data: SessionData, cb: () => void) => store.touch?.(sid, data, cb)) as (sid: string, data: SessionData) => Promise<void>,
    length: promisify((cb: (e: unknown, n?: number) => void) => store.length?.(cb)) as () => Promise<number>,
    clear: promisify((cb: (e?: unknown) => void) => store.clear?.(cb)) as () => Promise<void>,
  };
}

function session(expiresInMs: number | null, extra: Record<string, unknown> = {}): SessionData {
  const cookie = {
    originalMaxAge: expiresInMs,
    expires: expiresInMs === null ? null : new Date(Date.now() + expiresInMs).toISOString(),
    httpOnly: true,
    path: '/',
  };
  return { cookie, ...extra } as unknown as SessionData;
}

export function sessionsContract(harness: Harness): void {
  describe('sessions (express-session store)', () => {
    const database = databases(harness);

    it('keeps a session until it is destroyed', async () => {
      const s = api((await (await database()).open()).sessionStore());
      expect(await s.get('sid-1')).toBeNull();
      await s.set('sid-1', session(60_000, { userId: 'alice', csrf: 'x' }));
      expect(await s.get('sid-1')).toMatchObject({ userId: 'alice', csrf: 'x' });
      await s.set('sid-1', session(60_000, { userId: 'alice', csrf: 'y' }));
      expect(await s.get('sid-1')).toMatchObject({ csrf: 'y' });
      expect(await s.length()).toBe(1);
      await s.destroy('sid-1');
      expect(await s.get('sid-1')).toBeNull();
    });

    it('an expired session is gone at once and pruned from the table', async () => {
      const db = await database();
      const store = await db.open();
      const s = api(store.sessionStore());
      await s.set('old', session(-1000, { userId: 'alice' }));
      await s.set('live', session(60_000, { userId: 'bob' }));
      expect(await s.get('old')).toBeNull();
      expect(await s.length()).toBe(1);
      expect(await store.pruneSessions()).toBe(1);
      expect(await db.query('SELECT sid FROM sessions')).toEqual([{ sid: 'live' }]);
    });

    it('touch extends a live session and does not revive an expired one', async () => {
      const store = await (await database()).open();
      const s = api(store.sessionStore());
      await s.set('sid', session(300, { userId: 'alice' }));
      await s.touch('sid', session(60_000));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await s.get('sid')).toMatchObject({ userId: 'alice' });

      await s.set('gone', session(-1));
      await s.touch('gone', session(60_000));
      expect(await s.get('gone')).toBeNull();
    });

    it('touch writes only when the expiry moves by more than a tenth of the lifetime (at most a minute)', async () => {
      const db = await database();
      const s = api((await db.open()).sessionStore());
      const expiryOf = async (sid: string) => Number((await db.query<{ expires_at: number }>('SELECT expires_at FROM sessions WHERE sid = ?', [sid]))[0]?.expires_at);
      const idle = 30 * 60_000;
      await s.set('busy', session(idle));
      const written = await expiryOf('busy');
      // A search every few seconds: the row is not rewritten for each.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await s.touch('busy', session(idle));
      expect(await expiryOf('busy')).toBe(written);
      // A minute after the last write it moves (here: a lifetime short enough that 20 ms is over a tenth).
      await s.set('short', session(100));
      const shortWritten = await expiryOf('short');
      await new Promise((resolve) => setTimeout(resolve, 20));
      await s.touch('short', session(100));
      expect(await expiryOf('short')).toBeGreaterThan(shortWritten);
    });

    it('a session without a cookie expiry lasts the default time to live', async () => {
      const store = await (await database()).open({ sessions: { defaultTtlMs: 300, pruneIntervalMs: 0 } });
      const s = api(store.sessionStore());
      await s.set('browser-session', session(null, { userId: 'alice' }));
      expect(await s.get('browser-session')).toMatchObject({ userId: 'alice' });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await s.get('browser-session')).toBeNull();
      await s.set('again', session(null));
      await s.clear();
      expect(await s.length()).toBe(0);
    });
  });
}
