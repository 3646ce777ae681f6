import { createEmulator, type Emulator } from '@sfsearch/salesforce-emulator';
import { Browser } from '@sfsearch/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertTrustedInstance, authorizationUrl, buildSearchSosl, checkSetup, describeAccess, exchangeCode, lightningRecordUrl, lightningSearchUrl,
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

  it('asks for every requested type in one statement, leaving out what the person may not see', () => {
    const hidden = { lead: { fields: new Set(['Id', 'Name', 'Title', 'Company', 'Status']), relationships: new Set(['Owner']) } };
    expect(buildSearchSosl('acme', ['lead'], 6, hidden)).toBe('FIND {acme*} IN ALL FIELDS RETURNING Lead(Id, Name, Title, Company, Status, Owner.Name LIMIT 6)');
    expect(buildSearchSosl('acme', ['account', 'task'], 5)).toBe(
      'FIND {acme*} IN ALL FIELDS RETURNING Account(Id, Name, Type, Industry, BillingCity, BillingCountry, Phone, Website, Owner.Name LIMIT 5), '
      + 'Task(Id, Subject, Status, Priority, ActivityDate, Who.Name, What.Name, Owner.Name, Description LIMIT 5)',
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

  it('tells a refresh refused because another is under way (try again) from a grant that is gone', async () => {
    const tokens = await connect('james.wilson@globex.example');
    const outcomes = await Promise.allSettled([refreshAccessToken(app, tokens.refreshToken!), refreshAccessToken(app, tokens.refreshToken!)]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { kind: 'refresh-busy' } });
  });

  it('refreshes, and reports a revoked grant as grant-invalid', async () => {
    const tokens = await connect('liam.brown@globex.example');
    const refreshed = await refreshAccessToken(app, tokens.refreshToken!);
    expect(refreshed.accessToken).not.toBe(tokens.accessToken);
    await revokeToken(app, tokens.refreshToken!);
    await revokeToken(app, tokens.refreshToken!);
    await expect(refreshAccessToken(app, tokens.refreshToken!)).rejects.toMatchObject({ kind: 'grant-invalid' });
  });

  it('tells each setup problem apart without anyone signing in and without saving anything', async () => {
    const problemsOf = async (changes: Partial<SalesforceApp>) => (await checkSetup({ ...app, ...changes })).problems.map((p) => p.problem);
    expect(await checkSetup(app)).toEqual({ problems: [], secretVerified: true });
    expect(await problemsOf({ clientSecret: 'nope' })).toEqual(['wrong-consumer-secret']);
    expect(await problemsOf({ clientId: 'nope' })).toEqual(['unknown-consumer-key']);
    expect(await problemsOf({ loginHost: 'http://127.0.0.1:9' })).toEqual(['login-host-unreachable']);
    expect(await problemsOf({ redirectUri: 'http://127.0.0.1:3000/not-registered' })).toEqual(['callback-not-registered']);
    expect(await problemsOf({ scopes: ['api', 'refresh_token', 'id', 'chatter_api'] })).toEqual(['scope-not-allowed']);
    emulator.control.updateApp({ installed: false });
    try {
      expect(await problemsOf({})).toEqual(['app-not-installed']);
    } finally {
      emulator.control.updateApp({ installed: true });
    }
  });

  it('copes with a token endpoint that checks the code before the secret: the secret is then not called right', async () => {
    const codeFirst = await createEmulator({ callbackUrls: [CALLBACK], tokenChecks: 'code-first' });
    try {
      const there = { ...app, loginHost: codeFirst.url, clientId: codeFirst.app.consumerKey, clientSecret: codeFirst.app.consumerSecret };
      expect(await checkSetup(there)).toEqual({ problems: [], secretVerified: false });
      expect(await checkSetup({ ...there, clientSecret: 'wrong' })).toEqual({ problems: [], secretVerified: false });
    } finally {
      await codeFirst.close();
    }
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

  it('asks a restricted profile only for what it may read: a notice for Campaigns, no lead phone or e-mail', async () => {
    const noah = await connect('noah.lee@globex.example');
    const { access, calls } = await describeAccess(noah, ['account', 'lead', 'task', 'campaign']);
    expect(calls).toBe(4);
    expect(access.campaign).toBeNull();
    expect(access.lead?.fields.has('Phone')).toBe(false);
    emulator.control.resetCalls();
    const outcome = await searchRecords(noah, 'Logistics', ['account', 'lead', 'task', 'campaign'], 5, access);
    expect(emulator.control.callCount({ endpoint: 'search' })).toBe(1);
    expect(outcome.notices).toEqual([{ type: 'campaign', reason: 'no-access' }]);
    for (const type of ['account', 'lead', 'task'] as const) expect(outcome.results[type].length).toBeGreaterThan(0);
    for (const lead of outcome.results.lead) expect(lead.fields.map((f) => f.label)).not.toEqual(expect.arrayContaining(['Phone']));
    expect(outcome.results.lead.flatMap((l) => l.fields.map((f) => f.label))).not.toContain('Email');
    // Without describe the same statement fails whole, as Salesforce's does.
    await expect(searchRecords(noah, 'Logistics', ['lead'], 5)).rejects.toMatchObject({ kind: 'schema-changed', salesforceCode: 'INVALID_FIELD' });
  });

  it('says when there are more than shown, and when a one-word search may have been crowded', async () => {
    const sofia = await connect('sofia.rossi@globex.example');
    const many = await searchRecords(sofia, 'Logistics', ['task'], 2);
    expect(many.results.task).toHaveLength(2);
    expect(many.more).toEqual(['task']);
    const crowded = await searchRecords(sofia, 'helios', ['account'], 5);
    expect(crowded).toMatchObject({ more: [], crowded: true });
    expect(crowded.results.account).toEqual([]);
    const narrowed = await searchRecords(sofia, 'helios bergamo', ['account'], 5);
    expect(narrowed.results.account.map((a) => a.title)).toEqual(['Helios Bergamo Logistica']);
    expect(narrowed.crowded).toBe(false);
  });

  it('shows more of one type: the records after those shown, and whether there are more still', async () => {
    const sofia = await connect('sofia.rossi@globex.example');
    const first = await searchRecords(sofia, 'Logistics', ['task'], 5);
    const all = await searchRecords(sofia, 'Logistics', ['task'], 15);
    emulator.control.resetCalls();
    const next = await searchRecords(sofia, 'Logistics', ['task'], 10, {}, 5);
    expect(emulator.control.callCount({ endpoint: 'search' })).toBe(1);
    expect(next.results.task.map((t) => t.id)).toEqual(all.results.task.slice(5, 15).map((t) => t.id));
    expect(next.results.task.map((t) => t.id)).not.toEqual(expect.arrayContaining(first.results.task.map((t) => t.id)));
    expect(next.more).toEqual(all.more);
    expect(() => buildSearchSosl('acme', ['task', 'lead'], 5, {}, 5)).toThrow(RangeError);
    expect(buildSearchSosl('acme', ['task'], 11, {}, 5)).toMatch(/LIMIT 11 OFFSET 5\)$/);
  });

  it("links to Salesforce's own search page for the query, on the Lightning host", () => {
    const url = lightningSearchUrl('https://acme.my.salesforce.com', 'Blue 青い "harbor"');
    const [base, hash] = url.split('#') as [string, string];
    expect(base).toBe('https://acme.lightning.force.com/one/one.app');
    expect(JSON.parse(Buffer.from(hash, 'base64').toString('utf8'))).toEqual({
      componentDef: 'forceSearch:searchPageDesktop', attributes: { term: 'Blue 青い "harbor"', scopeMap: { type: 'TOP_RESULTS' } },
    });
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
    expect((await checkSetup(timed)).problems.map((p) => p.problem)).toEqual(['login-host-unreachable']);
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
    expect(lightningRecordUrl('https://acme-dev-ed.develop.my.salesforce.com', 'Account', '0011')).toBe('https://acme-dev-ed.develop.lightning.force.com/lightning/r/Account/0011/view');
    expect(lightningRecordUrl('https://agency.my.salesforce.mil', 'Lead', '00Q1')).toBe('https://agency.lightning.crmforce.mil/lightning/r/Lead/00Q1/view');
    expect(assertTrustedInstance('https://agency.my.salesforce.mil', 'https://agency.my.salesforce.mil')).toBe('https://agency.my.salesforce.mil');
  });
});
