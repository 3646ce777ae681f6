import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, testDatabaseUrl } from '../src/index.ts';

const query = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe('PostgreSQL for tests', () => {
  it('uses the configured server when it answers, else starts one', { timeout: 60_000 }, async () => {
    const saved = process.env.STORE_TEST_DATABASE_URL;
    process.env.STORE_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:1/none';
    try {
      const server = await testDatabaseUrl();
      try {
        expect(server.url).not.toContain(':1/');
        expect(await query(server.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await server.stop();
      }
    } finally {
      if (saved === undefined) delete process.env.STORE_TEST_DATABASE_URL;
      else process.env.STORE_TEST_DATABASE_URL = saved;
    }
  });

  it('can stop and start a private server, keeping its data', { timeout: 60_000 }, async () => {
    const server = await startEmbeddedPostgres();
    try {
      await query(server.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
      await server.stop();
      await expect(query(server.url, 'SELECT 1')).rejects.toThrow();
      await server.start();
      expect(await query(server.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
    } finally {
      await server.destroy();
    }
  });
});
