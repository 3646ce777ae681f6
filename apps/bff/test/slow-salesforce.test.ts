// A slow or hung Salesforce: SALESFORCE_TIMEOUT_MS bounds every call and what a person waits,
// hung requests are aborted (nothing left open), and requests waiting on one refresh share its
// outcome instead of retrying one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

const TIMEOUT_MS = 700;
const SOFIA = 'sofia.rossi@globex.example';
let stack: Stack;
let sofia: Person;
beforeAll(async () => {
  stack = await startStack({ env: { SALESFORCE_TIMEOUT_MS: String(TIMEOUT_MS), SEARCHES_PER_MINUTE_PER_USER: '1000' } });
  await configureSalesforce(stack);
  sofia = new Person(stack, 'sofia.rossi');
  await sofia.signIn();
  await sofia.connect();
});
afterAll(() => stack.close());

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
}

describe('Salesforce hanging', () => {
  it('a hung search answers 504 salesforce-unavailable within the timeout plus a second, and the request is aborted', async () => {
    stack.emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/data' });
    const { value: answer, ms } = await timed(sofia.search('Logistics'));
    expect(answer.status).toBe(504);
    expect(answer.json.error).toMatchObject({ code: 'salesforce-unavailable', reason: 'timeout', message: expect.stringContaining("didn't answer in time") });
    expect(ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
    await expect.poll(() => stack.emulator.control.hangingRequests()).toBe(0);
    expect((await sofia.search('Logistics')).status).toBe(200);
  });

  it('five searches waiting on one hung refresh all answer together, after one refresh attempt, and nothing stays open', async () => {
    stack.emulator.control.expireAccessTokens(SOFIA);
    stack.emulator.control.resetCalls();
    // One hang only: a second attempt at the refresh would succeed, so five 504s prove one shared attempt.
    stack.emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/oauth2/token' });
    const answers = await Promise.all(Array.from({ length: 5 }, () => timed(sofia.search('Logistics'))));
    for (const { value, ms } of answers) {
      expect(value.status).toBe(504);
      expect(value.json.error?.code).toBe('salesforce-unavailable');
      expect(ms).toBeLessThan(TIMEOUT_MS + 1000);
    }
    expect(stack.emulator.control.callCount({ endpoint: 'token' })).toBe(1);
    await expect.poll(() => stack.emulator.control.hangingRequests()).toBe(0);
    // Nobody was signed out: once Salesforce answers again, the same session refreshes.
    const later = await sofia.search('Logistics');
    expect(later.status).toBe(200);
  });

  it('a hung token endpoint during the callback answers a clear page within the timeout', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    stack.emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/oauth2/token' });
    const { value: page, ms } = await timed(liam.connect());
    expect(page.status).toBe(504);
    expect(page.body).toContain('in time, so you are not connected yet');
    expect(ms).toBeLessThan(TIMEOUT_MS + 1500);
    await expect.poll(() => stack.emulator.control.hangingRequests()).toBe(0);
  });
});

it('a refresh-lock that cannot be had in time answers 503 with a message, not 500', async () => {
  stack.emulator.control.expireAccessTokens(SOFIA);
  let release!: () => void;
  const held = stack.store.withRefreshLock('sofia.rossi', () => new Promise<void>((resolve) => { release = resolve; }));
  try {
    const answer = await sofia.search('Energy');
    expect(answer.status).toBe(503);
    expect(answer.json.error).toMatchObject({ code: 'salesforce-unavailable', reason: 'busy' });
  } finally {
    release();
    await held;
  }
  expect((await sofia.search('Energy')).status).toBe(200);
});
