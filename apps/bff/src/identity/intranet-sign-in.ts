// The intranet's SSO: the BFF is an OpenID Connect relying party (authorization code + PKCE).
import { Router } from 'express';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { csrfProtection, newCsrfToken } from '../http/security.ts';
import { messagePage } from '../http/pages.ts';
import { intranetSignInRateLimit } from '../http/rate-limits.ts';
import { safeReturnTo } from '../http/return-to.ts';
import { regenerateSession, saveSession, sessionCookieName, type SignedInUser } from '../http/session.ts';


export async function discoverIntranetIdp(config: Config): Promise<oidc.Configuration> {
  const issuer = new URL(config.OIDC_ISSUER);
  const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
  return oidc.discovery(issuer, config.OIDC_CLIENT_ID, config.OIDC_CLIENT_SECRET, undefined, options);
}

export function userFromClaims(claims: Record<string, unknown>, config: Config): SignedInUser {
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

export function intranetSignInRoutes(config: Config, idp: oidc.Configuration, logger: Logger): Router {
  const router = Router();
  const failed = (message: string) => messagePage('Sign-in failed', message, { href: '/auth/sign-in', text: 'Try signing in again' });

  router.get('/auth/sign-in', intranetSignInRateLimit(config), async (req, res) => {
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const transaction = {
      state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier,
      returnTo: safeReturnTo(req.query.returnTo, config.PUBLIC_URL), createdAt: Date.now(),
    };
    req.session.intranetSignIn = transaction;
    await saveSession(req);
    res.redirect(oidc.buildAuthorizationUrl(idp, {
      redirect_uri: `${config.PUBLIC_URL}/auth/callback`, scope: config.OIDC_SCOPES,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256',
      state: transaction.state, nonce: transaction.nonce,
    }).href);
  });

  router.get('/auth/callback', async (req, res) => {
    const transaction = req.session.intranetSignIn;
    delete req.session.intranetSignIn;
    if (!transaction || Date.now() - transaction.createdAt > config.SIGN_IN_TTL_SECONDS * 1000) {
      res.status(400).type('html').send(failed('This sign-in link has expired or was already used.'));
      return;
    }
    try {
      const tokens = await oidc.authorizationCodeGrant(idp, new URL(req.originalUrl, config.PUBLIC_URL), {
        pkceCodeVerifier: transaction.codeVerifier, expectedState: transaction.state, expectedNonce: transaction.nonce,
      });
      const claims = { ...tokens.claims() } as Record<string, unknown>;
      if (claims[config.ADMIN_CLAIM] === undefined || claims.email === undefined) {
        Object.assign(claims, await oidc.fetchUserInfo(idp, tokens.access_token, String(claims.sub)));
      }
      await regenerateSession(req);
      req.session.user = userFromClaims(claims, config);
      if (tokens.id_token) req.session.idToken = tokens.id_token;
      req.session.csrfToken = newCsrfToken();
      req.session.signedInAt = Date.now();
      await saveSession(req);
      logger.info({ user: req.session.user.id, admin: req.session.user.isAdmin }, 'signed in to the intranet');
      res.redirect(transaction.returnTo);
    } catch (error) {
      logger.warn({ err: error }, 'intranet sign-in failed');
      res.status(400).type('html').send(failed('The intranet could not confirm who you are.'));
    }
  });

  router.post('/auth/sign-out', csrfProtection(config), async (req, res) => {
    const idToken = req.session.idToken;
    const endSessionUrl = idp.serverMetadata().end_session_endpoint
      ? oidc.buildEndSessionUrl(idp, { post_logout_redirect_uri: `${config.PUBLIC_URL}/`, ...(idToken ? { id_token_hint: idToken } : {}) }).href
      : `${config.PUBLIC_URL}/`;
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(sessionCookieName(config), { path: '/' });
    res.json({ ok: true, endSessionUrl });
  });

  return router;
}
