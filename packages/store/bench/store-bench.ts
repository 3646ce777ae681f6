// Prints, for each adapter: token read p50/p99, saveConfig purging 100,000 connected users
// (target under 1 s: a miss exits 1), session get/set per second, and the admin's list of
// connections over 10,000 people (target under 200 ms a page: a miss exits 1). PostgreSQL is the one the
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
const LIST_PEOPLE = Number(process.env.BENCH_LIST_PEOPLE ?? 10_000);
const LIST_TARGET_MS = 200;
const LIST_RUNS = 30;
const key = generateEncryptionKey('bench');
const keyring = createKeyring([key]);
const change = (consumerKey: string) => ({ consumerKey, consumerSecret: 'secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });

type Row = [string, number, string, string, string, string, string, string, string, string, number, number];

/** Connected rows as saveConnected would write them, built once and bulk-inserted. */
function tokenRows(generation: number, count = USERS): Row[] {
  const now = Date.now();
  return Array.from({ length: count }, (_, i): Row => {
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

/** Who each connection belongs to and when they last searched, as connecting and searching write them. */
const PEOPLE_SQL = `UPDATE salesforce_tokens SET person_name = 'Person ' || substr(user_id, 6),
  person_email = user_id || '@intranet.example', last_used_at = connected_at`;

/**
 * The admin's list, as the admin page asks for it: the first page, one deep in the list, the last,
 * a search that finds a few people and one that finds nobody; against a primary-key read (the
 * baseline: the cheapest query the BFF makes) in the same run.
 */
async function connectionList(store: Store): Promise<string[]> {
  const time = async (query: Parameters<Store['tokens']['list']>[0]) => {
    const samples: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      const t0 = performance.now();
      const { entries } = await store.tokens.list(query);
      samples.push(ms(t0));
      if (entries.length === 0 && query.q !== 'nobody-at-all') throw new Error(`nothing listed for ${JSON.stringify(query)}`);
    }
    return samples.sort((a, b) => a - b);
  };
  const baseline: number[] = [];
  for (let i = 0; i < LIST_RUNS; i++) {
    const t0 = performance.now();
    await store.tokens.getStatus(`user-${String(i).padStart(6, '0')}`);
    baseline.push(ms(t0));
  }
  baseline.sort((a, b) => a - b);
  const lines = [`admin's list of ${LIST_PEOPLE.toLocaleString('en')} connections, 25 a page, ${LIST_RUNS} runs each (target p95 < ${LIST_TARGET_MS} ms):`];
  const cases: [string, Parameters<Store['tokens']['list']>[0]][] = [
    ['first page', { limit: 25, offset: 0 }],
    ['page 200', { limit: 25, offset: 4975 }],
    ['last page', { limit: 25, offset: LIST_PEOPLE - 25 }],
    ['search "00012" (11 people)', { q: '00012', limit: 25, offset: 0 }],
    ['search that finds nobody', { q: 'nobody-at-all', limit: 25, offset: 0 }],
  ];
  for (const [what, query] of cases) {
    const samples = await time(query);
    const p95 = pct(samples, 95);
    const met = p95 < LIST_TARGET_MS;
    if (!met) process.exitCode = 1;
    lines.push(`  ${what.padEnd(34)} p50 ${pct(samples, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  (${met ? 'met' : 'MISSED'})`);
  }
  lines.push(`  baseline: one person's status by key    p50 ${pct(baseline, 50).toFixed(2)} ms  p95 ${pct(baseline, 95).toFixed(2)} ms`);
  return lines;
}

async function listBench(open: () => Promise<Store>, load: (rows: Row[]) => Promise<void>): Promise<string[]> {
  const store = await open();
  try {
    const { generation } = await store.config.save(change('consumer-key-1'), 'bench');
    await load(tokenRows(generation, LIST_PEOPLE));
    return await connectionList(store);
  } finally {
    await store.close();
  }
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
  const listPath = join(dir, 'list.db');
  const lines = await listBench(() => openStore({ databaseUrl: listPath, encryptionKeys: [key] }), async (rows) => {
    insertSqlite(listPath, rows);
    const db = new DatabaseSync(listPath);
    db.exec(PEOPLE_SQL);
    db.close();
  });
  for (const line of lines) console.log(`  ${line}`);
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
  const lines = await listBench(() => openStore({ databaseUrl: url, encryptionKeys: [key], postgres: { schema: `${schema}_list` } }), async (rows) => {
    await insertPg(url, `${schema}_list`, rows);
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}_list` });
    await client.connect();
    await client.query(PEOPLE_SQL);
    await client.query('ANALYZE salesforce_tokens');
    await client.end();
  });
  for (const line of lines) console.log(`  ${line}`);
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}_list" CASCADE`);
  await admin.end();
  await server.stop();
}
