import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReleaseLock, Sql } from '../driver.ts';
import { RefreshLockTimeoutError } from '../errors.ts';

/**
 * A lease row per user in `refresh_locks`: taken when free or lapsed, renewed while held,
 * deleted on release. A holder that dies stops renewing and its lease lapses after
 * `leaseMs`. Waiters poll with a growing, jittered delay; the statement that takes the
 * lease is a single atomic upsert, so two processes cannot both win.
 */
export function createLeaseLock(sql: Sql, leaseMs: number) {
  const renewers = new Set<NodeJS.Timeout>();

  const tryTake = (userId: string, owner: string) => {
    const now = Date.now();
    return sql.run(
      `INSERT INTO refresh_locks (user_id, owner, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
       WHERE refresh_locks.expires_at <= ?`,
      [userId, owner, now + leaseMs, now],
    );
  };

  return {
    async acquire(userId: string, timeoutMs: number): Promise<ReleaseLock> {
      const owner = `${process.pid}:${randomUUID()}`;
      const deadline = Date.now() + timeoutMs;
      let delay = 5;
      while ((await tryTake(userId, owner)) !== 1) {
        if (Date.now() >= deadline) throw new RefreshLockTimeoutError(timeoutMs);
        await sleep(delay + Math.random() * delay);
        delay = Math.min(delay * 2, 100);
      }
      const renewer = setInterval(() => {
        sql
          .run('UPDATE refresh_locks SET expires_at = ? WHERE user_id = ? AND owner = ?', [Date.now() + leaseMs, userId, owner])
          .catch(() => undefined); // a missed renewal only shortens the lease
      }, Math.max(50, Math.floor(leaseMs / 3)));
      renewer.unref();
      renewers.add(renewer);
      return async () => {
        clearInterval(renewer);
        renewers.delete(renewer);
        await sql.run('DELETE FROM refresh_locks WHERE user_id = ? AND owner = ?', [userId, owner]);
      };
    },
    stop() {
      for (const renewer of renewers) clearInterval(renewer);
      renewers.clear();
    },
  };
}
