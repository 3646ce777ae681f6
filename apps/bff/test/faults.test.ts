// Faults survived with real processes and a real PostgreSQL (a private one, so it can be
// restarted): the database going away, an instance killed or restarted, Salesforce failing for
// one person. Nothing is lost, and nobody has to sign in again.
import { startEmbeddedPostgres, type EmbeddedServer } from '@sfsearch/test-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInstances, type Instances } from './support/instances.ts';
import { configureSalesforce, Person } from './support/stack.ts';

let postgres: EmbeddedServer;
let stack: Instances;
let sofia: Person;
let liam: Person;
beforeAll(async () => {
  postgres = await startEmbeddedPostgres();
  stack = await startInstances({ databaseUrl: postgres.url, env: { SEARCHES_PER_MINUTE_PER_USER: '10000', SALESFORCE_TIMEOUT_MS: '1500' } });
  await configureSalesforce(stack);
  sofia = new Person(stack, 'sofia.rossi');
  liam = new Person(stack, 'liam.brown');
  for (const p of [sofia, liam]) { await p.signIn(); await p.connect(); }
}, 90_000);
afterAll(async () => {
  await stack?.close();
  await postgres?.destroy();
});

/** Searches as fast as answers come, until told to stop; answers every status seen, in order. */
function keepSearching(person: Person) {
  const statuses: { status: number; code?: string; message?: string; at: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const answer = await person.search('Logistics');
      statuses.push({ status: answer.status, code: answer.json.error?.code, message: answer.json.error?.message, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return { statuses, stop: async () => { running = false; await done; } };
}

const readiness = () => Promise.all(stack.instances.map((i) => fetch(`${i.url}/readyz`).then((r) => r.status, () => 0)));

describe('PostgreSQL restarted while people search', () => {
  it('answers 503 with a message a person can act on meanwhile, says not ready, and recovers by itself with nothing lost', async () => {
    const tokensBefore = await stack.store.tokens.getUsable('sofia.rossi');
    const searching = keepSearching(sofia);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await postgres.stop();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await readiness()).toEqual([503, 503]);
    const stoppedAt = Date.now();
    await postgres.start();
    await expect.poll(readiness, { timeout: 20_000 }).toEqual([200, 200]);
    await expect.poll(() => searching.statuses.at(-1)?.status, { timeout: 20_000 }).toBe(200);
    await searching.stop();

    const during = searching.statuses.filter((s) => s.status !== 200);
    expect(during.length).toBeGreaterThan(0);
    for (const answer of during) {
      expect(answer).toMatchObject({ status: 503, code: 'service-unavailable', message: expect.stringContaining('Try again in a minute; you stay signed in') });
    }
    expect(searching.statuses.filter((s) => s.at > stoppedAt + 10_000 && s.status !== 200)).toEqual([]);
    // Nothing lost or corrupted: the same session, the same tokens, the same configuration.
    expect((await sofia.api('GET', '/api/me')).status).toBe(200);
    expect(await stack.store.tokens.getUsable('sofia.rossi')).toEqual(tokensBefore);
    expect((await sofia.api('GET', '/api/salesforce/connection')).json).toMatchObject({ configured: true, status: 'connected' });
  }, 60_000);
});

describe('a BFF instance going away', () => {
  it('killed while people search: the other keeps serving, and nobody is signed out', async () => {
    const searching = keepSearching(sofia);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stack.instances[0]!.kill('SIGKILL');
    const killedAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await searching.stop();
    // A search in flight on the killed instance may be lost with it; every one after is answered.
    expect(searching.statuses.filter((s) => s.at > killedAt + 200 && s.status !== 200)).toEqual([]);
    expect(searching.statuses.filter((s) => s.at > killedAt + 200).length).toBeGreaterThan(3);
    expect((await liam.search('Energy')).status).toBe(200);
    await stack.instances[0]!.start();
  }, 30_000);

  it('restarted, both of them: sessions, connections and the configuration survive', async () => {
    for (const instance of stack.instances) await instance.kill();
    for (const instance of stack.instances) await instance.start();
    expect((await sofia.api('GET', '/api/me')).json.user).toMatchObject({ id: 'sofia.rossi' });
    expect((await sofia.search('Summit')).status).toBe(200);
    expect((await liam.search('Summit')).status).toBe(200);
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    expect((await ada.api('GET', '/api/admin/marketplace/salesforce')).json).toMatchObject({ configured: true, connectedUsers: 2 });
  }, 30_000);
});

describe('Salesforce failing for one person', () => {
  it('gives that person a clear error, and nobody else notices', async () => {
    // Both instances know what each may read (describe), so the faults meet the searches themselves.
    for (const p of [sofia, liam]) for (let i = 0; i < 2; i++) expect((await p.search('Logistics')).status).toBe(200);
    stack.emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data', username: 'sofia.rossi@globex.example' });
    stack.emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/data', username: 'sofia.rossi@globex.example' });
    const started = Date.now();
    const [down, others, hung] = await Promise.all([
      sofia.search('Pharma'),
      Promise.all(Array.from({ length: 5 }, () => liam.search('Pharma').then((a) => ({ status: a.status, ms: Date.now() - started })))),
      new Promise((resolve) => setTimeout(resolve, 50)).then(() => sofia.search('Zenith')),
    ]);
    expect(down.json.error).toMatchObject({ code: 'salesforce-unavailable' });
    expect(hung.json.error).toMatchObject({ code: 'salesforce-unavailable', reason: 'timeout' });
    for (const answer of others) {
      expect(answer.status).toBe(200);
      expect(answer.ms).toBeLessThan(1500);
    }
    expect((await sofia.search('Pharma')).status).toBe(200);
  }, 30_000);
});
