// The intranet's SSO, framework-free: the BFF is an OpenID Connect relying party (authorization
// code + PKCE). `begin` makes a sign-in transaction and the IdP URL to send the person to;
// `finish` redeems the callback against it and answers who signed in. The router keeps the
// transaction in the session and renders the outcome.
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { safeReturnTo } from '../http/return-to.ts';
import { msg, type Message } from '../messages/messages.ts';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
}

/** An intranet sign-in under way: what its callback must find again. */
export interface IntranetSignInTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

export type IntranetSignInOutcome =
  | { ok: true; user: SignedInUser; returnTo: string }
  | { ok: false; message: Message };

export interface IntranetSignIn {
  begin(returnTo: unknown): Promise<{ redirectUrl: string; transaction: IntranetSignInTransaction }>;
  /** `transaction` is what the session held (taken once); undefined when missing or expired. */
  finish(callbackUrl: URL, transaction: IntranetSignInTransaction | undefined): Promise<IntranetSignInOutcome>;
  /** Where the browser goes to end its IdP session: no token in it (client_id identifies us). */
  signOutUrl(): string;
}

export async function discoverIntranetIdp(config: Config): Promise<oidc.Configuration> {
  const issuer = new URL(config.OIDC_ISSUER);
  const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
  return oidc.discovery(issuer, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET, undefined, options);
}

export function userFromClaims(claims: Record<string, unknown>, config: Pick<Config, 'ADMIN_CLAIM' | 'ADMIN_GROUP' | 'ADMIN_EMAILS'>): SignedInUser {
  const email = String(claims.email ?? '');
  const groups = claims[config.ADMIN_CLAIM];
  const inAdminGroup = Array.isArray(groups) ? groups.includes(config.ADMIN_GROUP) : groups === config.ADMIN_GROUP;
  return {
    id: String(claims.sub),
    name: String(claims.name ?? claims.preferred_username ?? email),
    email,
    isAdmin: inAdminGroup || (email !== '' && config.ADMIN_EMAILS.includes(email.toLowerCase())),
  };
}

export function createIntranetSignIn(config: Config, idp: oidc.Configuration, logger: Logger): IntranetSignIn {
  const redirectUri = `${config.PUBLIC_URL}/auth/callback`;
  return {
    async begin(returnTo) {
      const transaction: IntranetSignInTransaction = {
        state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier(),
        returnTo: safeReturnTo(returnTo, config.PUBLIC_URL),
      };
      const redirectUrl = oidc.buildAuthorizationUrl(idp, {
        redirect_uri: redirectUri, scope: config.OIDC_SCOPES,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier), code_challenge_method: 'S256',
        state: transaction.state, nonce: transaction.nonce,
      }).href;
      return { redirectUrl, transaction };
    },

    async finish(callbackUrl, transaction) {
      if (!transaction) return { ok: false, message: msg('intranet.link-expired') };
      try {
        const tokens = await oidc.authorizationCodeGrant(idp, callbackUrl, {
          pkceCodeVerifier: transaction.codeVerifier, expectedState: transaction.state, expectedNonce: transaction.nonce,
        });
        const claims = { ...tokens.claims() } as Record<string, unknown>;
        if (claims[config.ADMIN_CLAIM] === undefined || claims.email === undefined) {
          Object.assign(claims, await oidc.fetchUserInfo(idp, tokens.access_token, String(claims.sub)));
        }
        return { ok: true, user: userFromClaims(claims, config), returnTo: transaction.returnTo };
      } catch (error) {
        logger.warn({ err: error }, 'intranet sign-in failed');
        return { ok: false, message: msg('intranet.not-confirmed') };
      }
    },

    signOutUrl() {
      if (!idp.serverMetadata().end_session_endpoint) return `${config.PUBLIC_URL}/`;
      return oidc.buildEndSessionUrl(idp, { post_logout_redirect_uri: `${config.PUBLIC_URL}/` }).href;
    },
  };
}
