// `BFF_INSTANCES=2 DATABASE_URL=postgres://… start`: two BFF processes behind one entry point on
// one PostgreSQL, used in a browser as one product.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { testDatabaseUrl } from '@sfsearch/test-postgres';
import pg from 'pg';
import { connectedEmployee, ensureConfigured, search } from '../support/people.ts';

const PORTS = { PORT: '3600', SF_EMULATOR_PORT: '4610', IDP_PORT: '4660' };
const BFF = `http://127.0.0.1:${PORTS.PORT}`;
const EMULATOR = `http://127.0.0.1:${PORTS.SF_EMULATOR_PORT}`;

let child: ChildProcess;
let banner = '';
let server: Awaited<ReturnType<typeof testDatabaseUrl>>;
const database = `e2e_instances_${randomBytes(4).toString('hex')}`;
const admin = async (sql: string) => {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try { await client.query(sql); } finally { await client.end(); }
};

test.beforeAll(async () => {
  server = await testDatabaseUrl();
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(server.url);
  url.pathname = `/${database}`;
  child = spawn(process.execPath, [fileURLToPath(new URL('../../scripts/start.ts', import.meta.url))], {
    env: { ...process.env, ...PORTS, BFF_INSTANCES: '2', DATABASE_URL: url.href, DATA_DIR: join(mkdtempSync(join(tmpdir(), 'sfsearch-instances-')), 'data'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for await (const chunk of child.stdout!) {
    banner += String(chunk);
    if (banner.includes('Press Ctrl-C to stop.')) break;
  }
});

test.afterAll(async () => {
  if (child.exitCode === null) {
    child.kill('SIGINT');
    await once(child, 'exit');
  }
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await server.stop();
});

test('two BFF instances behind one entry point serve a person as one product, and stop on Ctrl-C', async ({ browser }) => {
  expect(banner).toContain(`2 BFF instances on ports 3601–3602 behind ${BFF} (round robin, PostgreSQL)`);
  for (const port of ['3601', '3602']) expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  await ensureConfigured(browser, BFF, EMULATOR);
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example', { bff: BFF, emulator: EMULATOR });
  for (const word of ['Logistics', 'Energy', 'Summit']) await search(sofia.page, word);
  // A reload finds her still signed in and connected (the page also searches the word in its URL again).
  await sofia.page.reload();
  await expect(sofia.page.getByText('Sofia Rossi', { exact: true })).toBeVisible();
  child.kill('SIGINT');
  const [code] = await once(child, 'exit');
  expect(code).toBe(0);
  await expect(fetch(`${BFF}/healthz`)).rejects.toThrow();
});
