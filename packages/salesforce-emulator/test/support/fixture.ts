import { createHash, randomBytes } from 'node:crypto';
import { Connection, OAuth2 } from 'jsforce';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/index.ts';
import { Browser } from '@sfsearch/test-browser';

export const CALLBACK = 'http://127.0.0.1:9/marketplace/salesforce/account/sign-in/oauth2';
export const PASSWORD = 'salesforce-demo';
export const SOFIA = 'sofia.rossi@globex.example';
export const LIAM = 'liam.brown@globex.example';
export const ADMIN = 'ada.admin@globex.example';
export const NO_API_USER = 'ethan.clark@globex.example';
export const API_VERSION = '62.0';

export function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ callbackUrls: [CALLBACK], refreshProcessingMs: 40, ...options });
}

export function oauth2For(emulator: Emulator, overrides: Partial<{ clientSecret: string }> = {}): OAuth2 {
  return new OAuth2({
    loginUrl: emulator.url,
    clientId: emulator.app.consumerKey,
    clientSecret: overrides.clientSecret ?? emulator.app.consumerSecret,
    redirectUri: CALLBACK,
  });
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Runs the web server flow in a browser and answers the code (and the state it came back with). */
export async function authorizeInBrowser(emulator: Emulator, username: string, params: Record<string, string> = {}) {
  const oauth2 = oauth2For(emulator);
  const url = oauth2.getAuthorizationUrl({ scope: 'api refresh_token id', state: 'state-123', ...params });
  const result = await new Browser().authorize(url, { username, password: PASSWORD });
  if (!result.callback) throw new Error(`no callback: ${result.location ?? result.html}`);
  return { code: result.callback.searchParams.get('code')!, state: result.callback.searchParams.get('state'), callback: result.callback };
}

/** A jsforce Connection for a user, connected through the whole web server flow with PKCE. */
export async function connect(emulator: Emulator, username: string, scope = 'api refresh_token id') {
  const { verifier, challenge } = pkcePair();
  const { code } = await authorizeInBrowser(emulator, username, { scope, code_challenge: challenge });
  const conn = new Connection({ oauth2: oauth2For(emulator), version: API_VERSION });
  const userInfo = await conn.authorize(code, { code_verifier: verifier });
  return { conn, userInfo };
}

/** Posts to the token endpoint as any client would, answering status and JSON. */
export async function tokenRequest(emulator: Emulator, form: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${emulator.url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}
