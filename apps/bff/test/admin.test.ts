import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let ada: Person;
beforeAll(async () => {
  stack = await startStack();
  ada = new Person(stack, 'ada.admin');
  await ada.signIn();
});
afterAll(() => stack.close());

const path = '/api/admin/marketplace/salesforce';
const settings = () => ({ consumerKey: stack.emulator.app.consumerKey, consumerSecret: stack.emulator.app.consumerSecret, loginHost: stack.emulator.url, scopes: ['api', 'refresh_token', 'id'] });

describe('a deployment (no ALLOW_LOCAL_LOGIN_HOSTS)', () => {
  it('refuses loopback login hosts for saving and for checking, so the page cannot probe the server\'s own network', async () => {
    const deployed = await startStack({ env: { ALLOW_LOCAL_LOGIN_HOSTS: 'false' } });
    try {
      const admin = new Person(deployed, 'ada.admin');
      await admin.signIn();
      for (const loginHost of [deployed.emulator.url, 'http://localhost:5432', 'https://127.0.0.1:6379', 'http://[::1]:22']) {
        const body = { consumerKey: deployed.emulator.app.consumerKey, consumerSecret: 'x', loginHost, scopes: ['api', 'refresh_token', 'id'] };
        for (const [method, route] of [['PUT', path], ['POST', `${path}/check`]] as const) {
          const answer = await admin.api(method, route, body);
          expect(answer.status).toBe(400);
          expect(answer.json.error?.message).toContain('is an address on this server, not Salesforce');
        }
      }
      expect(deployed.emulator.control.callCount({ endpoint: 'token' })).toBe(0);
      const plainHttp = await admin.api('PUT', path, { consumerKey: 'Key', consumerSecret: 'x', loginHost: 'http://acme.my.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });
      expect(plainHttp.json.error?.message).toContain('only reached over https');
    } finally {
      await deployed.close();
    }
  });
});

describe('the admin page\'s API', () => {
  it('starts unconfigured, showing the exact callback URL to register', async () => {
    const { json } = await ada.api('GET', path);
    expect(json).toEqual({
      configured: false, consumerKey: '', hasConsumerSecret: false, loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'],
      callbackUrl: `${stack.url}/marketplace/salesforce/account/sign-in/oauth2`, connectedUsers: 0, updatedAt: null, updatedBy: null, apiUsage: null,
      apiBudget: { ownCallsToday: 0, capPercent: null, warning: false, paused: false }, searchTypes: ['account', 'lead', 'task', 'campaign'],
    });
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    expect((await sofia.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: false, status: 'not-connected' });
    expect((await sofia.search('acme')).json.error?.code).toBe('not-configured');
  });

  it('checks key and secret against the org without saving, saying what is wrong', async () => {
    expect((await ada.api('POST', `${path}/check`, settings())).json).toEqual({ ok: true, problems: [] });
    const wrongSecret = (await ada.api('POST', `${path}/check`, { ...settings(), consumerSecret: 'nope' })).json;
    expect(wrongSecret).toMatchObject({ ok: false, problem: 'The consumer secret does not match this consumer key.', hint: expect.stringContaining('Manage Consumer Details') });
    const wrongKey = (await ada.api('POST', `${path}/check`, { ...settings(), consumerKey: 'Unknown.Key' })).json;
    expect(wrongKey).toMatchObject({ ok: false, problem: expect.stringContaining('does not know this consumer key') });
    expect((await ada.api('GET', path)).json.configured).toBe(false);
  });

  it('normalises what admins paste and refuses anything else with a message saying what is expected', async () => {
    const bad = await ada.api('PUT', path, { ...settings(), loginHost: 'salesforce.evil.example' });
    expect(bad.status).toBe(400);
    expect(bad.json.error?.message).toContain('login.salesforce.com');
    const badScopes = await ada.api('PUT', path, { ...settings(), scopes: ['full'] });
    expect(badScopes.json.error?.code).toBe('invalid-request');
    const noSecret = await ada.api('PUT', path, { ...settings(), consumerSecret: undefined });
    expect(noSecret.json.error?.message).toBe('The consumer secret is required.');
  });

  it('saves; the secret is write-only; the last change and the connected users show', async () => {
    expect((await ada.api('PUT', path, { ...settings(), loginHost: `${stack.emulator.url}/` })).json).toEqual({ purgedTokens: 0 });
    const { json, headers } = await ada.api('GET', path);
    expect(json).toMatchObject({ configured: true, consumerKey: stack.emulator.app.consumerKey, hasConsumerSecret: true, loginHost: stack.emulator.url, updatedBy: 'ada.admin@intranet.example' });
    expect(JSON.stringify(json)).not.toContain(stack.emulator.app.consumerSecret);
    expect(headers.get('cache-control')).toBe('no-store');
  });

  it('purges every connected user on a real change, and nobody on an identical save', async () => {
    const people = [new Person(stack, 'sofia.rossi'), new Person(stack, 'liam.brown')];
    for (const p of people) { await p.signIn(); await p.connect(); }
    expect((await ada.api('GET', path)).json.connectedUsers).toBe(2);
    const { consumerSecret: _kept, ...withoutSecret } = settings();
    expect((await ada.api('PUT', path, withoutSecret)).json).toEqual({ purgedTokens: 0 });
    expect((await people[0]!.search('Logistics')).status).toBe(200);

    expect((await ada.api('PUT', path, { ...withoutSecret, scopes: ['api', 'refresh_token', 'id', 'email'] })).json).toEqual({ purgedTokens: 2 });
    for (const p of people) {
      expect((await p.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'reconnect-required', reason: 'config-changed' });
      expect((await p.search('Logistics')).json.error).toEqual({
        code: 'reconnect-required', reason: 'config-changed', message: 'Your administrator changed the Salesforce connection — sign in to Salesforce again.',
      });
    }
    // Reconnecting works, with the new scopes.
    await people[0]!.connect();
    expect((await people[0]!.search('Logistics')).status).toBe(200);
    const entries = await stack.store.audit.list();
    expect(JSON.stringify(entries)).not.toContain(stack.emulator.app.consumerSecret);
    expect(entries.find((e) => e.action === 'marketplace.config.changed')).toMatchObject({ actor: 'ada.admin@intranet.example', details: { purgedTokens: 2 } });
    expect(entries[0]).toMatchObject({ actor: 'sofia.rossi', action: 'salesforce.connected' });
  });

  it('revokes the purged refresh tokens at Salesforce in the background', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    await expect.poll(() => stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(1);
    await ada.api('PUT', path, { ...settings(), scopes: ['api', 'refresh_token', 'id'] });
    await expect.poll(() => stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(0);
  });

  it('sends the saved secret only to the saved login host with the saved key; another host or key needs it typed again', async () => {
    const { consumerSecret: _saved, ...withoutSecret } = settings();
    expect((await ada.api('POST', `${path}/check`, withoutSecret)).json).toEqual({ ok: true, problems: [] });
    stack.emulator.control.resetCalls();
    for (const other of [{ loginHost: 'http://127.0.0.1:9' }, { loginHost: 'https://acme.my.salesforce.com' }, { consumerKey: 'Another.Key' }]) {
      const answer = await ada.api('POST', `${path}/check`, { ...withoutSecret, ...other });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.message).toContain('Enter the consumer secret again');
    }
    expect(stack.emulator.control.callCount({ endpoint: 'token' })).toBe(0);
    // Typed again, it is checked wherever the admin points it.
    expect((await ada.api('POST', `${path}/check`, { ...settings(), loginHost: 'http://127.0.0.1:9' })).json).toMatchObject({ ok: false, problem: 'Could not reach 127.0.0.1:9.' });
  });

  it('refuses every admin route to a person who is not an admin', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    for (const [method, route] of [['GET', path], ['PUT', path], ['POST', `${path}/check`]] as const) {
      const answer = await sofia.api(method, route, method === 'GET' ? undefined : settings());
      expect(answer.status).toBe(403);
      expect(answer.json.error?.code).toBe('forbidden');
    }
  });
});
