// recentRecords against the emulator: one call to Salesforce's Recently Viewed Items resource,
// normalised like search results, only the widget's record types the person may read.
import { createEmulator, type Emulator } from '@sfsearch/salesforce-emulator';
import { Browser } from '@sfsearch/test-browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationUrl, exchangeCode, lightningRecordUrl, newSignInTransaction, recentRecords, SalesforceError, type SalesforceApp, type TokenSet } from '../src/index.ts';

const CALLBACK = 'http://127.0.0.1:3000/marketplace/salesforce/account/sign-in/oauth2';
const SOFIA = 'sofia.rossi@globex.example';
let emulator: Emulator;
let app: SalesforceApp;
let sofia: TokenSet;
beforeAll(async () => {
  emulator = await createEmulator({ callbackUrls: [CALLBACK] });
  app = { loginHost: emulator.url, clientId: emulator.app.consumerKey, clientSecret: emulator.app.consumerSecret, redirectUri: CALLBACK, scopes: ['api', 'refresh_token', 'id'] };
  const transaction = newSignInTransaction();
  const result = await new Browser().authorize(authorizationUrl(app, transaction), { username: SOFIA, password: 'salesforce-demo' });
  sofia = await exchangeCode(app, result.callback!.searchParams.get('code')!, transaction.codeVerifier);
});
afterAll(() => emulator.close());

const sofiasId = () => emulator.org.users.find((u) => u.username === SOFIA)!.id;
const own = (type: string) => emulator.org.records.get(type)!.filter((r) => r.OwnerId === sofiasId());

describe('recently viewed records', () => {
  it('reads them in one call, newest first, as results of the widget\'s types with Lightning links', async () => {
    const account = own('Account')[0]!;
    const campaign = emulator.org.records.get('Campaign')![7]!;
    emulator.control.viewRecord(SOFIA, campaign.Id);
    emulator.control.viewRecord(SOFIA, account.Id);
    emulator.control.resetCalls();
    const { records, apiUsage } = await recentRecords(sofia, { limit: 10 });
    expect(emulator.control.callCount({ endpoint: 'recent' })).toBe(1);
    expect(emulator.control.calls()).toMatchObject({ total: 1 });
    expect(apiUsage).toMatchObject({ used: expect.any(Number), limit: expect.any(Number) });
    expect(records.slice(0, 2)).toEqual([
      { id: account.Id, type: 'account', title: account.Name, url: lightningRecordUrl(sofia.instanceUrl, 'Account', account.Id) },
      { id: campaign.Id, type: 'campaign', title: campaign.Name, url: `${emulator.url}/lightning/r/Campaign/${campaign.Id}/view` },
    ]);
    const seeded = emulator.control.recentViews(SOFIA);
    expect(records.map((r) => r.id)).toEqual(seeded.map((v) => v.id).slice(0, records.length));
    expect((await recentRecords(sofia, { limit: 1 })).records).toEqual(records.slice(0, 1));
  });

  it('keeps only the asked types the person may read, and leaves out objects the widget does not show', async () => {
    const user = emulator.org.users.find((u) => u.username === 'liam.brown@globex.example')!;
    emulator.control.viewRecord(SOFIA, user.id);
    const all = (await recentRecords(sofia, { limit: 10 })).records;
    expect(all.map((r) => r.id)).not.toContain(user.id);
    expect(new Set(all.map((r) => r.type)).size).toBeGreaterThan(1);
    const accounts = (await recentRecords(sofia, { limit: 10, types: ['account'] })).records;
    expect(accounts).toEqual(all.filter((r) => r.type === 'account'));
    const noCampaigns = (await recentRecords(sofia, { limit: 10, access: { campaign: null } })).records;
    expect(noCampaigns).toEqual(all.filter((r) => r.type !== 'campaign'));
  });

  it('reports Salesforce\'s failures as its error kinds', async () => {
    emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data' });
    await expect(recentRecords(sofia, { limit: 10 })).rejects.toMatchObject({ kind: 'unavailable' });
    emulator.control.setRemainingApiRequests(0);
    try {
      const failure = await recentRecords(sofia, { limit: 10 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SalesforceError);
      expect(failure).toMatchObject({ kind: 'rate-limited' });
    } finally {
      emulator.control.setRemainingApiRequests(100_000);
    }
    await expect(recentRecords({ ...sofia, accessToken: 'not-a-token' }, { limit: 10 })).rejects.toMatchObject({ kind: 'session-invalid' });
  });
});
