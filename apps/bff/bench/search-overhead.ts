// pnpm bench: what the BFF adds to a search. The same searches, 50 people at once, made directly
// against the Salesforce emulator (with each person's own token) and through the BFF, in one run;
// and how many Salesforce calls one search costs (must be 1).
import { DEMO_PASSWORD, type SeedUser } from '@sfsearch/intranet-idp';
import { buildSearchSosl, API_VERSION } from '@sfsearch/salesforce';
import { configureSalesforce, Person, startStack } from '../test/support/stack.ts';

for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete process.env[name];

const PEOPLE = 50;
const SEARCHES_EACH = 20;
const TERMS = ['Logistics', 'Summit', 'Blue Harbor', 'Energy', 'Rossi', "O'Brien", 'Garcia', 'Zenith', 'Pharma', 'Follow up'];
const TYPES = ['account', 'lead', 'task', 'campaign'] as const;

const users: SeedUser[] = Array.from({ length: PEOPLE }, (_, i) => ({
  sub: `bench${i + 1}`, username: `bench${i + 1}`, password: DEMO_PASSWORD, name: `Bench User ${i + 1}`,
  givenName: 'Bench', familyName: `User ${i + 1}`, email: `bench${i + 1}@intranet.example`, groups: ['employees'],
}));
const stack = await startStack({
  extraIntranetUsers: users, emulator: { extraUsers: PEOPLE },
  env: { LOG_LEVEL: 'warn', SEARCHES_PER_MINUTE_PER_USER: '100000', SEARCHES_PER_MINUTE_ORG: '1000000' },
});

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

async function run(label: string, search: (person: number, term: string) => Promise<void>) {
  const samples: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: PEOPLE }, async (_, person) => {
    for (let i = 0; i < SEARCHES_EACH; i++) {
      const t = performance.now();
      await search(person, TERMS[(person + i) % TERMS.length]!);
      samples.push(performance.now() - t);
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const { p50, p99 } = percentiles(samples);
  console.log(`${label.padEnd(28)} p50 ${p50.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   ${(samples.length / seconds).toFixed(0).padStart(6)} searches/s`);
  return { p50, p99 };
}

try {
  await configureSalesforce(stack);
  const people = users.map((u) => new Person(stack, u.username));
  for (const [i, person] of people.entries()) {
    await person.signIn();
    const page = await person.connect({ popup: true, salesforceUser: `user${i + 1}@globex.example` });
    if (page.status !== 200) throw new Error(`bench${i + 1} could not connect: ${page.status}`);
  }
  const tokens = await Promise.all(users.map((u) => stack.store.tokens.getUsable(u.sub)));
  const direct = async (person: number, term: string) => {
    const sosl = buildSearchSosl(term, [...TYPES], 5);
    const res = await fetch(`${tokens[person]!.instanceUrl}/services/data/v${API_VERSION}/search/?q=${encodeURIComponent(sosl)}`, {
      headers: { authorization: `Bearer ${tokens[person]!.accessToken}` },
    });
    if (res.status !== 200) throw new Error(`direct search answered ${res.status}`);
    await res.arrayBuffer();
  };
  const viaBff = async (person: number, term: string) => {
    const answer = await people[person]!.search(term, '&types=account,lead,task,campaign&limit=5');
    if (answer.status !== 200) throw new Error(`BFF search answered ${answer.status}: ${JSON.stringify(answer.json)}`);
  };
  console.log(`Search overhead of the BFF: ${PEOPLE} people at once, ${SEARCHES_EACH} searches each, same SOSL both ways`);
  stack.emulator.control.resetCalls();
  await run('warm-up (through the BFF)', viaBff);
  // Each person's first search describes what their profile may read (one call per type), once a day.
  const describes = stack.emulator.control.callCount({ endpoint: 'sobjects' });
  const baseline = await run('directly against Salesforce', direct);
  stack.emulator.control.resetCalls();
  const bff = await run('through the BFF', viaBff);
  const calls = stack.emulator.control.calls();
  const perSearch = (calls.byEndpoint.search ?? 0) / (PEOPLE * SEARCHES_EACH);
  const other = calls.total - (calls.byEndpoint.search ?? 0);
  console.log(`overhead added by the BFF:   p50 ${(bff.p50 - baseline.p50).toFixed(2)} ms   p99 ${(bff.p99 - baseline.p99).toFixed(2)} ms`);
  console.log(`Salesforce calls per search, steady state: ${perSearch.toFixed(2)} search + ${other} other calls in all (must be 1.00 and 0)`);
  console.log(`describe calls in the run: ${describes}, all in the warm-up (${(describes / PEOPLE).toFixed(0)} per person; target ${TYPES.length}, once a day)`);
  if (perSearch !== 1 || other !== 0 || describes !== PEOPLE * TYPES.length) process.exitCode = 1;
} finally {
  await stack.close();
}
