import { createHash } from 'node:crypto';
import pg from 'pg';
import type { PoolClient, PoolConfig } from 'pg';
import type { Dialect, Driver, Params, PurgedRow, Row, Sql, Tx } from '../driver.ts';
import { StoreConfigError, StoreUnavailableError } from '../errors.ts';
import { acquireAdvisoryLock } from './pg-advisory-lock.ts';

const dialect: Dialect = {
  bigint: 'BIGINT',
  autoId: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  forUpdate: ' FOR UPDATE',
  forShare: ' FOR SHARE',
};

const INT8_OID = 20;
// Our BIGINTs are epoch milliseconds, generations and counts: all far below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as never,
};

const placeholders = new Map<string, string>();
/** Repositories write `?`; PostgreSQL wants `$1, $2, …`. Our SQL has no `?` in literals. */
function toPg(sql: string): string {
  let text = placeholders.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    placeholders.set(sql, text);
  }
  return text;
}

/** A 64-bit advisory lock key for a name, scoped to the schema so test schemas do not contend. */
export function advisoryKey(schema: string, name: string): string {
  return createHash('sha256').update(`${schema}\0${name}`).digest().readBigInt64BE(0).toString();
}

/** Connection failures (socket errors, the server shutting down or not accepting connections). */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

function isConnectionFailure(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return CONNECTION_CODES.has(e?.code ?? '')
    || /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(e?.message ?? '');
}

/** Runs a database call; a connection failure becomes StoreUnavailableError. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isConnectionFailure(error) ? new StoreUnavailableError({ cause: error }) : error;
  }
}

function sqlOn(client: pg.Pool | PoolClient): Sql {
  const query = (sql: string, params: Params) => guarded(() => client.query(toPg(sql), params as unknown[]));
  return {
    all: async <T extends Row>(sql: string, params: Params = []) => (await query(sql, params)).rows as T[],
    get: async <T extends Row>(sql: string, params: Params = []) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: Params = []) => (await query(sql, params)).rowCount ?? 0,
  };
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two instances creating it at once: the loser gets a unique violation, and the schema is there.
    if (!['23505', '42P06'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}

export interface PgDriverOptions {
  /** Schema for every table (created if missing); default: the server's search_path. */
  schema?: string | undefined;
  poolSize?: number | undefined;
  /** Connections reserved for refresh-lock holders and waiters (one per user per process). */
  lockPoolSize?: number | undefined;
}

export async function openPgDriver(connectionString: string, options: PgDriverOptions = {}): Promise<Driver> {
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreConfigError(`PostgreSQL schema "${schema}" must be a lower-case identifier.`);
  }
  // A server that does not take connections fails a request in seconds, not never.
  const base: PoolConfig = { connectionString, types, connectionTimeoutMillis: 5000, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
  const pool = new pg.Pool({ ...base, max: options.poolSize ?? 10 });
  const lockPool = new pg.Pool({ ...base, max: options.lockPoolSize ?? 10 });
  // An idle client whose server went away emits 'error'; the next query reconnects.
  pool.on('error', () => undefined);
  lockPool.on('error', () => undefined);

  let keySchema: string;
  try {
    if (schema !== undefined) await createSchema(pool, schema);
    keySchema = schema ?? (await pool.query<{ s: string }>('SELECT current_schema() AS s')).rows[0]?.s ?? 'public';
  } catch (error) {
    await Promise.all([pool.end(), lockPool.end()]);
    throw error;
  }

  return {
    adapter: 'postgres',
    dialect,
    ...sqlOn(pool),
    async transaction(fn) {
      const client = await guarded(() => pool.connect());
      const tx: Tx = {
        ...sqlOn(client),
        lock: async (name) => {
          await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [advisoryKey(keySchema, name)]);
        },
      };
      try {
        await client.query('BEGIN');
        const result = await fn(tx);
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          client.release(rollbackError as Error); // a broken connection is discarded, not reused
        }
        throw isConnectionFailure(error) ? new StoreUnavailableError({ cause: error }) : error;
      }
    },
    async purgeConnectedTokens(tx, reason, now): Promise<PurgedRow[]> {
      // RETURNING shows only new values before PostgreSQL 18, so a sibling CTE reads the old
      // ones from the same snapshot. No row locks are needed: every token write first takes
      // the config row FOR SHARE, which the saving transaction holds FOR UPDATE, so no
      // token row can change between that snapshot and commit. Three times faster on 100k rows.
      return tx.all<PurgedRow & Row>(
        `WITH old AS (SELECT user_id, instance_url, refresh_token FROM salesforce_tokens WHERE state = 'connected'),
              erased AS (UPDATE salesforce_tokens
                            SET state = 'disconnected', reason = ?, access_token = NULL, refresh_token = NULL,
                                disconnected_at = ?, updated_at = ?
                          WHERE state = 'connected')
         SELECT user_id, instance_url, refresh_token FROM old`,
        [reason, now, now],
      );
    },
    acquireRefreshLock: (userId, timeoutMs) => guarded(() => acquireAdvisoryLock(lockPool, advisoryKey(keySchema, `refresh:${userId}`), timeoutMs)),
    async close() {
      await Promise.all([pool.end(), lockPool.end()]);
    },
  };
}
