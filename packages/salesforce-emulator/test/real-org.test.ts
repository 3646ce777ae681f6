// What a real org does that a permissive emulator would hide (docs/decisions/0002): object and
// field access per user, search as Salesforce limits it, and the setup errors admins hit. jsforce
// is the client, as in the product.
import { Browser } from '@sfsearch/test-browser';
import { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, API_VERSION, CALLBACK, connect, oauth2For, PASSWORD, SOFIA, startEmulator, tokenRequest } from './support/fixture.ts';

const NOAH = 'noah.lee@globex.example';
const JAMES = 'james.wilson@globex.example';
let emulator: Emulator;
beforeAll(async () => { emulator = await startEmulator(); });
afterAll(() => emulator.close());

type Found = { attributes: { type: string }; Id: string; [field: string]: unknown };
const search = async (conn: Connection, sosl: string) => (await conn.search(sosl)).searchRecords as unknown as Found[];
const failure = (work: PromiseLike<unknown>) => Promise.resolve(work).then(() => { throw new Error('expected Salesforce to refuse'); }, (error: { errorCode?: string; message?: string }) => error);

describe('object and field access, per user', () => {
  let noah: Connection;
  let sofia: Connection;
  beforeAll(async () => {
    noah = (await connect(emulator, NOAH)).conn;
    sofia = (await connect(emulator, SOFIA)).conn;
  });

  it('describes only the objects and fields the caller may see, in Salesforce\'s shape', async () => {
    const global = await noah.describeGlobal();
    const names = global.sobjects.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Account', 'Lead', 'Task']));
    expect(names).not.toContain('Campaign');
    expect(global.sobjects.find((o) => o.name === 'Account')).toMatchObject({ queryable: true, searchable: true, keyPrefix: '001' });

    const lead = await noah.describe('Lead');
    const fields = lead.fields.map((f) => f.name);
    expect(fields).toEqual(expect.arrayContaining(['Id', 'Name', 'Company', 'Status']));
    expect(fields).not.toContain('Phone');
    expect(fields).not.toContain('Email');
    expect(lead.fields.find((f) => f.name === 'OwnerId')).toMatchObject({ type: 'reference', relationshipName: 'Owner', referenceTo: ['User'], label: 'Owner ID' });
    expect(await failure(noah.describe('Campaign'))).toMatchObject({ errorCode: 'NOT_FOUND' });

    // Everybody else sees what they saw before.
    expect((await sofia.describeGlobal()).sobjects.map((o) => o.name)).toContain('Campaign');
    expect((await sofia.describe('Lead')).fields.map((f) => f.name)).toEqual(expect.arrayContaining(['Phone', 'Email']));
  });

  it('fails a whole SOSL or SOQL statement that names a hidden field (INVALID_FIELD) or an unreadable object (INVALID_TYPE)', async () => {
    const field = await failure(search(noah, 'FIND {Rossi} RETURNING Account(Id, Name), Lead(Id, Name, Phone)'));
    expect(field).toMatchObject({ errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Phone' on entity 'Lead'. If you are attempting to use a custom field") });
    expect((field as { message: string }).message).toMatch(/^\nFIND \{Rossi\}.*\n *\^\nERROR at Row:1:Column:\d+\n/);
    const type = await failure(search(noah, 'FIND {Rossi} RETURNING Account(Id), Campaign(Id, Name)'));
    expect(type).toMatchObject({ errorCode: 'INVALID_TYPE', message: expect.stringContaining("sObject type 'Campaign' is not supported") });
    expect(await failure(noah.query('SELECT Id, Email FROM Lead LIMIT 1'))).toMatchObject({ errorCode: 'INVALID_FIELD' });
    expect(await failure(noah.query('SELECT Id FROM Campaign'))).toMatchObject({ errorCode: 'INVALID_TYPE' });
    expect(await failure(noah.query("SELECT Id FROM Lead WHERE Phone != null"))).toMatchObject({ errorCode: 'INVALID_FIELD' });

    // Naming only what he may see, he finds his team's records.
    const found = await search(noah, 'FIND {Logistics} RETURNING Account(Id, Name, Owner.Name), Lead(Id, Name, Company), Task(Id, Subject, What.Name)');
    expect(new Set(found.map((r) => r.attributes.type))).toEqual(new Set(['Account', 'Lead', 'Task']));
    expect((await search(sofia, 'FIND {Logistics} RETURNING Lead(Id, Phone, Email), Campaign(Id)')).length).toBeGreaterThan(0);
  });

  it('leaves converted leads out of search without "View and Edit Converted Leads"', async () => {
    const james = (await connect(emulator, JAMES)).conn; // same role as Noah, standard profile
    const converted = emulator.org.records.get('Lead')!.find((l) => l.IsConverted === true
      && emulator.org.users.find((u) => u.id === l.OwnerId)?.username === SOFIA)!;
    const sosl = `FIND {${converted.LastName}} IN NAME FIELDS RETURNING Lead(Id, Name, Company)`;
    expect((await search(james, sosl)).map((r) => r.Id)).toContain(converted.Id);
    expect((await search(noah, sosl)).map((r) => r.Id)).not.toContain(converted.Id);
  });
});

describe('search as Salesforce limits it', () => {
  it('applies sharing after the engine\'s cut: a rep crowded out of a common word finds her records with a second one', async () => {
    const admin = (await connect(emulator, ADMIN)).conn;
    const sofia = (await connect(emulator, SOFIA)).conn;
    const sofiaId = emulator.org.users.find((u) => u.username === SOFIA)!.id;
    const helios = emulator.org.records.get('Account')!.filter((a) => String(a.Name).startsWith('Helios '));
    expect(helios.length).toBeGreaterThan(250);
    expect(helios.filter((a) => a.OwnerId === sofiaId)).toHaveLength(3);

    expect(await search(admin, 'FIND {helios} RETURNING Account(Id)')).toHaveLength(250);
    expect(await search(sofia, 'FIND {helios} RETURNING Account(Id)')).toHaveLength(0);
    const narrowed = await search(sofia, 'FIND {helios bergamo} RETURNING Account(Id, Name)');
    expect(narrowed.map((r) => r.Name)).toEqual(['Helios Bergamo Logistica']);
  });

  it('refuses a search whose terms are all single characters', async () => {
    const sofia = (await connect(emulator, SOFIA)).conn;
    for (const text of ['a b*', 'a\\-', '"a"', 'a AND b', 'x ?']) {
      expect(await failure(search(sofia, `FIND {${text}} RETURNING Account(Id)`)), text).toMatchObject({
        errorCode: 'INVALID_SEARCH', message: expect.stringContaining('search term must be longer than one character'),
      });
    }
    for (const text of ['ab c', 'a bc*', '"ab"']) expect(Array.isArray(await search(sofia, `FIND {${text}} RETURNING Account(Id)`))).toBe(true);
  });
});

describe('setup errors admins hit', () => {
  const authorizeUrl = (extra: Record<string, string> = {}) => oauth2For(emulator).getAuthorizationUrl({ scope: 'api refresh_token id', state: 's1', ...extra });
  const codeGrant = (code: string) => tokenRequest(emulator, {
    grant_type: 'authorization_code', code, client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret, redirect_uri: CALLBACK,
  });

  it('an External Client App not installed in the org: refused after login, and at the token endpoint', async () => {
    emulator.control.updateApp({ installed: false });
    try {
      const result = await new Browser().authorize(authorizeUrl(), { username: SOFIA, password: PASSWORD });
      expect(Object.fromEntries(result.callback!.searchParams)).toEqual({
        error: 'OAUTH_EC_APP_NOT_FOUND', error_description: 'external client app is not installed in this org', state: 's1',
      });
      expect((await codeGrant('aPrx-made-up')).body).toEqual({ error: 'invalid_client', error_description: 'app must be installed into org' });
    } finally {
      emulator.control.updateApp({ installed: true });
    }
  });

  it('"Admin approved users are pre-authorized": others are refused, the pre-authorized skip the Allow page, and a removed approval ends refreshes', async () => {
    const { conn } = await connect(emulator, ADMIN);
    emulator.control.updateApp({ permittedUsers: 'admin-approved', preAuthorizedProfiles: ['System Administrator'] });
    try {
      const refused = await new Browser().authorize(authorizeUrl({ prompt: 'consent' }), { username: SOFIA, password: PASSWORD });
      expect(Object.fromEntries(refused.callback!.searchParams)).toMatchObject({ error: 'OAUTH_APP_ACCESS_DENIED', error_description: 'user is not admin approved to access this app' });
      const allowed = await new Browser().authorize(authorizeUrl({ prompt: 'consent' }), { username: ADMIN, password: PASSWORD, consent: 'deny' });
      expect(allowed.callback!.searchParams.get('code')).toMatch(/^aPrx/);

      emulator.control.updateApp({ preAuthorizedProfiles: [] });
      await expect(oauth2For(emulator).refreshToken(conn.refreshToken!)).rejects.toMatchObject({ name: 'invalid_grant', message: "user hasn't approved this consumer" });
    } finally {
      emulator.control.updateApp({ permittedUsers: 'all-users', preAuthorizedProfiles: [] });
    }
  });

  it('a callback URL the app does not list: Salesforce\'s own error page, before anyone logs in', async () => {
    const browser = new Browser();
    const params = new URLSearchParams({ response_type: 'code', client_id: emulator.app.consumerKey, redirect_uri: 'https://intranet.example/elsewhere' });
    const answer = await browser.request(`${emulator.url}/services/oauth2/authorize?${params}`);
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&error_description=redirect_uri+must+match+configuration');
  });

  it('API Access Control: sessions of apps not approved for it are not valid for the REST API, unless the user may "Use Any API Client"', async () => {
    const sofia = (await connect(emulator, SOFIA)).conn;
    const admin = (await connect(emulator, ADMIN)).conn;
    const bare = (conn: Connection) => new Connection({ instanceUrl: conn.instanceUrl, accessToken: conn.accessToken!, version: API_VERSION });
    emulator.control.setApiAccessControl(true);
    try {
      expect(await failure(bare(sofia).query('SELECT Id FROM Account LIMIT 1'))).toMatchObject({
        errorCode: 'INVALID_SESSION_ID', message: 'This session is not valid for use with the REST API',
      });
      expect((await bare(admin).query('SELECT Id FROM Account LIMIT 1')).records).toHaveLength(1);
      emulator.control.updateApp({ permittedUsers: 'admin-approved', preAuthorizedProfiles: ['Standard User'] });
      expect((await bare(sofia).query('SELECT Id FROM Account LIMIT 1')).records).toHaveLength(1);
    } finally {
      emulator.control.setApiAccessControl(false);
      emulator.control.updateApp({ permittedUsers: 'all-users', preAuthorizedProfiles: [] });
    }
  });
});
