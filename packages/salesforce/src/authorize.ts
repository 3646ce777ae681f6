// The start of the web server flow: PKCE S256 and state made per sign-in (never jsforce's
// useVerifier, which sends the verifier on refresh too), and the authorize URL.
import { createHash, randomBytes } from 'node:crypto';
import type { SalesforceApp } from './app-config.ts';

export interface SignInTransaction {
  state: string;
  codeVerifier: string;
  codeChallenge: string;
}

export function newSignInTransaction(): SignInTransaction {
  const codeVerifier = randomBytes(32).toString('base64url');
  return {
    state: randomBytes(24).toString('base64url'),
    codeVerifier,
    codeChallenge: createHash('sha256').update(codeVerifier).digest('base64url'),
  };
}

export function authorizationUrl(app: SalesforceApp, transaction: SignInTransaction, options: { prompt?: string } = {}): string {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope: app.scopes.join(' '),
    state: transaction.state,
    code_challenge: transaction.codeChallenge,
    code_challenge_method: 'S256',
    ...(options.prompt ? { prompt: options.prompt } : {}),
  });
  return `${app.loginHost}/services/oauth2/authorize?${params.toString().replace(/\+/g, '%20')}`;
}
