// Prints, for each adapter: token read p50/p99, saveConfig purging 100,000 connected users
// (target under 1 s: a miss exits 1), and session get/set per second. PostgreSQL is the one the
// tests use (STORE_TEST_DATABASE_URL, the local server, else an embedded one: test-postgres), in
// a scratch schema dropped afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { testDatabaseUrl } from '@sfsearch/test-postgres';
import pg from 'pg';
import { createKeyring, generateEncryptionKey, openStore } from '../src/index.ts';
import type { Store } from '../src/index.ts';
import type { SessionData, Store as SessionStore } from 'express-session';

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const READS = 5000;
const SESSION_OPS = 10_000;
const CONCURRENCY = 16;
const PURGE_TARGET_MS = 1000;
const key = generateEncryptionKey('bench');
const keyring = createKeyring([key]);
const change = (consumerKey: string) => ({ consumerKey, consumerSecret: 'secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });

type Row = [string, number, string, string, string, string, string, string, string, string, number, number];

/** Connected rows as saveConnected would write them, built once and bulk-inserted. */
function tokenRows(generation: number): Row[] {
  const now = Date.now();
  return Array.from({ length: USERS }, (_, i): Row => {
    const user = `user-${String(i).padStart(6, '0')}`;
    return [
      user, generation, 'https://acme.my.salesforce.com',
      keyring.encrypt(`00Dxx0000001gEF!AR8AQ${randomBytes(48).toString('base64url')}`, user, 'access_token'),
      keyring.encrypt(`5Aep861${randomBytes(60).toString('base64url')}`, user, 'refresh_token'),
      'api id refresh_token', `005${i}`, `${user}@acme.example`, `User ${i}`, '00Dacme', now, now,
    ];
  });
}
const INSERT_COLUMNS =
  "user_id, generation, instance_url, access_token, refresh_token, scopes, salesforce_user_id, username, display_name, org_id, connected_at, updated_at, state";

function insertSqlite(path: string, rows: Row[]): void {
  const db = new DatabaseSync(path);
  const insert = db.prepare(`INSERT INTO salesforce_tokens (${INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'connected')`);
  db.exec('BEGIN');
  for (const row of rows) insert.run(...row);
  db.exec('COMMIT');
  db.close();
}

async function insertPg(url: string, schema: string, rows: Row[]): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    const columns = Array.from({ length: 12 }, (_, c) => batch.map((r) => r[c]));
    await client.query(
      `INSERT INTO salesforce_tokens (${INSERT_COLUMNS})
       SELECT *, 'connected' FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                        $8::text[], $9::text[], $10::text[], $11::bigint[], $12::bigint[])`,
      columns,
    );
  }
  await client.query('ANALYZE salesforce_tokens');
  await client.end();
}

const ms = (t0: number) => performance.now() - t0;
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function tokenReads(store: Store): Promise<string> {
  const samples: number[] = [];
  for (let i = 0; i < READS; i++) {
    const user = `user-${String((i * 7919) % USERS).padStart(6, '0')}`;
    const t0 = performance.now();
    const token = await store.tokens.getUsable(user);
    samples.push(ms(t0));
    if (token === null) throw new Error(`no token for ${user}`);
  }
  samples.sort((a, b) => a - b);
  return `token read (getUsable, decryptions remembered): p50 ${pct(samples, 50).toFixed(3)} ms, p99 ${pct(samples, 99).toFixed(3)} ms`;
}

async function purge(store: Store): Promise<string[]> {
  const t0 = performance.now();
  const result = await store.config.save(change('consumer-key-2'), 'bench');
  const saveMs = ms(t0);
  if (result.purgedUsers !== USERS) throw new Error(`purged ${result.purgedUsers}`);
  const t1 = performance.now();
  let n = 0;
  for (const r of result.revocations) n += r.refreshToken.length > 0 ? 1 : 0;
  const met = saveMs < PURGE_TARGET_MS;
  if (!met) process.exitCode = 1;
  return [
    `saveConfig purging ${USERS.toLocaleString('en')} connected users: ${saveMs.toFixed(0)} ms (target < ${PURGE_TARGET_MS}: ${met ? 'met' : 'MISSED'})`,
    `  then decrypting the ${n.toLocaleString('en')} refresh tokens to revoke (lazy, in the background job): ${ms(t1).toFixed(0)} ms`,
  ];
}

async function sessionsPerSecond(sessions: SessionStore): Promise<string> {
  const data = (i: number) => ({ cookie: { originalMaxAge: 3_600_000, expires: new Date(Date.now() + 3_600_000).toISOString(), httpOnly: true, path: '/' }, userId: `user-${i}`, csrf: randomBytes(16).toString('hex') }) as unknown as SessionData;
  const run = async (op: (i: number) => Promise<unknown>) => {
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => { while (next < SESSION_OPS) await op(next++); }));
    return Math.round(SESSION_OPS / (ms(t0) / 1000));
  };
  const set = await run((i) => new Promise<void>((ok, ko) => sessions.set(`sid-${i}`, data(i), (e) => (e ? ko(e) : ok()))));
  const get = await run((i) => new Promise((ok, ko) => sessions.get(`sid-${i}`, (e, s) => (e || !s ? ko(e ?? new Error('missing')) : ok(s)))));
  return `sessions (${CONCURRENCY} concurrent): set ${set.toLocaleString('en')}/s, get ${get.toLocaleString('en')}/s`;
}

async function bench(name: string, open: () => Promise<Store>, load: (rows: Row[]) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    const { generation } = await store.config.save(change('consumer-key-1'), 'bench');
    const t0 = performance.now();
    await load(tokenRows(generation));
    console.log(`${name}`);
    console.log(`  (set-up: ${USERS.toLocaleString('en')} connected users encrypted and inserted in ${ms(t0).toFixed(0)} ms)`);
    console.log(`  ${await tokenReads(store)}`);
    for (const line of await purge(store)) console.log(`  ${line}`);
    console.log(`  ${await sessionsPerSecond(store.sessionStore())}`);
  } finally {
    await store.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'store-bench-'));
try {
  const path = join(dir, 'bench.db');
  await bench('SQLite (node:sqlite, WAL)', () => openStore({ databaseUrl: path, encryptionKeys: [key] }), async (rows) => insertSqlite(path, rows));
} finally {
  await rm(dir, { recursive: true, force: true });
}

const server = await testDatabaseUrl();
const { url } = server;
const schema = `store_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
await admin.connect();
try {
  const version = (await admin.query<{ v: string }>('SELECT current_setting($$server_version$$) AS v')).rows[0]?.v;
  await bench(`PostgreSQL ${version} (pg, local)`, () => openStore({ databaseUrl: url, encryptionKeys: [key], postgres: { schema } }), (rows) => insertPg(url, schema, rows));
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end();
  await server.stop();
}
