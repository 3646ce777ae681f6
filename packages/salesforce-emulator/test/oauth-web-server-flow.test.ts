import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { Browser } from '@sfsearch/test-browser';
import {
  authorizeInBrowser, CALLBACK, connect, oauth2For, PASSWORD, pkcePair, SOFIA, startEmulator, tokenRequest,
} from './support/fixture.ts';

let emulator: Emulator;
beforeAll(async () => { emulator = await startEmulator(); });
afterAll(() => emulator.close());

const exchange = (code: string, extra: Record<string, string> = {}) => tokenRequest(emulator, {
  grant_type: 'authorization_code', code, client_id: emulator.app.consumerKey,
  client_secret: emulator.app.consumerSecret, redirect_uri: CALLBACK, ...extra,
});

describe('the web server flow', () => {
  it('logs a user in with PKCE through the login and consent pages, and jsforce gets a working session', async () => {
    const { conn, userInfo } = await connect(emulator, SOFIA);
    const sofia = emulator.org.users.find((u) => u.username === SOFIA)!;
    expect(userInfo).toMatchObject({ id: sofia.id, organizationId: emulator.org.id });
    expect(conn.instanceUrl).toBe(emulator.url);
    expect(conn.refreshToken).toMatch(/^5Aep861/);
    const identity = await conn.identity();
    expect(identity).toMatchObject({ username: SOFIA, display_name: 'Sofia Rossi', organization_id: emulator.org.id });
  });

  it('answers the token fields of salesforce-api.md §1.3: no expires_in, issued_at in ms, a verifiable signature', async () => {
    const { verifier, challenge } = pkcePair();
    const { code, state } = await authorizeInBrowser(emulator, SOFIA, { code_challenge: challenge });
    expect(state).toBe('state-123');
    const before = Date.now();
    const { status, body } = await exchange(code, { code_verifier: verifier });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['access_token', 'id', 'instance_url', 'issued_at', 'refresh_token', 'scope', 'signature', 'token_type']);
    expect(body.access_token).toMatch(new RegExp(`^${emulator.org.id.slice(0, 15)}!`));
    expect(body.token_type).toBe('Bearer');
    expect(body.scope).toBe('api refresh_token id');
    expect(body.id).toMatch(new RegExp(`${emulator.url}/id/${emulator.org.id}/005[A-Za-z0-9]{15}$`));
    expect(Number(body.issued_at)).toBeGreaterThanOrEqual(before);
    expect(body.issued_at).toMatch(/^\d{13}$/);
    const expected = createHmac('sha256', emulator.app.consumerSecret).update(body.id! + body.issued_at).digest('base64');
    expect(body.signature).toBe(expected);
  });

  it('issues codes in Salesforce\'s base64 shape, which survive URL encoding', async () => {
    const { callback, code } = await authorizeInBrowser(emulator, SOFIA);
    expect(code).toMatch(/^aPrx[A-Za-z0-9+/]+=*$/);
    expect(callback.search).toContain('code=aPrx');
    expect(`${callback.origin}${callback.pathname}`).toBe(CALLBACK);
  });

  it('refuses a code used twice', async () => {
    const { code } = await authorizeInBrowser(emulator, SOFIA);
    expect((await exchange(code)).status).toBe(200);
    expect(await exchange(code)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'expired authorization code' } });
  });

  it('refuses an expired code', async () => {
    const { code } = await authorizeInBrowser(emulator, SOFIA);
    emulator.control.advanceClock(16 * 60 * 1000);
    expect((await exchange(code)).body.error_description).toBe('expired authorization code');
  });

  it('checks the PKCE verifier against the challenge', async () => {
    const { challenge } = pkcePair();
    const { code } = await authorizeInBrowser(emulator, SOFIA, { code_challenge: challenge });
    expect((await exchange(code, { code_verifier: pkcePair().verifier })).body)
      .toEqual({ error: 'invalid_grant', error_description: 'invalid code verifier' });
    const second = await authorizeInBrowser(emulator, SOFIA, { code_challenge: challenge });
    expect((await exchange(second.code)).body.error_description).toBe('invalid code verifier');
  });

  it('refuses a verifier when no challenge was sent', async () => {
    const { code } = await authorizeInBrowser(emulator, SOFIA);
    expect((await exchange(code, { code_verifier: pkcePair().verifier })).body)
      .toEqual({ error: 'invalid_grant', error_description: 'unexpected code verifier' });
  });

  it('accepts jsforce\'s 171-character verifier', async () => {
    const verifier = Buffer.alloc(128, 7).toString('base64url');
    expect(verifier.length).toBe(171);
    const challenge = (await import('node:crypto')).createHash('sha256').update(verifier).digest('base64url');
    const { code } = await authorizeInBrowser(emulator, SOFIA, { code_challenge: challenge });
    expect((await exchange(code, { code_verifier: verifier })).status).toBe(200);
  });

  it('requires a challenge when the app requires PKCE, redirecting the error to the callback', async () => {
    emulator.control.updateApp({ requirePkce: true });
    try {
      const url = oauth2For(emulator).getAuthorizationUrl({ scope: 'api', state: 's1' });
      const result = await new Browser().authorize(url, { username: SOFIA, password: PASSWORD });
      expect(Object.fromEntries(result.callback!.searchParams)).toEqual({
        error: 'invalid_request', error_description: 'missing required code challenge', state: 's1',
      });
    } finally {
      emulator.control.updateApp({ requirePkce: false });
    }
  });

  it('needs the client secret and refuses a wrong one, in the body or with HTTP Basic', async () => {
    const { code } = await authorizeInBrowser(emulator, SOFIA);
    expect((await exchange(code, { client_secret: 'wrong' })).body).toEqual({ error: 'invalid_client', error_description: 'invalid client credentials' });
    const basic = Buffer.from(`${emulator.app.consumerKey}:${emulator.app.consumerSecret}`).toString('base64');
    const second = await authorizeInBrowser(emulator, SOFIA);
    const viaBasic = await tokenRequest(emulator, { grant_type: 'authorization_code', code: second.code, redirect_uri: CALLBACK }, { authorization: `Basic ${basic}` });
    expect(viaBasic.status).toBe(200);
  });

  it('names an unknown client and an unsupported grant type', async () => {
    expect((await tokenRequest(emulator, { grant_type: 'authorization_code', code: 'x', client_id: 'nope' })).body)
      .toEqual({ error: 'invalid_client_id', error_description: 'client identifier invalid' });
    expect((await tokenRequest(emulator, { grant_type: 'password', client_id: emulator.app.consumerKey })).body)
      .toEqual({ error: 'unsupported_grant_type', error_description: 'grant type not supported' });
  });

  it('redirects a denial to the callback as access_denied with the state', async () => {
    // prompt=consent: Sofia approved this app in earlier tests, and approvals are remembered.
    const url = oauth2For(emulator).getAuthorizationUrl({ scope: 'api', state: 'deny-me', prompt: 'consent' });
    const result = await new Browser().authorize(url, { username: SOFIA, password: PASSWORD, consent: 'deny' });
    expect(Object.fromEntries(result.callback!.searchParams)).toEqual({
      error: 'access_denied', error_description: 'end-user denied authorization', state: 'deny-me',
    });
  });

  it.each([
    ['an unknown client id', { client_id: 'unknown' }, 'invalid_client_id'],
    ['a redirect URI that does not match exactly', { redirect_uri: `${CALLBACK}/` }, 'redirect_uri_mismatch'],
    ['a scope the app does not allow', { scope: 'api chatter_api' }, 'invalid_scope'],
  ])('shows %s on its own error page, never redirecting to the callback', async (_what, change, error) => {
    const params = new URLSearchParams({ response_type: 'code', client_id: emulator.app.consumerKey, redirect_uri: CALLBACK, scope: 'api', ...change });
    const result = await new Browser().authorize(`${emulator.url}/services/oauth2/authorize?${params}`, { username: SOFIA, password: PASSWORD });
    expect(result.callback).toBeUndefined();
    expect(result.location).toContain(`/setup/secur/RemoteAccessErrorPage.apexp?error=${error}`);
    const page = await fetch(result.location!);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain(error);
  });

  it('shows the login page again with an error for a wrong password', async () => {
    const url = oauth2For(emulator).getAuthorizationUrl({ scope: 'api' });
    const result = await new Browser().authorize(url, { username: SOFIA, password: 'wrong' });
    expect(result.callback).toBeUndefined();
    expect(result.html).toContain('Please check your username and password');
  });

  it('remembers the approval: a signed-in user who already allowed the app goes straight back', async () => {
    const browser = new Browser();
    const url = oauth2For(emulator).getAuthorizationUrl({ scope: 'api id', state: 'a' });
    expect((await browser.authorize(url, { username: SOFIA, password: PASSWORD })).callback).toBeDefined();
    const again = await browser.request(url);
    expect(again.status).toBe(302);
    expect(again.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:9\/.*code=/);
  });
});
