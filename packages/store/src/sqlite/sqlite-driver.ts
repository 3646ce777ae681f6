import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { StatementSync } from 'node:sqlite';
import type { Dialect, Driver, Params, PurgedRow, Row, Tx } from '../driver.ts';
import { Mutex } from '../mutex.ts';
import { createLeaseLock } from './sqlite-lease-lock.ts';

const dialect: Dialect = {
  bigint: 'INTEGER',
  autoId: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  forUpdate: '',
  forShare: '',
};

/**
 * node:sqlite is synchronous, and a connection blocked on the busy handler blocks the whole
 * thread. Two connections to one file in one process must therefore never overlap: one
 * mutex per file serialises them (other processes just wait on busy_timeout).
 */
const fileMutexes = new Map<string, { mutex: Mutex; users: number }>();

function fileMutex(path: string): { mutex: Mutex; release: () => void } {
  const key = path === ':memory:' ? `:memory:${Math.random()}` : resolve(path);
  const entry = fileMutexes.get(key) ?? { mutex: new Mutex(), users: 0 };
  entry.users += 1;
  fileMutexes.set(key, entry);
  return {
    mutex: entry.mutex,
    release: () => {
      entry.users -= 1;
      if (entry.users === 0) fileMutexes.delete(key);
    },
  };
}

export interface SqliteDriverOptions {
  busyTimeoutMs?: number;
  /** A dead holder's lease lapses after this long (default 5 s). */
  leaseMs?: number;
}

/**
 * The file holds sessions and encrypted secrets: its folder is made 0700 and the file 0600
 * (SQLite gives its -wal and -shm files the database file's mode). A file left readable by
 * others is tightened.
 */
function createPrivately(path: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
}

export function openSqliteDriver(path: string, options: SqliteDriverOptions = {}): Driver {
  if (path !== ':memory:') createPrivately(path);
  const db = new DatabaseSync(path);
  db.exec(`PRAGMA busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  // WAL lets readers run beside the writer; NORMAL sync is durable across a process crash
  // (a power cut may lose the last commits, which a re-sign-in repairs).
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');

  const { mutex, release } = fileMutex(path);
  const statements = new Map<string, StatementSync>();
  const prepare = (sql: string): StatementSync => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  // The raw, unserialised operations; callers hold the mutex.
  const raw = {
    all: <T extends Row>(sql: string, params: Params = []) => prepare(sql).all(...params) as T[],
    get: <T extends Row>(sql: string, params: Params = []) => prepare(sql).get(...params) as T | undefined,
    run: (sql: string, params: Params = []) => Number(prepare(sql).run(...params).changes),
  };
  const tx: Tx = {
    all: async (sql, params) => raw.all(sql, params),
    get: async (sql, params) => raw.get(sql, params),
    run: async (sql, params) => raw.run(sql, params),
    lock: async () => undefined,
  };
  let closed = false;

  const driver: Driver = {
    adapter: 'sqlite',
    dialect,
    all: (sql, params) => mutex.run(() => raw.all(sql, params)),
    get: (sql, params) => mutex.run(() => raw.get(sql, params)),
    run: (sql, params) => mutex.run(() => raw.run(sql, params)),
    transaction: (fn) =>
      mutex.run(async () => {
        // IMMEDIATE takes the write lock up front: a deferred transaction that later writes
        // can fail with SQLITE_BUSY instead of waiting.
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.isTransaction) db.exec('ROLLBACK');
          throw error;
        }
      }),
    async purgeConnectedTokens(t: Tx, reason: string, now: number): Promise<PurgedRow[]> {
      // SQLite's RETURNING sees only new values, so read first; the write lock keeps both in step.
      const rows = await t.all<PurgedRow & Row>(
        "SELECT user_id, instance_url, refresh_token FROM salesforce_tokens WHERE state = 'connected'",
      );
      await t.run(
        `UPDATE salesforce_tokens
            SET state = 'disconnected', reason = ?, access_token = NULL, refresh_token = NULL,
                disconnected_at = ?, updated_at = ?
          WHERE state = 'connected'`,
        [reason, now, now],
      );
      return rows;
    },
    acquireRefreshLock: (userId, timeoutMs) => leaseLock.acquire(userId, timeoutMs),
    async close() {
      if (closed) return;
      closed = true;
      leaseLock.stop();
      await mutex.run(() => db.close());
      release();
    },
  };
  const leaseLock = createLeaseLock(driver, options.leaseMs ?? 5000);
  return driver;
}
