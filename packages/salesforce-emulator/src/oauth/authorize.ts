// GET /services/oauth2/authorize → login page → consent page → redirect with code (or error).
import { randomBytes } from 'node:crypto';
import { cookies, readForm, redirect, sendHtml } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import { isPreAuthorized } from '../org/apps.ts';
import type { OrgUser } from '../org/types.ts';
import type { AuthorizationRequest, EmulatorState } from '../state.ts';
import { consentPage, errorPage, loginPage } from './pages.ts';

export const SESSION_COOKIE = 'sfemu_sid';
const TRANSACTION_TTL_MS = 15 * 60 * 1000;

/** Errors Salesforce shows on its own page, never sending the browser to an untrusted callback. */
function showError(ex: Exchange, error: string, description: string): void {
  const query = new URLSearchParams({ error, error_description: description });
  redirect(ex.res, `/setup/secur/RemoteAccessErrorPage.apexp?${query}`);
}

export function renderErrorPage(ex: Exchange): void {
  sendHtml(ex.res, 400, errorPage(ex.url.searchParams.get('error') ?? 'error', ex.url.searchParams.get('error_description') ?? ''));
}

function redirectToClient(ex: Exchange, request: Pick<AuthorizationRequest, 'redirectUri' | 'state'>, params: Record<string, string>): void {
  const query = new URLSearchParams(params);
  if (request.state !== null) query.set('state', request.state);
  const separator = request.redirectUri.includes('?') ? '&' : '?';
  redirect(ex.res, `${request.redirectUri}${separator}${query.toString().replace(/\+/g, '%20')}`);
}

export function startAuthorization(ex: Exchange): void {
  const params = ex.url.searchParams;
  const state = ex.state;
  const app = state.findApp(params.get('client_id') ?? '');
  if (!app) return showError(ex, 'invalid_client_id', 'client identifier invalid');
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!app.callbackUrls.includes(redirectUri)) return showError(ex, 'redirect_uri_mismatch', 'redirect_uri must match configuration');
  const requested = (params.get('scope') ?? '').split(/\s+/).filter(Boolean);
  const scopes = requested.length > 0 ? [...new Set(requested)] : app.scopes;
  if (scopes.some((s) => !app.scopes.includes(s))) return showError(ex, 'invalid_scope', 'the requested scope is not allowed');
  const request: AuthorizationRequest = {
    app, redirectUri, scopes,
    state: params.get('state'),
    codeChallenge: params.get('code_challenge'),
    prompt: (params.get('prompt') ?? '').split(/\s+/).filter(Boolean),
    createdAt: state.clock.now(),
  };
  if (params.get('response_type') !== 'code') {
    return redirectToClient(ex, request, { error: 'unsupported_response_type', error_description: 'response type not supported' });
  }
  const method = params.get('code_challenge_method') ?? 'S256';
  if (request.codeChallenge && method !== 'S256') {
    return redirectToClient(ex, request, { error: 'invalid_request', error_description: 'invalid code challenge method' });
  }
  if (app.requirePkce && !request.codeChallenge) {
    return redirectToClient(ex, request, { error: 'invalid_request', error_description: 'missing required code challenge' });
  }
  const transaction = randomBytes(18).toString('base64url');
  state.authorizations.set(transaction, request);
  const userId = signedInUser(ex);
  if (userId && !request.prompt.includes('login')) return consentStep(ex, transaction, userId);
  sendHtml(ex.res, 200, loginPage({ transaction, orgName: state.org.name }));
}

/** The user signed in to the emulated org in this browser (its session cookie), if any. */
export function signedInUser(ex: Exchange): string | undefined {
  const sid = cookies(ex.req).get(SESSION_COOKIE);
  return sid ? ex.state.browserSessions.get(sid) : undefined;
}

function pending(state: EmulatorState, transaction: string | null): AuthorizationRequest | undefined {
  const request = transaction ? state.authorizations.get(transaction) : undefined;
  if (!request || state.clock.now() - request.createdAt > TRANSACTION_TTL_MS) return undefined;
  return request;
}

export async function submitLogin(ex: Exchange): Promise<void> {
  const form = await readForm(ex.req);
  const transaction = form.get('txn') ?? '';
  if (!pending(ex.state, transaction)) return showError(ex, 'invalid_request', 'the login request expired; start again from the application');
  const username = form.get('username') ?? '';
  const user = ex.state.users.byUsername.get(username.trim().toLowerCase());
  if (!user || user.password !== form.get('pw')) {
    sendHtml(ex.res, 200, loginPage({
      transaction, orgName: ex.state.org.name, username,
      error: "Please check your username and password. If you still can't log in, contact your Salesforce administrator.",
    }));
    return;
  }
  const sid = randomBytes(24).toString('base64url');
  ex.state.browserSessions.set(sid, user.id);
  redirect(ex.res, `/services/oauth2/authorize/consent?txn=${encodeURIComponent(transaction)}`, {
    'set-cookie': `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`,
  });
}

export function showConsent(ex: Exchange): void {
  const transaction = ex.url.searchParams.get('txn') ?? '';
  const userId = signedInUser(ex);
  if (!pending(ex.state, transaction) || !userId) return showError(ex, 'invalid_request', 'the login request expired; start again from the application');
  consentStep(ex, transaction, userId);
}

/**
 * After the login, before any Allow page: an External Client App not installed in the org, or
 * one that admits only pre-authorized users, refuses the person (docs/decisions/0002).
 */
function refusal(request: AuthorizationRequest, user: OrgUser): Record<string, string> | undefined {
  if (!request.app.installed) return { error: 'OAUTH_EC_APP_NOT_FOUND', error_description: 'external client app is not installed in this org' };
  if (request.app.permittedUsers === 'admin-approved' && !isPreAuthorized(request.app, user)) {
    return { error: 'OAUTH_APP_ACCESS_DENIED', error_description: 'user is not admin approved to access this app' };
  }
  return undefined;
}

function consentStep(ex: Exchange, transaction: string, userId: string): void {
  const request = ex.state.authorizations.get(transaction)!;
  const user = ex.state.users.byId.get(userId)!;
  const refused = refusal(request, user);
  if (refused) {
    ex.state.authorizations.delete(transaction);
    return redirectToClient(ex, request, refused);
  }
  // Pre-authorized users are never asked; others approve once (prompt=consent asks again).
  if (request.app.permittedUsers === 'admin-approved') return finish(ex, transaction, userId);
  const approved = ex.state.approvals.get(`${userId}:${request.app.consumerKey}`);
  if (approved && request.scopes.every((s) => approved.has(s)) && !request.prompt.includes('consent')) {
    return finish(ex, transaction, userId);
  }
  sendHtml(ex.res, 200, consentPage({ transaction, appName: request.app.name, username: user.username, scopes: request.scopes }));
}

export async function submitConsent(ex: Exchange): Promise<void> {
  const form = await readForm(ex.req);
  const transaction = form.get('txn') ?? '';
  const request = pending(ex.state, transaction);
  const userId = signedInUser(ex);
  if (!request || !userId) return showError(ex, 'invalid_request', 'the login request expired; start again from the application');
  if (form.get('decision') !== 'allow') {
    ex.state.authorizations.delete(transaction);
    return redirectToClient(ex, request, { error: 'access_denied', error_description: 'end-user denied authorization' });
  }
  const key = `${userId}:${request.app.consumerKey}`;
  const approved = ex.state.approvals.get(key) ?? new Set<string>();
  request.scopes.forEach((s) => approved.add(s));
  ex.state.approvals.set(key, approved);
  finish(ex, transaction, userId);
}

function finish(ex: Exchange, transaction: string, userId: string): void {
  const request = ex.state.authorizations.get(transaction)!;
  ex.state.authorizations.delete(transaction);
  // Salesforce's codes are base64 with padding, so callers must URL-decode them.
  const code = `aPrx${randomBytes(40).toString('base64')}`;
  ex.state.codes.set(code, {
    userId, app: request.app, redirectUri: request.redirectUri, scopes: request.scopes,
    codeChallenge: request.codeChallenge,
    expiresAt: ex.state.clock.now() + ex.state.settings.codeTtlSeconds * 1000,
    used: false,
  });
  ex.attribute(ex.state.users.byId.get(userId)!.username);
  redirectToClient(ex, request, { code });
}
