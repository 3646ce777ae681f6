import { Connection } from 'jsforce';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, API_VERSION, authorizeInBrowser, CALLBACK, connect, LIAM, NO_API_USER, SOFIA, startEmulator, tokenRequest } from './support/fixture.ts';

let emulator: Emulator;
beforeEach(async () => { emulator = await startEmulator(); });
afterEach(() => emulator.close());

/** A connection that cannot refresh, so Salesforce's errors reach the test as they are. */
async function bareConnection(username: string, scope?: string) {
  const { conn } = await connect(emulator, username, scope);
  return new Connection({ instanceUrl: conn.instanceUrl, accessToken: conn.accessToken!, version: API_VERSION });
}
const rest = (base: string, token: string, path = 'limits') =>
  fetch(`${base}/services/data/v${API_VERSION}/${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('versions', () => {
  it('lists v50.0 to v68.0 without authentication and without Sforce-Limit-Info', async () => {
    const response = await fetch(`${emulator.url}/services/data/`);
    const versions = (await response.json()) as { label: string; url: string; version: string }[];
    expect(response.headers.get('sforce-limit-info')).toBeNull();
    expect(versions[0]).toEqual({ label: "Winter '21", url: '/services/data/v50.0', version: '50.0' });
    expect(versions.at(-1)).toEqual({ label: "Winter '27", url: '/services/data/v68.0', version: '68.0' });
    expect(versions.find((v) => v.version === '62.0')?.label).toBe("Winter '25");
  });

  it('answers NOT_FOUND outside v50.0–v68.0', async () => {
    const conn = await bareConnection(ADMIN);
    for (const version of ['49.0', '69.0']) {
      const response = await fetch(`${emulator.url}/services/data/v${version}/limits`, { headers: { authorization: `Bearer ${conn.accessToken}` } });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual([{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
    }
    expect((await fetch(`${emulator.url}/services/data/v50.0/limits`, { headers: { authorization: `Bearer ${conn.accessToken}` } })).status).toBe(200);
  });
});

describe('REST errors', () => {
  it('answers INVALID_SESSION_ID (401) for an expired session, only for the user whose tokens expired', async () => {
    const sofia = await bareConnection(SOFIA);
    const liam = await bareConnection(LIAM);
    emulator.control.expireAccessTokens(SOFIA);
    await expect(sofia.query('SELECT Id FROM Account LIMIT 1')).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID', message: 'Session expired or invalid' });
    await expect(liam.query('SELECT Id FROM Account LIMIT 1')).resolves.toMatchObject({ done: true });
    const response = await rest(emulator.url, sofia.accessToken!);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
  });

  it('refuses a session granted without the api scope', async () => {
    const conn = await bareConnection(SOFIA, 'id refresh_token');
    await expect(conn.limits()).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID', message: 'This session is not valid for use with the REST API' });
  });

  it('answers API_DISABLED_FOR_ORG when the edition has no API', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.setOrgApiEnabled(false);
    const response = await rest(emulator.url, conn.accessToken!);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual([{ message: 'The REST API is not enabled for this Organization.', errorCode: 'API_DISABLED_FOR_ORG' }]);
    expect(response.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/\d+$/);
  });

  it('answers API_CURRENTLY_DISABLED for a user without "API Enabled"', async () => {
    const ethan = await bareConnection(NO_API_USER);
    await expect(ethan.limits()).rejects.toMatchObject({ errorCode: 'API_CURRENTLY_DISABLED', message: 'API is disabled for this User' });
    const sofia = await bareConnection(SOFIA);
    emulator.control.setUserApiEnabled(SOFIA, false);
    await expect(sofia.limits()).rejects.toMatchObject({ errorCode: 'API_CURRENTLY_DISABLED' });
  });

  it('answers REQUEST_LIMIT_EXCEEDED (403) once the daily budget is spent', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.setRemainingApiRequests(1);
    const ok = await rest(emulator.url, conn.accessToken!);
    expect(ok.headers.get('sforce-limit-info')).toBe(`api-usage=${emulator.org.dailyApiLimit}/${emulator.org.dailyApiLimit}`);
    const refused = await rest(emulator.url, conn.accessToken!);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
  });
});

describe('controls', () => {
  it('revokes a user\'s grants: sessions and refresh tokens stop working', async () => {
    const { conn } = await connect(emulator, SOFIA);
    expect(emulator.control.revokeUser(SOFIA)).toBe(1);
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(401);
    const refreshed = await tokenRequest(emulator, { grant_type: 'refresh_token', refresh_token: conn.refreshToken!, client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret });
    expect(refreshed.body.error).toBe('invalid_grant');
  });

  it('moves the org to a new instance: the old one stops answering, the token endpoint gives the new instance_url', async () => {
    const { conn } = await connect(emulator, SOFIA);
    const oldInstance = emulator.instanceUrl();
    const newInstance = await emulator.control.moveInstance();
    expect(newInstance).not.toBe(oldInstance);
    expect((await rest(oldInstance, conn.accessToken!)).status).toBe(401);
    const { body } = await tokenRequest(emulator, { grant_type: 'refresh_token', refresh_token: conn.refreshToken!, client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret });
    expect(body.instance_url).toBe(newInstance);
    expect((await rest(newInstance, body.access_token!)).status).toBe(200);
  });

  it('fails the next requests with a 5xx, then answers again', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.failNext({ count: 2, mode: 503, pathPrefix: '/services/data' });
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(503);
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(503);
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(200);
  });

  it('hangs a request when asked, without answering it', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.failNext({ count: 1, mode: 'hang' });
    await expect(fetch(`${emulator.url}/services/data/v${API_VERSION}/limits`, {
      headers: { authorization: `Bearer ${conn.accessToken}` }, signal: AbortSignal.timeout(300),
    })).rejects.toThrow();
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(200);
  });

  it('adds latency to every Salesforce request', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.setLatency(150);
    const started = performance.now();
    await rest(emulator.url, conn.accessToken!);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
  });

  it('counts calls per endpoint and per user, also over HTTP', async () => {
    const { conn } = await connect(emulator, SOFIA);
    await (await control('reset-calls')).json();
    await conn.search('FIND {Logistics} RETURNING Account(Id)');
    await conn.query('SELECT Id FROM Campaign LIMIT 1');
    const calls = await (await fetch(`${emulator.url}/__emulator/calls`)).json();
    expect(calls).toEqual({ total: 2, byEndpoint: { search: 1, query: 1 }, byUser: { [SOFIA]: { search: 1, query: 1 } } });
    expect(emulator.control.callCount({ endpoint: 'token' })).toBe(0);
  });

  it('takes controls over HTTP: expire one user\'s sessions', async () => {
    const conn = await bareConnection(SOFIA);
    const answer = await control('expire-access-tokens', { username: SOFIA });
    expect(await answer.json()).toEqual({ expired: 1 });
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(401);
    expect((await control('nope')).status).toBe(404);
    const app = await (await control('app')).json();
    expect(app).toEqual({ consumerKey: emulator.app.consumerKey, consumerSecret: emulator.app.consumerSecret, callbackUrls: emulator.app.callbackUrls });
  });

  it('refuses controls that a web page could send across origins (no JSON content type)', async () => {
    const conn = await bareConnection(SOFIA);
    for (const headers of [{ 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }, {}]) {
      const answer = await fetch(`${emulator.url}/__emulator/expire-access-tokens`, { method: 'POST', headers, body: JSON.stringify({ username: SOFIA }) });
      expect(answer.status).toBe(415);
    }
    expect((await rest(emulator.url, conn.accessToken!)).status).toBe(200);
  });

  it('fails the requests of one user only, when asked to', async () => {
    const sofia = await bareConnection(SOFIA);
    const liam = await bareConnection(LIAM);
    emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data', username: SOFIA });
    expect((await rest(emulator.url, liam.accessToken!)).status).toBe(200);
    expect((await rest(emulator.url, sofia.accessToken!)).status).toBe(503);
    expect((await rest(emulator.url, sofia.accessToken!)).status).toBe(200);
  });

  it('tells how many hung requests their clients still hold open', async () => {
    const conn = await bareConnection(SOFIA);
    emulator.control.failNext({ count: 1, mode: 'hang', pathPrefix: '/services/data' });
    const aborter = new AbortController();
    const hung = fetch(`${emulator.url}/services/data/v${API_VERSION}/limits`, { headers: { authorization: `Bearer ${conn.accessToken}` }, signal: aborter.signal });
    await expect.poll(() => emulator.control.hangingRequests()).toBe(1);
    expect(await (await fetch(`${emulator.url}/__emulator/hanging-requests`)).json()).toEqual({ open: 1 });
    aborter.abort();
    await expect(hung).rejects.toThrow();
    await expect.poll(() => emulator.control.hangingRequests()).toBe(0);
  });
});

function control(action: string, body: Record<string, unknown> = {}) {
  return fetch(`${emulator.url}/__emulator/${action}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('client credentials', () => {
  const grant = () => tokenRequest(emulator, { grant_type: 'client_credentials', client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret });

  it('issues a session for the Run-As user without a refresh token', async () => {
    emulator.control.updateApp({ clientCredentialsUser: ADMIN });
    const { status, body } = await grant();
    expect(status).toBe(200);
    expect(body.refresh_token).toBeUndefined();
    expect(body.id).toContain(emulator.org.users[0]!.id);
  });

  it('is refused without a Run-As user and off My Domain', async () => {
    expect((await grant()).body.error).toBe('invalid_grant');
    emulator.control.updateApp({ clientCredentialsUser: ADMIN });
    emulator.org.myDomain = false;
    expect((await grant()).body).toEqual({ error: 'invalid_grant', error_description: 'request not supported on this domain' });
  });
});

it('has codes bound to the redirect URI they were issued for', async () => {
  const { code } = await authorizeInBrowser(emulator, SOFIA);
  const { body } = await tokenRequest(emulator, {
    grant_type: 'authorization_code', code, client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret, redirect_uri: `${CALLBACK}?x=1`,
  });
  expect(body.error).toBe('redirect_uri_mismatch');
});
