// Two BFF processes on one PostgreSQL behind one entry point behave as one: any step of any flow
// on either instance, configuration changes in force everywhere at the next request, one refresh
// however many ask, and rate limits counted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, startInstances, type Instances } from './support/instances.ts';
import { configureSalesforce, Person } from './support/stack.ts';

let database: Awaited<ReturnType<typeof freshDatabase>>;
let stack: Instances;
beforeAll(async () => {
  database = await freshDatabase(process.env.STORE_TEST_DATABASE_URL!);
  stack = await startInstances({
    databaseUrl: database.url, emulator: { app: { refreshTokenRotation: true } },
    env: { SEARCHES_PER_MINUTE_PER_USER: '10', SIGN_INS_PER_MINUTE_PER_USER: '100' },
  });
  await configureSalesforce(stack);
}, 60_000);
afterAll(async () => {
  await stack?.close();
  await database?.drop();
});

/** Sends harmless requests until the entry point's next request goes to `backend` (round robin). */
async function nextRequestOn(backend: number) {
  while (stack.proxy.history().length % stack.instances.length !== backend) await fetch(`${stack.url}/healthz`);
}

/** The instance that answered the last request to `path`. */
const servedBy = (path: string) => stack.proxy.history().filter((h) => h.path === path).at(-1)?.backend;

describe('every step works whichever instance answers it', () => {
  it('intranet sign-in, Salesforce sign-in and a CSRF-protected request, each started on one instance and finished on the other', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    expect(servedBy('/auth/sign-in')).not.toBe(servedBy('/auth/callback'));
    const me = await sofia.api('GET', '/api/me');
    expect(me.json.user).toMatchObject({ id: 'sofia.rossi' });

    await sofia.connect();
    expect(servedBy('/marketplace/salesforce/account/sign-in')).not.toBe(servedBy('/marketplace/salesforce/account/sign-in/oauth2'));
    const answers = [await sofia.search('Logistics'), await sofia.search('Energy')];
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(new Set(stack.proxy.history().filter((h) => h.path === '/api/salesforce/search').map((h) => h.backend))).toEqual(new Set([0, 1]));

    // The CSRF token was made where the sign-in finished: use it on the other instance.
    const madeOn = servedBy('/auth/callback')!;
    await nextRequestOn(1 - madeOn);
    expect((await sofia.api('POST', '/api/salesforce/connection/disconnect')).json).toEqual({ ok: true });
    expect(servedBy('/api/salesforce/connection/disconnect')).toBe(1 - madeOn);
  });

  it('a configuration saved through one instance is in force on the other at its next request', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    const saved = await ada.api('PUT', '/api/admin/marketplace/salesforce', {
      consumerKey: stack.emulator.app.consumerKey, loginHost: stack.emulator.url, scopes: ['api', 'refresh_token', 'id', 'email'],
    });
    expect(saved.json).toEqual({ purgedTokens: 1 });
    const savedOn = servedBy('/api/admin/marketplace/salesforce');
    const status = await liam.api('GET', '/api/salesforce/connection');
    expect(servedBy('/api/salesforce/connection')).not.toBe(savedOn);
    expect(status.json).toEqual({ configured: true, status: 'reconnect-required', reason: 'config-changed' });
    expect((await liam.search('Logistics')).json.error).toMatchObject({ code: 'reconnect-required', reason: 'config-changed' });
  });
});

it('50 searches at once by one person whose session expired, over both instances: one refresh at Salesforce, all answered, nobody signed out', async () => {
  const own = await freshDatabase(process.env.STORE_TEST_DATABASE_URL!);
  const many = await startInstances({
    databaseUrl: own.url, emulator: { app: { refreshTokenRotation: true } }, env: { SEARCHES_PER_MINUTE_PER_USER: '1000' },
  });
  try {
    await configureSalesforce(many);
    const sofia = new Person(many, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    expect((await sofia.search('Logistics')).status).toBe(200);
    many.emulator.control.expireAccessTokens('sofia.rossi@globex.example');
    many.emulator.control.resetCalls();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => sofia.search(['Logistics', 'Energy', 'Summit'][i % 3]!)));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(many.emulator.control.callCount({ endpoint: 'token', username: 'sofia.rossi@globex.example' })).toBe(1);
    const served = new Set(many.proxy.history().slice(-50).map((h) => h.backend));
    expect(served).toEqual(new Set([0, 1]));
    expect(many.emulator.control.activeRefreshTokens('sofia.rossi@globex.example')).toBe(1);
    expect((await sofia.api('GET', '/api/salesforce/connection')).json.status).toBe('connected');
  } finally {
    await many.close();
    await own.drop();
  }
}, 60_000);

it('rate limits are counted once for all instances', async () => {
  const noah = new Person(stack, 'noah.lee');
  await noah.signIn();
  await noah.connect();
  const statuses: number[] = [];
  for (let i = 0; i < 14; i++) statuses.push((await noah.search('Logistics')).status);
  expect(statuses.filter((s) => s === 200)).toHaveLength(10);
  expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
  expect(new Set(stack.proxy.history().filter((h) => h.path === '/api/salesforce/search').slice(-14).map((h) => h.backend))).toEqual(new Set([0, 1]));
});
