import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DEFAULT_TEST_DATABASE_URL } from '@sfsearch/test-postgres';
import type { Harness } from './harness.ts';

/** Set by the global setup (test/support/postgres-server.ts): a server that answers. */
const testDatabaseUrl = () => process.env.STORE_TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;

/**
 * A schema per test (search_path), dropped afterwards, so test files and parallel runs on
 * one server do not see each other.
 */
export function postgresHarness(): Harness {
  let admin: pg.Client | undefined;
  const live = new Set<string>();
  return {
    adapter: 'postgres',
    async setup() {
      admin = new pg.Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5000 });
      try {
        await admin.connect();
      } catch (error) {
        throw new Error(`PostgreSQL at ${testDatabaseUrl().replace(/:[^:@/]*@/, ':***@')} is unreachable: ${String(error)}`, { cause: error });
      }
    },
    async teardown() {
      for (const schema of live) await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin?.end();
    },
    async createDatabase() {
      const client = admin;
      if (!client) throw new Error('postgres harness not set up');
      const schema = `store_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      await client.query(`CREATE SCHEMA "${schema}"`);
      live.add(schema);
      return {
        location: { databaseUrl: testDatabaseUrl(), schema },
        async query<T>(sql: string, params: unknown[] = []) {
          let n = 0;
          const text = sql.replace(/\?/g, () => `$${++n}`);
          await client.query(`SET search_path TO "${schema}"`);
          return (await client.query(text, params)).rows as T[];
        },
        async drop() {
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          live.delete(schema);
        },
      };
    },
  };
}
