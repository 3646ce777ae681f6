// The token endpoint through jsforce's OAuth2: code exchange, refresh, revoke, and a credentials
// check that never saves anything.
import type { OAuth2 } from 'jsforce';
import { DEFAULT_TIMEOUT_MS, type SalesforceApp } from './app-config.ts';
import { assertTrustedInstance } from './instance.ts';
import { fromJsforceError, SalesforceError } from './salesforce-error.ts';
import { oauth2WithDeadline } from './transport.ts';

export interface TokenSet {
  accessToken: string;
  /** Present after a code exchange; after a refresh only when the app rotates refresh tokens. */
  refreshToken?: string;
  instanceUrl: string;
  /** The identity URL, ending /id/<orgId>/<userId>. */
  identityUrl: string;
  orgId: string;
  userId: string;
  scopes: string[];
  issuedAt: Date;
}

function oauth2(app: Pick<SalesforceApp, 'loginHost' | 'timeoutMs'> & Partial<SalesforceApp>): OAuth2 {
  const { loginHost, clientId, clientSecret, redirectUri } = app;
  return oauth2WithDeadline({ loginUrl: loginHost, clientId, clientSecret, redirectUri }, app.timeoutMs ?? DEFAULT_TIMEOUT_MS);
}

function toTokenSet(app: SalesforceApp, response: Record<string, unknown>): TokenSet {
  const identityUrl = String(response.id ?? '');
  const [orgId, userId] = identityUrl.split('/').slice(-2);
  if (!orgId || !userId || typeof response.access_token !== 'string' || typeof response.instance_url !== 'string') {
    throw new SalesforceError('unavailable', 'Salesforce answered the token request without the expected fields');
  }
  return {
    accessToken: response.access_token,
    ...(typeof response.refresh_token === 'string' ? { refreshToken: response.refresh_token } : {}),
    instanceUrl: assertTrustedInstance(response.instance_url, app.loginHost),
    identityUrl,
    orgId,
    userId,
    scopes: String(response.scope ?? '').split(' ').filter(Boolean),
    issuedAt: new Date(Number(response.issued_at) || Date.now()),
  };
}

export async function exchangeCode(app: SalesforceApp, code: string, codeVerifier: string): Promise<TokenSet> {
  try {
    const response = await oauth2(app).requestToken(code, { code_verifier: codeVerifier });
    return toTokenSet(app, response as unknown as Record<string, unknown>);
  } catch (error) {
    throw fromJsforceError(error);
  }
}

export async function refreshAccessToken(app: SalesforceApp, refreshToken: string): Promise<TokenSet> {
  try {
    const response = await oauth2(app).refreshToken(refreshToken);
    return toTokenSet(app, response as unknown as Record<string, unknown>);
  } catch (error) {
    throw fromJsforceError(error);
  }
}

/** Revokes a refresh token (and its access tokens). A token Salesforce no longer knows is fine. */
export async function revokeToken(app: Pick<SalesforceApp, 'loginHost' | 'timeoutMs'>, token: string): Promise<void> {
  try {
    await oauth2(app).revokeToken(token);
  } catch (error) {
    const e = error as { name?: string; message?: string };
    if (e.name === 'ERROR_HTTP_400' || e.name === 'invalid_token' || e.message?.includes('invalid_token')) return;
    throw fromJsforceError(error);
  }
}
