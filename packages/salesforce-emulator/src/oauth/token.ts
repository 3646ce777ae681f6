// POST /services/oauth2/token (authorization_code, refresh_token, client_credentials) and
// POST /services/oauth2/revoke, with Salesforce's response fields and error bodies.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { readForm, sendJson } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import type { ConnectedApp, OrgUser } from '../org/types.ts';
import { isPreAuthorized } from '../org/apps.ts';
import type { AccessToken } from './grants.ts';

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

function oauthError(ex: Exchange, error: string, description: string, status = 400): void {
  sendJson(ex.res, status, { error, error_description: description }, NO_STORE);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function clientCredentials(ex: Exchange, form: URLSearchParams): { id: string; secret: string | null } {
  const basic = /^Basic\s+(.+)$/i.exec(ex.req.headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon >= 0) return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  return { id: form.get('client_id') ?? '', secret: form.get('client_secret') };
}

export function identityUrl(loginUrl: string, orgId: string, userId: string): string {
  return `${loginUrl}/id/${orgId}/${userId}`;
}

function tokenResponse(ex: Exchange, app: ConnectedApp, user: OrgUser, access: AccessToken, refreshToken?: string) {
  const state = ex.state;
  const id = identityUrl(state.loginUrl, state.org.id, user.id);
  const issuedAt = String(state.clock.now());
  ex.attribute(user.username);
  sendJson(ex.res, 200, {
    access_token: access.token,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    signature: createHmac('sha256', app.consumerSecret).update(id + issuedAt).digest('base64'),
    scope: access.grant.scopes.join(' '),
    instance_url: state.instance.current,
    id,
    token_type: 'Bearer',
    issued_at: issuedAt,
  }, NO_STORE);
}

export async function token(ex: Exchange): Promise<void> {
  const form = await readForm(ex.req);
  const grantType = form.get('grant_type') ?? '';
  if (!['authorization_code', 'refresh_token', 'client_credentials'].includes(grantType)) {
    return oauthError(ex, 'unsupported_grant_type', 'grant type not supported');
  }
  const client = clientCredentials(ex, form);
  const app = ex.state.findApp(client.id);
  if (!app) return oauthError(ex, 'invalid_client_id', 'client identifier invalid');
  // An External Client App that is not installed is refused whatever else is sent.
  if (!app.installed) return oauthError(ex, 'invalid_client', 'app must be installed into org');
  // The undocumented other order (EmulatorOptions.tokenChecks): an unknown code is refused first.
  if (grantType === 'authorization_code' && ex.state.settings.tokenChecks === 'code-first' && !ex.state.codes.has(form.get('code') ?? '')) {
    return oauthError(ex, 'invalid_grant', 'expired authorization code');
  }
  const secretRequired = grantType === 'client_credentials'
    || (grantType === 'authorization_code' ? app.requireSecretForWebServerFlow : app.requireSecretForRefreshTokenFlow);
  if ((secretRequired || client.secret !== null) && !sameSecret(client.secret ?? '', app.consumerSecret)) {
    return oauthError(ex, 'invalid_client', 'invalid client credentials');
  }
  if (grantType === 'authorization_code') return exchangeCode(ex, app, form);
  if (grantType === 'refresh_token') return refresh(ex, app, form);
  return clientCredentialsGrant(ex, app);
}

function exchangeCode(ex: Exchange, app: ConnectedApp, form: URLSearchParams): void {
  const state = ex.state;
  const entry = state.codes.get(form.get('code') ?? '');
  if (!entry || entry.used || entry.app !== app || entry.expiresAt <= state.clock.now()) {
    return oauthError(ex, 'invalid_grant', 'expired authorization code');
  }
  entry.used = true;
  if ((form.get('redirect_uri') ?? '') !== entry.redirectUri) {
    return oauthError(ex, 'redirect_uri_mismatch', 'redirect_uri must match configuration');
  }
  const verifier = form.get('code_verifier');
  if (entry.codeChallenge) {
    const computed = verifier ? createHash('sha256').update(verifier).digest('base64url') : null;
    if (computed !== entry.codeChallenge) return oauthError(ex, 'invalid_grant', 'invalid code verifier');
  } else if (verifier) {
    return oauthError(ex, 'invalid_grant', 'unexpected code verifier');
  }
  const user = state.users.byId.get(entry.userId)!;
  const { accessToken, refreshToken } = state.grants.issue(user.id, app, entry.scopes);
  tokenResponse(ex, app, user, accessToken, refreshToken);
}

async function refresh(ex: Exchange, app: ConnectedApp, form: URLSearchParams): Promise<void> {
  const started = ex.state.grants.beginRefresh(form.get('refresh_token') ?? '', app);
  let outcome = started;
  if (started.ok === 'pending') {
    await sleep(ex.state.settings.refreshProcessingMs);
    outcome = started.complete();
  }
  if (outcome.ok === true) {
    const user = ex.state.users.byId.get(outcome.accessToken.grant.userId)!;
    // An admin took the user off the app's pre-authorized profiles since they connected.
    if (app.permittedUsers === 'admin-approved' && !isPreAuthorized(app, user)) return oauthError(ex, 'invalid_grant', "user hasn't approved this consumer");
    return tokenResponse(ex, app, user, outcome.accessToken, outcome.refreshToken);
  }
  if (outcome.ok === false) return oauthError(ex, 'invalid_grant', outcome.description);
}

function clientCredentialsGrant(ex: Exchange, app: ConnectedApp): void {
  if (!ex.state.org.myDomain) return oauthError(ex, 'invalid_grant', 'request not supported on this domain');
  const user = app.clientCredentialsUser ? ex.state.users.byUsername.get(app.clientCredentialsUser.toLowerCase()) : undefined;
  if (!user) return oauthError(ex, 'invalid_grant', 'no client credentials user enabled');
  const scopes = app.scopes.filter((s) => s !== 'refresh_token' && s !== 'offline_access');
  const { accessToken } = ex.state.grants.issue(user.id, app, scopes);
  tokenResponse(ex, app, user, accessToken);
}

export async function revoke(ex: Exchange): Promise<void> {
  const form = ex.req.method === 'POST' ? await readForm(ex.req) : ex.url.searchParams;
  const value = form.get('token');
  if (!value) return oauthError(ex, 'unsupported_token_type', 'unsupported token type');
  if (!ex.state.grants.revoke(value)) return oauthError(ex, 'invalid_token', 'invalid token');
  ex.res.writeHead(200, { 'content-length': '0', ...NO_STORE });
  ex.res.end();
}
