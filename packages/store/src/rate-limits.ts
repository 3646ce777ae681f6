// Fixed-window hit counters shared by every process on the database: what express-rate-limit
// needs so that two BFF instances allow the limit once, not twice. One atomic upsert per hit.
import type { Sql } from './driver.ts';
import type { RateLimitCounters } from './store.ts';

const INCREMENT = `INSERT INTO rate_limits (key, hits, reset_at) VALUES (?, 1, ?)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_limits.reset_at <= ? THEN 1 ELSE rate_limits.hits + 1 END,
    reset_at = CASE WHEN rate_limits.reset_at <= ? THEN excluded.reset_at ELSE rate_limits.reset_at END
  RETURNING hits, reset_at`;

export function createRateLimitCounters(sql: Sql): RateLimitCounters {
  return {
    async increment(key, windowMs) {
      const now = Date.now();
      const row = await sql.get<{ hits: number; reset_at: number }>(INCREMENT, [key, now + windowMs, now, now]);
      return { hits: Number(row?.hits ?? 1), resetAt: new Date(Number(row?.reset_at ?? now + windowMs)) };
    },
    async decrement(key) {
      await sql.run('UPDATE rate_limits SET hits = hits - 1 WHERE key = ? AND hits > 0', [key]);
    },
    async reset(key) {
      await sql.run('DELETE FROM rate_limits WHERE key = ?', [key]);
    },
    prune: (now = Date.now()) => sql.run('DELETE FROM rate_limits WHERE reset_at <= ?', [now]),
  };
}
