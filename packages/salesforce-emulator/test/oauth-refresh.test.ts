import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../src/index.ts';
import { ADMIN, API_VERSION, authorizeInBrowser, CALLBACK, connect, LIAM, oauth2For, SOFIA, startEmulator, tokenRequest } from './support/fixture.ts';

let emulator: Emulator;
afterEach(() => emulator?.close());

async function withApp(app: EmulatorOptions['app']) {
  emulator = await startEmulator({ app });
  return emulator;
}

const refresh = (refreshToken: string) => tokenRequest(emulator, {
  grant_type: 'refresh_token', refresh_token: refreshToken,
  client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret,
});
const expired = { status: 400, body: { error: 'invalid_grant', error_description: 'expired access/refresh token' } };

describe('refresh tokens', () => {
  it('refreshes without rotation: a new access token, no new refresh token, the same one keeps working', async () => {
    await withApp({ refreshTokenRotation: false });
    const { conn } = await connect(emulator, SOFIA);
    const result = await oauth2For(emulator).refreshToken(conn.refreshToken!);
    expect(result.access_token).not.toBe(conn.accessToken);
    expect(result.refresh_token).toBeUndefined();
    expect(Object.keys(result)).not.toContain('expires_in');
    expect((await refresh(conn.refreshToken!)).status).toBe(200);
  });

  it('rotates: each refresh answers a new refresh token and a replayed one revokes the whole grant', async () => {
    await withApp({ refreshTokenRotation: true });
    const { conn } = await connect(emulator, SOFIA);
    const first = conn.refreshToken!;
    const rotated = await oauth2For(emulator).refreshToken(first);
    expect(rotated.refresh_token).toMatch(/^5Aep861/);
    expect(rotated.refresh_token).not.toBe(first);
    const next = await refresh(rotated.refresh_token!);
    expect(next.status).toBe(200);

    expect(await refresh(first)).toEqual(expired);
    // The replay revoked everything of the grant, including the newest tokens.
    expect(await refresh(next.body.refresh_token!)).toEqual(expired);
    const api = await fetch(`${emulator.url}/services/data/v${API_VERSION}/limits`, { headers: { authorization: `Bearer ${next.body.access_token}` } });
    expect(api.status).toBe(401);
  });

  it('refuses a second concurrent refresh of the same token as Salesforce does', async () => {
    await withApp({ refreshTokenRotation: true });
    const { conn } = await connect(emulator, SOFIA);
    const [a, b] = await Promise.all([refresh(conn.refreshToken!), refresh(conn.refreshToken!)]);
    const outcomes = [a, b].map((r) => r.body.error_description ?? 'ok').sort();
    expect(outcomes).toEqual(['ok', 'token request is already being processed']);
  });

  it('keeps at most five refresh tokens per user and app: the sixth grant revokes the oldest', async () => {
    await withApp({});
    const grants = [];
    for (let i = 0; i < 6; i++) grants.push((await connect(emulator, LIAM)).conn.refreshToken!);
    expect(emulator.control.activeRefreshTokens(LIAM)).toBe(5);
    expect(await refresh(grants[0]!)).toEqual(expired);
    expect((await refresh(grants[1]!)).status).toBe(200);
    expect((await refresh(grants[5]!)).status).toBe(200);
  });

  it('honours "immediately expire refresh token"', async () => {
    await withApp({ refreshTokenPolicy: { kind: 'immediately-expire' } });
    const { conn } = await connect(emulator, SOFIA);
    expect(await refresh(conn.refreshToken!)).toEqual(expired);
  });

  it('honours "expire refresh token after N"', async () => {
    await withApp({ refreshTokenPolicy: { kind: 'expire-after', seconds: 3600 } });
    const { conn } = await connect(emulator, SOFIA);
    emulator.control.advanceClock(30 * 60 * 1000);
    expect((await refresh(conn.refreshToken!)).status).toBe(200);
    emulator.control.advanceClock(31 * 60 * 1000);
    expect(await refresh(conn.refreshToken!)).toEqual(expired);
  });

  it('honours "expire refresh token if not used for N"', async () => {
    await withApp({ refreshTokenPolicy: { kind: 'expire-if-unused', seconds: 3600 } });
    const { conn } = await connect(emulator, SOFIA);
    for (let i = 0; i < 3; i++) {
      emulator.control.advanceClock(50 * 60 * 1000);
      expect((await refresh(conn.refreshToken!)).status).toBe(200);
    }
    emulator.control.advanceClock(61 * 60 * 1000);
    expect(await refresh(conn.refreshToken!)).toEqual(expired);
  });

  it('requires the secret on refresh when the app says so, and ignores an extra code_verifier', async () => {
    await withApp({ requireSecretForRefreshTokenFlow: true });
    const { conn } = await connect(emulator, SOFIA);
    const noSecret = await tokenRequest(emulator, { grant_type: 'refresh_token', refresh_token: conn.refreshToken!, client_id: emulator.app.consumerKey });
    expect(noSecret.body).toEqual({ error: 'invalid_client', error_description: 'invalid client credentials' });
    const withVerifier = await tokenRequest(emulator, {
      grant_type: 'refresh_token', refresh_token: conn.refreshToken!, client_id: emulator.app.consumerKey,
      client_secret: emulator.app.consumerSecret, code_verifier: 'x'.repeat(60), redirect_uri: CALLBACK,
    });
    expect(withVerifier.status).toBe(200);
  });

  it('lets jsforce refresh an expired session on its own', async () => {
    await withApp({});
    const { conn } = await connect(emulator, SOFIA);
    const before = conn.accessToken;
    emulator.control.expireAccessTokens(SOFIA);
    const limits = await conn.limits();
    expect(limits.DailyApiRequests?.Max).toBeGreaterThan(0);
    expect(conn.accessToken).not.toBe(before);
  });
});

describe('revoke and identity', () => {
  it('revokes a refresh token with its access tokens (jsforce logout with revoke)', async () => {
    emulator = await startEmulator();
    const { conn } = await connect(emulator, SOFIA);
    const { refreshToken, accessToken } = conn;
    await conn.logout(true);
    expect(await refresh(refreshToken!)).toEqual(expired);
    const api = await fetch(`${emulator.url}/services/data/v${API_VERSION}/limits`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(api.status).toBe(401);
    const again = await fetch(`${emulator.url}/services/oauth2/revoke`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=unknown',
    });
    expect(again.status).toBe(400);
  });

  it('serves userinfo and the identity URL with a Bearer token or oauth_token', async () => {
    emulator = await startEmulator();
    const { code } = await authorizeInBrowser(emulator, ADMIN);
    const { body: tokens } = await tokenRequest(emulator, {
      grant_type: 'authorization_code', code, client_id: emulator.app.consumerKey, client_secret: emulator.app.consumerSecret, redirect_uri: CALLBACK,
    });
    const userinfo = await (await fetch(`${emulator.url}/services/oauth2/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json();
    expect(userinfo).toMatchObject({ sub: tokens.id, preferred_username: ADMIN, name: 'Ada Admin', organization_id: emulator.org.id });
    const viaQuery = await fetch(`${tokens.id}?format=json&version=latest&oauth_token=${encodeURIComponent(tokens.access_token!)}`);
    const identity = await viaQuery.json() as { urls: { rest: string }; username: string };
    expect(identity.username).toBe(ADMIN);
    expect(identity.urls.rest).toBe(`${emulator.url}/services/data/v68.0/`);
    const noVersion = await (await fetch(tokens.id!, { headers: { authorization: `Bearer ${tokens.access_token}` } })).json() as { urls: { rest: string } };
    expect(noVersion.urls.rest).toContain('/services/data/v{version}/');
    expect((await fetch(tokens.id!)).status).toBe(403);
  });
});
