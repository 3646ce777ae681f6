// pnpm bench: what the BFF adds to a search (docs/decisions/0006-bff-cpu-per-search.md). The
// Salesforce emulator, the BFF (src/main.ts: SQLite, default logging), a floor server (the least
// any BFF does) and the load generator (autocannon) each run in their own process. The same
// searches by 50 people at once, directly with each person's own token, through the floor and
// through the BFF: once with a Salesforce-like latency and once with none (CPU-bound). Also how
// many Salesforce calls a search costs (must be 1: a miss exits 1). BENCH_CPU_PROFILE=1 profiles
// the BFF; BENCH_LATENCIES=150 and BENCH_ROUNDS=n narrow a run.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { createIntranetIdp, DEMO_PASSWORD, type SeedUser } from '@sfsearch/intranet-idp';
import { buildSearchSosl, API_VERSION } from '@sfsearch/salesforce';
import { openStore, parseEncryptionKeys } from '@sfsearch/store';
import { freePort } from '../test/support/free-port.ts';
import { Person } from '../test/support/stack.ts';
import type { LoadPlan, LoadResult } from './load-generator.ts';
import { summariseProfile } from './support/profile-summary.ts';
import { startProcess, type BenchProcess } from './support/processes.ts';

for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete process.env[name];

const PEOPLE = 50;
const LATENCY_MS = 150;
const SEARCHES_EACH = { [LATENCY_MS]: 40, 0: 100 } as Record<number, number>;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TERMS = ['Logistics', 'Summit', 'Blue Harbor', 'Energy', 'Rossi', "O'Brien", 'Garcia', 'Zenith', 'Pharma', 'Follow up'];
const TYPES = ['account', 'lead', 'task', 'campaign'] as const;
// BENCH_LATENCIES=150 runs one setting only (e.g. to profile it).
const LATENCIES = (process.env.BENCH_LATENCIES ?? `${LATENCY_MS},0`).split(',').map(Number);
const TARGETS = { cpuMs: 0.3, addedP50: 1, addedP99: 5 };
const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'bff-bench-'));
const profiling = process.env.BENCH_CPU_PROFILE === '1';
const [bffPort, emulatorPort] = [await freePort(), await freePort()];
const bffUrl = `http://127.0.0.1:${bffPort}`;
const users: SeedUser[] = Array.from({ length: PEOPLE }, (_, i) => ({
  sub: `bench${i + 1}`, username: `bench${i + 1}`, password: DEMO_PASSWORD, name: `Bench User ${i + 1}`,
  givenName: 'Bench', familyName: `User ${i + 1}`, email: `bench${i + 1}@intranet.example`, groups: ['employees'],
}));
// The intranet IdP is only used while people sign in, before anything is measured.
const idp = await createIntranetIdp({ users, clients: [{ clientId: 'sfsearch-bff', clientSecret: 'bench-secret', redirectUris: [`${bffUrl}/auth/callback`], postLogoutRedirectUris: [`${bffUrl}/`] }] });
const processes: BenchProcess[] = [];

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

async function load(plan: LoadPlan): Promise<LoadResult> {
  const child = spawn(process.execPath, [path('./load-generator.ts')], { env: { PATH: process.env.PATH ?? '' }, stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdin.end(JSON.stringify(plan));
  const [output, code] = await Promise.all([text(child.stdout), new Promise((resolve) => child.once('exit', resolve))]);
  if (code !== 0) throw new Error(`the load generator exited with ${String(code)}`);
  return JSON.parse(output) as LoadResult;
}

async function control(action: string, body: unknown = {}) {
  const res = await fetch(`${emulator.url}/__emulator/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`emulator control ${action} answered ${res.status}`);
  return res.json() as Promise<Record<string, unknown>>;
}

const cpuSince = (process: BenchProcess, before: number | undefined) => {
  const now = process.cpuMs();
  return now === undefined || before === undefined ? undefined : now - before;
};

/** One run of every person's searches, with the CPU time the serving process spent on it. */
async function measure(label: string, plan: LoadPlan, server: BenchProcess) {
  const before = server.cpuMs();
  const result = await load(plan);
  const cpu = cpuSince(server, before);
  if (result.failed > 0) throw new Error(`${label}: ${result.failed} of ${result.searches} searches failed`);
  const { p50, p99 } = percentiles(result.latencies);
  const cpuPerSearch = cpu === undefined ? undefined : cpu / result.searches;
  console.log(`  ${label.padEnd(32)} p50 ${p50.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   ${(result.searches / result.seconds).toFixed(0).padStart(5)} searches/s   its CPU per search ${cpuPerSearch === undefined ? 'n/a' : `${cpuPerSearch.toFixed(3)} ms`}`);
  return { p50, p99, cpuPerSearch };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
const emulator = { url: `http://127.0.0.1:${emulatorPort}` };
try {
  const emulatorProcess = await startProcess({
    args: [path('../../../packages/salesforce-emulator/src/cli.ts'), '--port', String(emulatorPort), '--extra-users', String(PEOPLE),
      '--callback-url', `${bffUrl}/marketplace/salesforce/account/sign-in/oauth2`],
    env: {}, logFile: join(dir, 'emulator.log'), readyUrl: `${emulator.url}/__emulator/calls`,
  });
  processes.push(emulatorProcess);
  const floorPort = await freePort();
  const floor = await startProcess({
    args: [path('./floor-server.ts'), emulator.url, String(floorPort)], env: {}, logFile: join(dir, 'floor.log'), readyUrl: `http://127.0.0.1:${floorPort}/healthz`,
  });
  processes.push(floor);
  const app = await control('app') as { consumerKey: string; consumerSecret: string };
  const databaseUrl = join(dir, 'bff.db');
  const env = {
    PORT: String(bffPort), HOST: '127.0.0.1', PUBLIC_URL: bffUrl, DATABASE_URL: databaseUrl, ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    SESSION_SECRET: randomBytes(32).toString('hex'), OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'sfsearch-bff', OIDC_CLIENT_SECRET: 'bench-secret',
    ALLOW_LOCAL_LOGIN_HOSTS: 'true', SEARCHES_PER_MINUTE_PER_USER: '100000', SEARCHES_PER_MINUTE_ORG: '10000000',
  };
  const store = await openStore({ databaseUrl, encryptionKeys: parseEncryptionKeys(env.ENCRYPTION_KEYS) });
  await store.config.save({ consumerKey: app.consumerKey, consumerSecret: app.consumerSecret, loginHost: emulator.url, scopes: ['api', 'refresh_token', 'id'] }, 'bench@intranet.example');
  const bff = await startProcess({
    args: [...(profiling ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, 'profile')}`] : []), path('../src/main.ts')],
    env, logFile: join(dir, 'bff.log'), readyUrl: `${bffUrl}/healthz`,
  });
  processes.push(bff);

  const people = users.map((u) => new Person({ url: bffUrl, backend: bffUrl }, u.username));
  for (const [i, person] of people.entries()) {
    await person.signIn();
    const page = await person.connect({ popup: true, salesforceUser: `user${i + 1}@globex.example` });
    if (page.status !== 200) throw new Error(`bench${i + 1} could not connect: ${page.status}`);
  }
  const tokens = await Promise.all(users.map((u) => store.tokens.getUsable(u.sub)));
  await store.close();
  const terms = (person: number) => TERMS.map((_, i) => TERMS[(person + i) % TERMS.length]!);
  // The BFF asks for one more than it shows (to tell whether there are more); so do the others.
  const soslPath = (term: string) => `/services/data/v${API_VERSION}/search/?q=${encodeURIComponent(buildSearchSosl(term, [...TYPES], 6))}`;
  const withToken = (origin: (instanceUrl: string) => string) => (searchesEach: number): LoadPlan => ({
    searchesEach,
    people: tokens.map((token, person) => ({
      origin: origin(token!.instanceUrl), headers: { authorization: `Bearer ${token!.accessToken}` }, paths: terms(person).map(soslPath),
    })),
  });
  const direct = withToken((instanceUrl) => instanceUrl);
  const viaFloor = withToken(() => `http://127.0.0.1:${floorPort}`);
  const viaBff = (searchesEach: number): LoadPlan => ({
    searchesEach,
    people: people.map((person, i) => ({
      origin: bffUrl, headers: { cookie: person.browser.cookieNames().map((name) => `${name}=${person.browser.cookie(name)}`).join('; ') },
      paths: terms(i).map((term) => `/api/salesforce/search?q=${encodeURIComponent(term)}&types=${TYPES.join(',')}&limit=5`),
    })),
  });

  console.log(`BFF overhead: ${PEOPLE} people at once, the same SOSL every way; Salesforce emulator, BFF, floor and load generator each in its own process`);
  console.log(`(floor: an Express route passing the search to Salesforce with undici and nothing else, the least any BFF costs on this machine)`);
  await control('reset-calls');
  await measure('warm-up (through the BFF)', viaBff(30), bff);
  await measure('warm-up (through the floor)', viaFloor(30), floor);
  // Each person's first search describes what their profile may read (one call per type), once a day.
  const calls = await control('calls') as { byEndpoint: Record<string, number> };
  const describes = calls.byEndpoint.sobjects ?? 0;
  let hardMiss = false;
  for (const latency of LATENCIES) {
    await control('latency', { ms: latency });
    const searchesEach = SEARCHES_EACH[latency]!;
    console.log(`Salesforce answering in ${latency} ms + its own work, ${searchesEach} searches per person, BFF and floor in ${ROUNDS} alternating rounds:`);
    const baseline = await measure('directly against Salesforce', direct(searchesEach), emulatorProcess);
    const rounds: { floor: Awaited<ReturnType<typeof measure>>; bff: Awaited<ReturnType<typeof measure>> }[] = [];
    await control('reset-calls');
    for (let round = 1; round <= ROUNDS; round++) {
      const floorRound = await measure(`through the floor, round ${round}`, viaFloor(searchesEach), floor);
      rounds.push({ floor: floorRound, bff: await measure(`through the BFF, round ${round}`, viaBff(searchesEach), bff) });
    }
    const bffCalls = await control('calls') as { total: number; byEndpoint: Record<string, number> };
    const bffSearches = (bffCalls.byEndpoint.search ?? 0) - PEOPLE * searchesEach * ROUNDS;
    const perSearch = bffSearches / (PEOPLE * searchesEach * ROUNDS);
    const other = bffCalls.total - (bffCalls.byEndpoint.search ?? 0);
    const through = { p50: median(rounds.map((r) => r.bff.p50)), p99: median(rounds.map((r) => r.bff.p99)) };
    const added = { p50: through.p50 - baseline.p50, p99: through.p99 - baseline.p99 };
    const cpu = rounds.every((r) => r.bff.cpuPerSearch !== undefined) ? median(rounds.map((r) => r.bff.cpuPerSearch!)) : undefined;
    const floorCpu = rounds.every((r) => r.floor.cpuPerSearch !== undefined) ? median(rounds.map((r) => r.floor.cpuPerSearch!)) : undefined;
    const target = (value: number, limit: number) => (latency === LATENCY_MS ? ` (target ≤ ${limit}: ${mark(value <= limit)})` : '');
    console.log(`  added by the BFF (medians):     p50 ${added.p50.toFixed(2)} ms${target(added.p50, TARGETS.addedP50)}   p99 ${added.p99.toFixed(2)} ms${target(added.p99, TARGETS.addedP99)}${latency === LATENCY_MS ? '' : '   (CPU-bound: two cores for four processes; no target)'}`);
    if (cpu === undefined || floorCpu === undefined) console.log('  BFF CPU per search: n/a (no /proc)');
    else console.log(`  BFF CPU per search (median):   ${cpu.toFixed(3)} ms${target(cpu, TARGETS.cpuMs)}; the floor ${floorCpu.toFixed(3)} ms, so the BFF's own work ${(cpu - floorCpu).toFixed(3)} ms`);
    console.log(`  Salesforce calls per BFF search: ${perSearch.toFixed(2)} search + ${other} other calls (target 1.00 and 0: ${mark(perSearch === 1 && other === 0)})`);
    if (perSearch !== 1 || other !== 0) hardMiss = true;
  }
  console.log(`describe calls: ${describes}, all in the warm-up, ${(describes / PEOPLE).toFixed(0)} per person (target ${TYPES.length}, once a day: ${mark(describes === PEOPLE * TYPES.length)})`);
  if (describes !== PEOPLE * TYPES.length) hardMiss = true;
  if (hardMiss) process.exitCode = 1;
} finally {
  await Promise.all(processes.map((p) => p.stop()));
  await idp.close();
  if (profiling) {
    const profileDir = join(dir, 'profile');
    for (const file of readdirSync(profileDir)) {
      console.log(`BFF CPU profile of the whole run (${join(profileDir, file)}):`);
      for (const line of summariseProfile(join(profileDir, file))) console.log(line);
    }
  } else {
    rmSync(dir, { recursive: true, force: true });
  }
}
