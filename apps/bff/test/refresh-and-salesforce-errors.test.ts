import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let sofia: Person;
const SOFIA = 'sofia.rossi@globex.example';
beforeAll(async () => {
  // Short enough for the hanging test, long enough for a search, a refresh and describes on a busy machine.
  stack = await startStack({ emulator: { app: { refreshTokenRotation: true } }, env: { SALESFORCE_TIMEOUT_MS: '2000' } });
  await configureSalesforce(stack);
  sofia = new Person(stack, 'sofia.rossi');
  await sofia.signIn();
  await sofia.connect();
});
afterAll(() => stack.close());

describe('an expired Salesforce session', () => {
  it('is refreshed exactly once under 20 concurrent searches, with refresh-token rotation on', async () => {
    stack.emulator.control.expireAccessTokens(SOFIA);
    stack.emulator.control.resetCalls();
    const answers = await Promise.all(Array.from({ length: 20 }, () => sofia.search('Logistics')));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(stack.emulator.control.callCount({ endpoint: 'token', username: SOFIA })).toBe(1);
    // The rotated refresh token was stored: the next expiry refreshes again without trouble.
    stack.emulator.control.expireAccessTokens(SOFIA);
    expect((await sofia.search('Energy')).status).toBe(200);
    expect(stack.emulator.control.callCount({ endpoint: 'token', username: SOFIA })).toBe(2);
    expect(stack.emulator.control.activeRefreshTokens(SOFIA)).toBe(1);
  });

  it('follows the org to a new instance_url after a move', async () => {
    const moved = await stack.emulator.control.moveInstance();
    expect((await sofia.search('Logistics')).status).toBe(200);
    const status = (await sofia.api('GET', '/api/salesforce/connection')).json as { salesforceUser: { instanceUrl: string } };
    expect(status.salesforceUser.instanceUrl).toBe(moved);
  });
});

describe('Salesforce problems reach people as codes with messages', () => {
  it('API disabled for the org names the editions that have it', async () => {
    stack.emulator.control.setOrgApiEnabled(false);
    try {
      const { status, json } = await sofia.search('Logistics');
      expect(status).toBe(403);
      expect(json.error).toMatchObject({ code: 'salesforce-api-disabled', reason: 'org', message: expect.stringContaining('Enterprise, Unlimited, Developer and Performance') });
    } finally {
      stack.emulator.control.setOrgApiEnabled(true);
    }
  });

  it('API disabled for the user', async () => {
    stack.emulator.control.setUserApiEnabled(SOFIA, false);
    try {
      expect((await sofia.search('Logistics')).json.error).toMatchObject({ code: 'salesforce-api-disabled', reason: 'user', message: expect.stringContaining('API Enabled') });
    } finally {
      stack.emulator.control.setUserApiEnabled(SOFIA, true);
    }
  });

  it('the daily API limit exhausted', async () => {
    stack.emulator.control.setRemainingApiRequests(0);
    try {
      const { status, json } = await sofia.search('Logistics');
      expect(status).toBe(503);
      expect(json.error).toMatchObject({ code: 'salesforce-rate-limited', reason: 'daily-limit' });
    } finally {
      stack.emulator.control.setRemainingApiRequests(50_000);
    }
  });

  it('Salesforce down or hanging', async () => {
    stack.emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data' });
    const down = await sofia.search('Logistics');
    expect(down.status).toBe(502);
    expect(down.json.error?.code).toBe('salesforce-unavailable');
    stack.emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/data' });
    const hung = await sofia.search('Logistics');
    expect(hung.json.error?.code).toBe('salesforce-unavailable');
    expect((await sofia.search('Logistics')).status).toBe(200);
  });

  it('a revoked grant turns the connection into reconnect-required', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    stack.emulator.control.revokeUser('liam.brown@globex.example');
    const answer = await liam.search('Logistics');
    expect(answer.status).toBe(401);
    expect(answer.json.error).toMatchObject({ code: 'reconnect-required', reason: 'token-expired' });
    expect((await liam.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'reconnect-required', reason: 'token-expired' });
    await liam.connect();
    expect((await liam.search('Logistics')).status).toBe(200);
  });

  it('reports the org\'s API usage to admins', async () => {
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    const { json } = await ada.api('GET', '/api/admin/marketplace/salesforce');
    expect(json.apiUsage).toMatchObject({ used: expect.any(Number), limit: stack.emulator.org.dailyApiLimit });
  });
});

it('disconnecting revokes at Salesforce, then forgets', async () => {
  const liam = new Person(stack, 'liam.brown');
  await liam.signIn();
  await liam.connect();
  await expect.poll(() => stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(1);
  expect((await liam.api('POST', '/api/salesforce/connection/disconnect')).json).toEqual({ ok: true });
  expect(stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(0);
  expect((await liam.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'not-connected' });
  expect((await liam.search('Logistics')).json.error?.code).toBe('not-connected');
});
