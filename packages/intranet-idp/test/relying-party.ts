// Drives the IdP the way the BFF will: openid-client 6 as relying party, a Browser as the user agent.
import * as client from 'openid-client';
import { afterAll, beforeAll } from 'vitest';
import { createIntranetIdp, DEMO_PASSWORD } from '../src/index.ts';
import type { IdpClient, IntranetIdp } from '../src/index.ts';
import { Browser, formAction, startingWith } from '@sfsearch/test-browser';
import type { Page } from '@sfsearch/test-browser';

export const RP: IdpClient = {
  clientId: 'test-bff',
  clientSecret: 'test-bff-secret',
  // Nothing listens there: the browser stops at the redirect and hands the URL to the test.
  redirectUris: ['http://127.0.0.1:9/auth/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1:9/signed-out'],
  clientName: 'Salesforce search',
};
export const REDIRECT_URI = RP.redirectUris[0] ?? '';
export const POST_LOGOUT_URI = RP.postLogoutRedirectUris[0] ?? '';

/** Starts one IdP for the test file and hands it, with the RP's discovered configuration, to `use`. */
export function runIdpForTests(use: (idp: IntranetIdp, config: client.Configuration) => void): void {
  let running: IntranetIdp | undefined;
  beforeAll(async () => {
    running = await startIdp();
    use(running, await discover(running));
  });
  afterAll(() => running?.close());
}

export function startIdp(): Promise<IntranetIdp> {
  return createIntranetIdp({ port: 0, clients: [RP] });
}

export function discover(idp: IntranetIdp, secret = RP.clientSecret): Promise<client.Configuration> {
  return client.discovery(new URL(idp.issuer), RP.clientId, secret, undefined, {
    execute: [client.allowInsecureRequests],
  });
}

export interface AuthRequest {
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
}

export async function authRequest(
  config: client.Configuration,
  scope = 'openid profile email groups',
  extra: Record<string, string> = {},
): Promise<AuthRequest> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, verifier, state, nonce };
}

/** Submits the login form on `page`; returns the next page, or the callback URL once the flow finishes. */
export function submitLogin(browser: Browser, page: Page, username: string, password: string): Promise<Page> {
  return browser.navigate(formAction(page), { form: { username, password }, stopAt: startingWith(REDIRECT_URI) });
}

/** Signs `username` in from scratch and exchanges the code: what the BFF's /auth/callback does. */
export async function signIn(idp: IntranetIdp, config: client.Configuration, username: string, browser = new Browser()) {
  const request = await authRequest(config);
  const loginPage = await browser.navigate(request.url.href, { stopAt: startingWith(REDIRECT_URI) });
  const callback = await submitLogin(browser, loginPage, username, DEMO_PASSWORD);
  const tokens = await exchange(config, callback.url, request);
  return { browser, tokens };
}

export function exchange(config: client.Configuration, callbackUrl: string, request: AuthRequest) {
  return client.authorizationCodeGrant(config, new URL(callbackUrl), {
    pkceCodeVerifier: request.verifier,
    expectedState: request.state,
    expectedNonce: request.nonce,
  });
}
