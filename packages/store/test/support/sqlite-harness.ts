import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Harness } from './harness.ts';

/** A temporary directory per test file, a new database file per test. */
export function sqliteHarness(): Harness {
  let dir = '';
  let n = 0;
  return {
    adapter: 'sqlite',
    async setup() {
      dir = await mkdtemp(join(tmpdir(), 'sfsearch-store-'));
    },
    async teardown() {
      await rm(dir, { recursive: true, force: true });
    },
    async createDatabase() {
      const path = join(dir, `db-${++n}.sqlite`);
      return {
        location: { databaseUrl: `sqlite:${path}` },
        async query<T>(sql: string, params: unknown[] = []) {
          const db = new DatabaseSync(path);
          try {
            db.exec('PRAGMA busy_timeout = 5000');
            const statement = db.prepare(sql);
            return (statement.columns().length > 0 ? statement.all(...(params as never[])) : (statement.run(...(params as never[])), [])) as T[];
          } finally {
            db.close();
          }
        },
        async drop() {
          await rm(path, { force: true });
          await rm(`${path}-wal`, { force: true });
          await rm(`${path}-shm`, { force: true });
        },
      };
    },
  };
}
