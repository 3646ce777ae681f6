import session from 'express-session';
import { LRUCache } from 'lru-cache';
import type { SessionData } from 'express-session';
import type { Row, Sql } from './driver.ts';

type Callback<T = void> = (error: unknown, value?: T) => void;

const TOUCH_SLACK_MS = 60_000;

/** When a session lapses: its cookie's expiry, else its max age from now, else the default. */
export function sessionExpiry(data: SessionData, defaultTtlMs: number, now = Date.now()): number {
  const cookie = data.cookie as { expires?: Date | string | null; maxAge?: number | null } | undefined;
  if (cookie?.expires) return new Date(cookie.expires).getTime();
  if (typeof cookie?.maxAge === 'number') return now + cookie.maxAge;
  return now + defaultTtlMs;
}

/** Callbacks run outside the promise chain, so an exception in one is not mistaken for a store failure. */
function settle<T>(promise: Promise<T>, callback: Callback<T> | undefined): void {
  promise.then(
    (value) => callback && process.nextTick(callback, null, value),
    (error: unknown) => callback && process.nextTick(callback, error),
  );
}

/**
 * express-session rows in the `sessions` table: data as JSON, expiry in epoch ms. Expired
 * rows are invisible at once and deleted by `prune` (run on a timer by the store).
 */
export class SqlSessionStore extends session.Store {
  readonly #sql: Sql;
  readonly #defaultTtlMs: number;
  /** Each session's expiry as this instance last read or wrote it: a touch that would not move it is skipped. */
  readonly #expiries = new LRUCache<string, number>({ max: 50_000 });

  constructor(sql: Sql, defaultTtlMs: number) {
    super();
    this.#sql = sql;
    this.#defaultTtlMs = defaultTtlMs;
  }

  override get(sid: string, callback: (error: unknown, session?: SessionData | null) => void): void {
    const read = async () => {
      const row = await this.#sql.get<{ data: string; expires_at: number } & Row>('SELECT data, expires_at FROM sessions WHERE sid = ? AND expires_at > ?', [sid, Date.now()]);
      if (row === undefined) {
        this.#expiries.delete(sid);
        return null;
      }
      this.#expiries.set(sid, Number(row.expires_at));
      return JSON.parse(row.data) as SessionData;
    };
    settle(read(), callback);
  }

  override set(sid: string, data: SessionData, callback?: (error?: unknown) => void): void {
    const write = async () => {
      const expiry = sessionExpiry(data, this.#defaultTtlMs);
      await this.#sql.run(
        `INSERT INTO sessions (sid, data, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (sid) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`,
        [sid, JSON.stringify(data), expiry],
      );
      this.#expiries.set(sid, expiry);
    };
    settle(write(), callback);
  }

  override destroy(sid: string, callback?: (error?: unknown) => void): void {
    this.#expiries.delete(sid);
    settle(this.#sql.run('DELETE FROM sessions WHERE sid = ?', [sid]).then(() => undefined), callback);
  }

  /**
   * Extends a live session's expiry without rewriting its data; an expired one stays expired. A
   * session extended within the last tenth of its lifetime (at most a minute) is left as it is:
   * the row is written about once a minute however often its owner searches.
   */
  override touch(sid: string, data: SessionData, callback?: () => void): void {
    const now = Date.now();
    const expiry = sessionExpiry(data, this.#defaultTtlMs, now);
    const notBefore = expiry - Math.min(TOUCH_SLACK_MS, Math.floor((expiry - now) / 10));
    // This request read the row a moment ago (express-session loads before it touches).
    if ((this.#expiries.get(sid) ?? 0) >= notBefore) {
      if (callback) process.nextTick(callback);
      return;
    }
    const write = async () => {
      if (await this.#sql.run('UPDATE sessions SET expires_at = ? WHERE sid = ? AND expires_at > ? AND expires_at < ?', [expiry, sid, now, notBefore]) > 0) {
        this.#expiries.set(sid, expiry);
      }
    };
    settle(write(), callback as Callback | undefined);
  }

  override length(callback: (error: unknown, length?: number) => void): void {
    settle(
      this.#sql.get<{ n: number }>('SELECT COUNT(*) AS n FROM sessions WHERE expires_at > ?', [Date.now()]).then((r) => Number(r?.n ?? 0)),
      callback,
    );
  }

  override clear(callback?: (error?: unknown) => void): void {
    this.#expiries.clear();
    settle(this.#sql.run('DELETE FROM sessions').then(() => undefined), callback);
  }

  /** Deletes expired rows; returns how many. */
  prune(now = Date.now()): Promise<number> {
    return this.#sql.run('DELETE FROM sessions WHERE expires_at <= ?', [now]);
  }
}
