// Recently viewed records (docs/decisions/0033): opening a record's Lightning page records a view
// for the person signed in to the org in that browser, and GET /recent lists the views as the REST
// API Developer Guide documents, only for records the caller may read now.
import { Browser } from '@sfsearch/test-browser';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, API_VERSION, LIAM, oauth2For, PASSWORD, pkcePair, SOFIA, startEmulator } from './support/fixture.ts';

const NOAH_LEE = 'noah.lee@globex.example';
let emulator: Emulator;
beforeAll(async () => { emulator = await startEmulator(); });
afterAll(() => emulator.close());

type Item = { attributes: { type: string; url: string }; Id: string; Name: string };

/** A person signed in to the org in their browser, and their API connection (web server flow). */
async function signIn(username: string) {
  const browser = new Browser();
  const { verifier, challenge } = pkcePair();
  const url = oauth2For(emulator).getAuthorizationUrl({ scope: 'api refresh_token id', code_challenge: challenge });
  const result = await browser.authorize(url, { username, password: PASSWORD });
  const conn = new Connection({ oauth2: oauth2For(emulator), version: API_VERSION });
  await conn.authorize(result.callback!.searchParams.get('code')!, { code_verifier: verifier });
  const recent = async (query = '') => {
    const res = await fetch(`${emulator.url}/services/data/v${API_VERSION}/recent${query}`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const open = (type: string, id: string) => browser.request(`${emulator.url}/lightning/r/${type}/${id}/view`);
  return { browser, conn, recent, open };
}

const userId = (username: string) => emulator.org.users.find((u) => u.username === username)!.id;
const records = (type: string) => emulator.org.records.get(type)!;
const ownedBy = (type: string, username: string) => records(type).filter((r) => r.OwnerId === userId(username));

describe('GET /recent', () => {
  it('answers the seeded views as Salesforce does: an array of { attributes, Id, Name }, newest first, through jsforce too', async () => {
    const sofia = await signIn(SOFIA);
    const items = (await sofia.conn.recent()) as unknown as Item[];
    expect(items.length).toBeGreaterThanOrEqual(4);
    for (const item of items) {
      expect(Object.keys(item)).toEqual(['attributes', 'Id', 'Name']);
      expect(item.attributes.url).toBe(`/services/data/v${API_VERSION}/sobjects/${item.attributes.type}/${item.Id}`);
      expect(['Account', 'Lead', 'Campaign']).toContain(item.attributes.type);
    }
    const seeded = emulator.control.recentViews(SOFIA);
    expect(items.map((i) => i.Id)).toEqual(seeded.map((v) => v.id));
    expect(seeded.map((v) => v.viewedAt)).toEqual([...seeded.map((v) => v.viewedAt)].sort((a, b) => b - a));
    const first = emulator.org.records.get(items[0]!.attributes.type)!.find((r) => r.Id === items[0]!.Id)!;
    expect(items[0]!.Name).toBe(first.Name);
    expect((await sofia.conn.recent(2)) as unknown as Item[]).toEqual(items.slice(0, 2));
    expect((await sofia.recent('?limit=1')).body).toEqual(items.slice(0, 1));
  });

  it('records a view when the signed-in person opens a record\'s Lightning page, once per record, newest first', async () => {
    const liam = await signIn(LIAM);
    const [account, other] = ownedBy('Account', LIAM);
    const lead = ownedBy('Lead', LIAM)[0]!;
    expect((await liam.open('Account', account!.Id)).status).toBe(200);
    await liam.open('Lead', lead.Id);
    await liam.open('Account', other!.Id);
    await liam.open('Account', account!.Id);
    const ids = ((await liam.recent()).body as Item[]).map((i) => i.Id);
    expect(ids.slice(0, 3)).toEqual([account!.Id, other!.Id, lead.Id]);
    expect(ids.filter((id) => id === account!.Id)).toHaveLength(1);
  });

  it('records nothing for a page opened without an org session, a Task (RecentlyViewed does not track Tasks) or an unknown record', async () => {
    const before = emulator.control.recentViews(ADMIN).map((v) => v.id);
    const admin = await signIn(ADMIN);
    const account = records('Account')[10]!;
    expect((await fetch(`${emulator.url}/lightning/r/Account/${account.Id}/view`)).status).toBe(200);
    const task = records('Task')[0]!;
    expect((await admin.open('Task', task.Id)).status).toBe(200);
    expect((await admin.open('Lead', account.Id)).status).toBe(404);
    expect(emulator.control.recentViews(ADMIN).map((v) => v.id)).toEqual(before);
    expect(() => emulator.control.viewRecord(ADMIN, task.Id)).toThrow(/does not track Task/);
  });

  it('lists only what the caller may read now: sharing and object access are applied as the list is read', async () => {
    const sofia = await signIn(SOFIA);
    const liamsAccount = ownedBy('Account', LIAM)[5]!;
    // Her browser opens a record she cannot see: Lightning would refuse it, and it is not recorded.
    await sofia.open('Account', liamsAccount.Id);
    expect(emulator.control.recentViews(SOFIA).map((v) => v.id)).not.toContain(liamsAccount.Id);
    // A view of it recorded anyway (as if sharing had changed since) is still not listed.
    emulator.control.viewRecord(SOFIA, liamsAccount.Id);
    expect(emulator.control.recentViews(SOFIA)[0]!.id).toBe(liamsAccount.Id);
    expect(((await sofia.recent()).body as Item[]).map((i) => i.Id)).not.toContain(liamsAccount.Id);

    // Noah Lee's restricted profile cannot read Campaigns: his seeded campaign view is not listed.
    const noah = await signIn(NOAH_LEE);
    const seeded = emulator.control.recentViews(NOAH_LEE);
    expect(seeded.some((v) => v.type === 'Campaign')).toBe(true);
    const listed = (await noah.recent()).body as Item[];
    expect(listed.length).toBe(seeded.length - seeded.filter((v) => v.type === 'Campaign').length);
    expect(listed.map((i) => i.attributes.type)).not.toContain('Campaign');
  });

  it('keeps the newest 200 records and answers at most 200; refuses a limit that is not a positive whole number', async () => {
    const admin = await signIn(ADMIN);
    for (const account of records('Account').slice(0, 210)) emulator.control.viewRecord(ADMIN, account.Id);
    const views = emulator.control.recentViews(ADMIN);
    expect(views).toHaveLength(200);
    expect(views.every((v) => v.type === 'Account')).toBe(true);
    expect(views[0]!.id).toBe(records('Account')[209]!.Id);
    expect(views.map((v) => v.id)).not.toContain(records('Account')[9]!.Id);
    expect(((await admin.recent()).body as Item[])).toHaveLength(200);
    expect(((await admin.recent('?limit=5000')).body as Item[])).toHaveLength(200);
    for (const bad of ['0', '-1', 'abc', '2.5']) {
      expect(await admin.recent(`?limit=${bad}`)).toEqual({ status: 400, body: [{ errorCode: 'INVALID_QUERY_PARAMETER_VALUE', message: expect.stringContaining('limit') }] });
    }
  });

  it('forgets views after 90 days, and needs a valid session like every REST resource', async () => {
    const other = await startEmulator();
    try {
      const browser = new Browser();
      const { verifier, challenge } = pkcePair();
      const url = oauth2For(other).getAuthorizationUrl({ scope: 'api refresh_token id', code_challenge: challenge });
      const code = (await browser.authorize(url, { username: SOFIA, password: PASSWORD })).callback!.searchParams.get('code')!;
      const conn = new Connection({ oauth2: oauth2For(other), version: API_VERSION });
      await conn.authorize(code, { code_verifier: verifier });
      expect(((await conn.recent()) as unknown[]).length).toBeGreaterThan(0);
      other.control.advanceClock(91 * 24 * 60 * 60 * 1000);
      other.control.expireAccessTokens();
      const res = await fetch(`${other.url}/services/data/v${API_VERSION}/recent`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
      expect(res.status).toBe(401);
      await conn.oauth2.refreshToken(conn.refreshToken!).then((fresh) => { conn.accessToken = fresh.access_token; });
      expect(await conn.recent()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('fills the recentItems of sObject Basic Information with that object\'s recent records', async () => {
    const sofia = await signIn(SOFIA);
    const all = (await sofia.recent()).body as Item[];
    const accounts = (await sofia.conn.recent('Account')) as unknown as Item[];
    expect(accounts).toEqual(all.filter((i) => i.attributes.type === 'Account').slice(0, 10));
  });
});
