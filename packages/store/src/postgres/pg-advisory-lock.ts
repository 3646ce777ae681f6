import type pg from 'pg';
import type { ReleaseLock } from '../driver.ts';
import { RefreshLockTimeoutError } from '../errors.ts';

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * A session advisory lock on a dedicated connection. PostgreSQL frees it when the
 * connection ends, so a holder that dies (process killed, network gone) releases it as
 * soon as the server notices the closed socket. Waiting is done by the server
 * (no polling), bounded by lock_timeout.
 */
export async function acquireAdvisoryLock(lockPool: pg.Pool, key: string, timeoutMs: number): Promise<ReleaseLock> {
  const client = await lockPool.connect();
  try {
    await client.query("SELECT set_config('lock_timeout', $1, false)", [`${timeoutMs}ms`]);
    await client.query('SELECT pg_advisory_lock($1::bigint)', [key]);
  } catch (error) {
    client.release(error as Error);
    if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) throw new RefreshLockTimeoutError(timeoutMs);
    throw error;
  }
  return async () => {
    try {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [key]);
      client.release();
    } catch (error) {
      // Dropping the connection releases the lock as surely as unlocking does.
      client.release(error as Error);
    }
  };
}
