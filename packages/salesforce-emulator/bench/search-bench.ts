// pnpm bench: SOSL searches per second against the seeded org, from a loopback client, with the
// emulator alone in its own process. Baselines in the same run: the cheapest REST call over the
// same HTTP path, and the same searches in-process without HTTP.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Browser } from '@sfsearch/test-browser';
import { accessFor } from '../src/org/access.ts';
import { createState } from '../src/state.ts';
import { parseSosl } from '../src/search/sosl.ts';
import { runSearch } from '../src/search/run-search.ts';

for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete process.env[name];

const CALLBACK = 'http://127.0.0.1:9/cb';
const VERSION = '62.0';
const TERMS = ['Logistics', 'Summit*', 'Blue Harbor', '"Harbor Point"', 'Energy AND Summit', 'Rossi', "O\\'Brien", 'Garcia OR Tanaka', 'Zen*', 'Pharma', 'Follow', 'Cloud Security'];
const sosl = (term: string) => `FIND {${term}} IN ALL FIELDS RETURNING Account(Id, Name, Type, Industry, BillingCity, Owner.Name LIMIT 5), `
  + 'Lead(Id, Name, Company, Email, Status LIMIT 5), Task(Id, Subject, Status, Priority, ActivityDate, Who.Name, What.Name LIMIT 5), '
  + 'Campaign(Id, Name, Type, Status, StartDate, EndDate, IsActive LIMIT 5) LIMIT 20';
const SEARCHES = 6000;
const CONCURRENCY = 8;

async function token(base: string, key: string, secret: string, username: string): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const params = new URLSearchParams({ response_type: 'code', client_id: key, redirect_uri: CALLBACK, scope: 'api', code_challenge: challenge });
  const { callback } = await new Browser().authorize(`${base}/services/oauth2/authorize?${params}`, { username, password: 'salesforce-demo' });
  const body = new URLSearchParams({ grant_type: 'authorization_code', code: callback!.searchParams.get('code')!, client_id: key, client_secret: secret, redirect_uri: CALLBACK, code_verifier: verifier });
  const answer = await fetch(`${base}/services/oauth2/token`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  return ((await answer.json()) as { access_token: string }).access_token;
}

async function load(label: string, count: number, request: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < count) {
      const i = next++;
      const t = performance.now();
      await request(i);
      latencies.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(2);
  console.log(`${label.padEnd(44)} ${(count / seconds).toFixed(0).padStart(7)}/s   p50 ${pct(0.5)} ms   p99 ${pct(0.99)} ms`);
  return count / seconds;
}

const child = spawn(process.execPath, [fileURLToPath(new URL('./emulator-process.ts', import.meta.url)), CALLBACK], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const [line] = await once(createInterface({ input: child.stdout! }), 'line') as [string];
  const { url, consumerKey, consumerSecret } = JSON.parse(line) as { url: string; consumerKey: string; consumerSecret: string };
  const tokens = await Promise.all(['ada.admin@globex.example', 'sofia.rossi@globex.example'].map((u) => token(url, consumerKey, consumerSecret, u)));
  const get = async (path: string, i: number) => {
    const response = await fetch(`${url}/services/data/v${VERSION}/${path}`, { headers: { authorization: `Bearer ${tokens[i % 2]}` } });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  console.log(`Salesforce emulator benchmark: ${SEARCHES} requests each, ${CONCURRENCY} in flight, emulator in its own process`);
  await load('warm-up (searches)', 1000, (i) => get(`search?q=${encodeURIComponent(sosl(TERMS[i % TERMS.length]!))}`, i));
  const floor = await load('baseline: GET limits (HTTP + auth, no work)', SEARCHES, (i) => get('limits', i));
  const searches = await load('SOSL search, 4 objects, lookups, LIMIT 20', SEARCHES, (i) => get(`search?q=${encodeURIComponent(sosl(TERMS[i % TERMS.length]!))}`, i));

  const state = createState({ callbackUrls: [CALLBACK] }, { refreshProcessingMs: 0, codeTtlSeconds: 900, tokenChecks: 'client-first' }, 'http://bench');
  const sofia = state.users.byUsername.get('sofia.rossi@globex.example')!;
  const access = accessFor(sofia);
  const context = { indexes: state.indexes, visibility: state.visibility(sofia), lookup: state.lookup, apiVersion: VERSION, access };
  const started = performance.now();
  for (let i = 0; i < SEARCHES; i++) runSearch(parseSosl(sosl(TERMS[i % TERMS.length]!), access), context);
  const inProcess = SEARCHES / ((performance.now() - started) / 1000);
  console.log(`${'baseline: same searches in-process, no HTTP'.padEnd(44)} ${inProcess.toFixed(0).padStart(7)}/s`);
  console.log(`\nSOSL searches/s over loopback: ${searches.toFixed(0)} (target ≥ 1,000/s; ${((searches / floor) * 100).toFixed(0)}% of the HTTP floor)`);
  if (searches < 1000) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
}
