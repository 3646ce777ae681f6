import { createEmulator, type Emulator } from '@sfsearch/salesforce-emulator';
import { Browser } from '@sfsearch/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertTrustedInstance, authorizationUrl, buildSearchSosl, checkClientCredentials, exchangeCode, lightningRecordUrl,
  newSignInTransaction, readIdentity, refreshAccessToken, revokeToken, searchRecords, searchTerms, type SalesforceApp, type TokenSet,
} from '../src/index.ts';

const CALLBACK = 'http://127.0.0.1:3000/marketplace/salesforce/account/sign-in/oauth2';
let emulator: Emulator;
let app: SalesforceApp;
beforeAll(async () => {
  emulator = await createEmulator({ callbackUrls: [CALLBACK], app: { requirePkce: true } });
  app = { loginHost: emulator.url, clientId: emulator.app.consumerKey, clientSecret: emulator.app.consumerSecret, redirectUri: CALLBACK, scopes: ['api', 'refresh_token', 'id'] };
});
afterAll(() => emulator.close());

async function connect(username: string): Promise<TokenSet> {
  const transaction = newSignInTransaction();
  const result = await new Browser().authorize(authorizationUrl(app, transaction), { username, password: 'salesforce-demo' });
  expect(result.callback?.searchParams.get('state')).toBe(transaction.state);
  return exchangeCode(app, result.callback!.searchParams.get('code')!, transaction.codeVerifier);
}

describe('escaping what people type', () => {
  it('escapes every SOSL reserved character and completes the last word', () => {
    expect(searchTerms("O'Brien & Sons")).toBe("O\\'Brien \\& Sons*");
    expect(searchTerms('a|b {c} [d] (e) ^~*:"+-?!\\')).toBe('a\\|b \\{c\\} \\[d\\] \\(e\\) \\^\\~\\*\\:\\"\\+\\-\\?\\!\\\\');
    expect(searchTerms('Smith and Sons')).toBe('Smith Sons*');
    expect(searchTerms('or')).toBe('"or"');
  });

  it('asks for every requested type in one statement', () => {
    expect(buildSearchSosl('acme', ['account', 'task'], 5)).toBe(
      'FIND {acme*} IN ALL FIELDS RETURNING Account(Id, Name, Type, Industry, BillingCity, BillingCountry, Phone, Owner.Name LIMIT 5), '
      + 'Task(Id, Subject, Status, Priority, ActivityDate, Who.Name, What.Name, Owner.Name LIMIT 5)',
    );
  });
});

describe('OAuth against the emulator', () => {
  it('connects with state and PKCE S256, and reads who connected', async () => {
    const tokens = await connect('sofia.rossi@globex.example');
    expect(tokens).toMatchObject({ instanceUrl: emulator.url, orgId: emulator.org.id, scopes: ['api', 'refresh_token', 'id'] });
    expect(tokens.refreshToken).toBeDefined();
    const identity = await readIdentity(tokens, tokens.identityUrl);
    expect(identity).toEqual({ userId: tokens.userId, orgId: emulator.org.id, username: 'sofia.rossi@globex.example', displayName: 'Sofia Rossi', email: 'sofia.rossi@globex.example' });
  });

  it('refreshes, and reports a revoked grant as grant-invalid', async () => {
    const tokens = await connect('liam.brown@globex.example');
    const refreshed = await refreshAccessToken(app, tokens.refreshToken!);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    await revokeToken(app, tokens.refreshToken!);
    await revokeToken(app, tokens.refreshToken!);
    await expect(refreshAccessToken(app, tokens.refreshToken!)).rejects.toMatchObject({ kind: 'grant-invalid' });
  });

  it('tells a wrong secret, an unknown key and an unreachable host apart without saving anything', async () => {
    expect(await checkClientCredentials(app)).toEqual({ ok: true });
    expect(await checkClientCredentials({ ...app, clientSecret: 'nope' })).toMatchObject({ ok: false, problem: 'wrong-consumer-secret' });
    expect(await checkClientCredentials({ ...app, clientId: 'nope' })).toMatchObject({ ok: false, problem: 'unknown-consumer-key' });
    expect(await checkClientCredentials({ ...app, loginHost: 'http://127.0.0.1:9' })).toMatchObject({ ok: false, problem: 'login-host-unreachable' });
  });
});

describe('search', () => {
  it('searches four objects in one request and normalises them with Lightning URLs', async () => {
    const tokens = await connect('ada.admin@globex.example');
    emulator.control.resetCalls();
    const { results, apiUsage } = await searchRecords(tokens, "O'Brien & Sons", ['account', 'lead', 'task', 'campaign'], 5);
    expect(emulator.control.callCount({ endpoint: 'search' })).toBe(1);
    expect(apiUsage?.limit).toBe(emulator.org.dailyApiLimit);
    const account = results.account.find((r) => r.title === "O'Brien & Sons Ltd.")!;
    expect(account).toMatchObject({ type: 'account', url: `${emulator.url}/lightning/r/Account/${account.id}/view` });
    expect(account.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Type', 'Industry', 'City', 'Owner']));
    const blue = await searchRecords(tokens, 'blue harb', ['task'], 3);
    expect(blue.results.task.length).toBeGreaterThan(0);
    expect(blue.results.task[0]!.fields.map((f) => f.label)).toEqual(expect.arrayContaining(['Status', 'Priority', 'Due date', 'Related to']));
    expect(blue.results.account).toEqual([]);
  });

  it('reports Salesforce problems by kind', async () => {
    const tokens = await connect('noah.patel@globex.example');
    emulator.control.expireAccessTokens('noah.patel@globex.example');
    await expect(searchRecords(tokens, 'acme', ['account'], 5)).rejects.toMatchObject({ kind: 'session-invalid' });
    const ethan = await connect('ethan.clark@globex.example');
    await expect(searchRecords(ethan, 'acme', ['account'], 5)).rejects.toMatchObject({ kind: 'api-disabled', reason: 'user' });
    const fresh = await connect('maria.garcia@globex.example');
    emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data' });
    await expect(searchRecords(fresh, 'acme', ['account'], 5)).rejects.toMatchObject({ kind: 'unavailable' });
    emulator.control.setRemainingApiRequests(0);
    await expect(searchRecords(fresh, 'acme', ['account'], 5)).rejects.toMatchObject({ kind: 'rate-limited' });
    emulator.control.setRemainingApiRequests(100_000);
  });
});

describe('a Salesforce that does not answer', () => {
  const TIMEOUT_MS = 300;
  // Each call is aborted at its deadline: it fails as a timeout, and the emulator sees the
  // connection closed (nothing left open for minutes).
  async function abortedInTime(call: () => Promise<unknown>, pathPrefix: string) {
    emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix });
    const started = performance.now();
    await expect(call()).rejects.toMatchObject({ kind: 'timeout' });
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    await expect.poll(() => emulator.control.hangingRequests()).toBe(0);
  }

  it('aborts every kind of call at the caller\'s deadline', async () => {
    const timed = { ...app, timeoutMs: TIMEOUT_MS };
    const tokens = await connect('olivia.chen@globex.example');
    const session = { ...tokens, timeoutMs: TIMEOUT_MS };
    await abortedInTime(() => searchRecords(session, 'acme', ['account'], 5), '/services/data');
    await abortedInTime(() => readIdentity(session, tokens.identityUrl), '/id/');
    await abortedInTime(() => refreshAccessToken(timed, tokens.refreshToken!), '/services/oauth2/token');
    await abortedInTime(() => exchangeCode(timed, 'any-code', 'any-verifier'), '/services/oauth2/token');
    await abortedInTime(() => revokeToken(timed, tokens.refreshToken!), '/services/oauth2/revoke');
    emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/oauth2/token' });
    expect(await checkClientCredentials(timed)).toMatchObject({ ok: false, problem: 'login-host-unreachable' });
    await expect.poll(() => emulator.control.hangingRequests()).toBe(0);
  });
});

describe('instances', () => {
  it('trusts only Salesforce hosts, or the configured host itself', () => {
    expect(assertTrustedInstance('https://acme.my.salesforce.com', 'https://login.salesforce.com')).toBe('https://acme.my.salesforce.com');
    expect(() => assertTrustedInstance('https://evil.example.com', 'https://login.salesforce.com')).toThrow(/outside/);
    expect(() => assertTrustedInstance('http://acme.my.salesforce.com', 'https://login.salesforce.com')).toThrow();
    expect(assertTrustedInstance('http://127.0.0.1:4011', 'http://127.0.0.1:4010')).toBe('http://127.0.0.1:4011');
  });

  it('opens records in Lightning on the My Domain', () => {
    expect(lightningRecordUrl('https://acme.my.salesforce.com', 'Lead', '00Q1')).toBe('https://acme.lightning.force.com/lightning/r/Lead/00Q1/view');
    expect(lightningRecordUrl('https://acme--uat.sandbox.my.salesforce.com', 'Task', '00T1')).toBe('https://acme--uat.sandbox.lightning.force.com/lightning/r/Task/00T1/view');
  });
});
