// Connect (per-user OAuth web server flow), its callback, status and disconnect.
import { authorizationUrl, exchangeCode, newSignInTransaction, readIdentity, revokeToken } from '@sfsearch/salesforce';
import { StaleGenerationError, type Store } from '@sfsearch/store';
import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { callbackUrl, type Config } from '../config.ts';
import { connectionResultPage, messagePage } from '../http/pages.ts';
import { signInRateLimit } from '../http/rate-limits.ts';
import { safeReturnTo } from '../http/return-to.ts';
import { csrfProtection } from '../http/security.ts';
import { currentUser, requireUser, saveSession } from '../http/session.ts';
import { NOT_CONFIGURED_MESSAGE, toSalesforceApp } from './salesforce-app.ts';
import { connectionStatus } from './connection-status.ts';

const SIGN_IN = '/marketplace/salesforce/account/sign-in';

export function connectionRoutes(config: Config, store: Store, logger: Logger): Router {
  const router = Router();

  router.get(SIGN_IN, signInRateLimit(config), async (req, res) => {
    const popup = req.query.popup === '1';
    const returnTo = safeReturnTo(req.query.returnTo, config.PUBLIC_URL);
    if (!req.session.user) {
      res.redirect(`/auth/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    const stored = await store.config.getWithSecret();
    if (!stored) {
      res.status(409).type('html').send(connectionResultPage({ ok: false, title: 'Salesforce is not set up', message: NOT_CONFIGURED_MESSAGE, returnTo, popup }));
      return;
    }
    const transaction = newSignInTransaction();
    req.session.salesforceSignIn = { state: transaction.state, codeVerifier: transaction.codeVerifier, returnTo, popup, generation: stored.generation, createdAt: Date.now() };
    await saveSession(req);
    res.redirect(authorizationUrl(toSalesforceApp(config, stored), transaction));
  });

  router.get(`${SIGN_IN}/oauth2`, async (req, res) => {
    const pending = req.session.salesforceSignIn;
    const popup = pending?.popup ?? false;
    const returnTo = pending?.returnTo ?? '/';
    const finish = (status: number, ok: boolean, title: string, message: string) => {
      // The popup must keep its opener (the widget, maybe framed by another origin) to report back.
      if (popup) res.removeHeader('Cross-Origin-Opener-Policy');
      return res.status(status).type('html').send(connectionResultPage({ ok, title, message, returnTo, popup }));
    };
    if (!req.session.user) return finish(401, false, 'Sign in to the intranet first', 'Your intranet session ended. Sign in and connect to Salesforce again.');
    // One use only, whatever happens next.
    delete req.session.salesforceSignIn;
    await saveSession(req);
    const state = typeof req.query.state === 'string' ? req.query.state : '';
    if (!pending || pending.state !== state || Date.now() - pending.createdAt > config.SIGN_IN_TTL_SECONDS * 1000) {
      return finish(400, false, 'This sign-in link is no longer valid', 'It expired, was already used, or did not start here. Start again from the search widget.');
    }
    if (req.query.error) {
      const denied = req.query.error === 'access_denied';
      logger.info({ user: req.session.user.id, error: String(req.query.error) }, 'Salesforce sign-in ended with an error');
      return finish(denied ? 403 : 400, false, denied ? 'Salesforce access was not allowed' : 'Salesforce refused the sign-in',
        denied ? 'You chose not to allow access, so search stays off. Connect again whenever you like.'
          : `Salesforce said: ${String(req.query.error_description ?? req.query.error)}. Ask your intranet administrator to check the Salesforce settings.`);
    }
    if (typeof req.query.code !== 'string') return finish(400, false, 'Salesforce did not send a code', 'Start again from the search widget.');
    await completeSignIn(req, res, req.query.code, pending, finish);
  });

  async function completeSignIn(req: Request, res: Response, code: string, pending: NonNullable<Request['session']['salesforceSignIn']>,
    finish: (status: number, ok: boolean, title: string, message: string) => unknown) {
    const user = currentUser(req);
    const stored = await store.config.getWithSecret();
    if (!stored || stored.generation !== pending.generation) {
      return finish(409, false, 'The Salesforce settings changed', 'Your administrator changed the Salesforce connection while you were signing in. Connect again.');
    }
    const app = toSalesforceApp(config, stored);
    // Salesforce keeps five refresh tokens per user and app: give the old one back first.
    const previous = await store.tokens.getUsable(user.id);
    if (previous) await revokeToken(app, previous.refreshToken).catch((err) => logger.warn({ err, user: user.id }, 'could not revoke the previous refresh token'));
    try {
      const tokens = await exchangeCode(app, code, pending.codeVerifier);
      if (!tokens.refreshToken) {
        await revokeToken(app, tokens.accessToken).catch(() => undefined);
        return finish(502, false, 'Salesforce did not allow offline access', 'The Salesforce app must grant the refresh_token scope. Ask your intranet administrator.');
      }
      const identity = await readIdentity(tokens, tokens.identityUrl);
      const { replacedRefreshToken } = await store.tokens.saveConnected(user.id, {
        generation: pending.generation, instanceUrl: tokens.instanceUrl, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken,
        scopes: tokens.scopes, salesforceUserId: identity.userId, username: identity.username, displayName: identity.displayName, orgId: identity.orgId,
      });
      if (replacedRefreshToken && replacedRefreshToken !== previous?.refreshToken) void revokeToken(app, replacedRefreshToken).catch(() => undefined);
      logger.info({ user: user.id, salesforceUser: identity.userId, org: identity.orgId }, 'connected to Salesforce');
      if (!pending.popup) return res.redirect(pending.returnTo);
      return finish(200, true, 'Connected to Salesforce', `You are connected as ${identity.displayName} (${identity.username}).`);
    } catch (error) {
      if (error instanceof StaleGenerationError) return finish(409, false, 'The Salesforce settings changed', 'Your administrator changed the Salesforce connection while you were signing in. Connect again.');
      logger.warn({ err: error, user: user.id }, 'Salesforce sign-in failed');
      return finish(502, false, 'Could not finish connecting to Salesforce', 'Salesforce did not accept the sign-in. Try again; if it keeps failing, ask your intranet administrator.');
    }
  }

  router.get('/salesforce/Account/RetrieveAccessToken', (_req, res) => {
    res.status(410).type('html').send(messagePage('This Salesforce callback address has moved',
      `Salesforce sent you to an address this intranet no longer uses. Your administrator must register ${callbackUrl(config)} as the callback URL of the Salesforce app (External Client App or Connected App), then you can connect again.`,
      { href: '/', text: 'Back to the intranet' }));
  });

  router.get('/api/salesforce/connection', requireUser, async (req, res) => {
    res.json(await connectionStatus(store, currentUser(req).id));
  });

  router.post('/api/salesforce/connection/disconnect', requireUser, csrfProtection(config), async (req, res) => {
    const user = currentUser(req);
    const stored = await store.config.get();
    const revoke = (token: string) => (stored ? revokeToken({ loginHost: stored.loginHost }, token) : Promise.resolve())
      .catch((err) => logger.warn({ err, user: user.id }, 'could not revoke at Salesforce on disconnect'));
    // Revoke at Salesforce first, then forget (and revoke whatever else the vault held).
    const usable = await store.tokens.getUsable(user.id);
    if (usable) await revoke(usable.refreshToken);
    const erased = await store.tokens.markDisconnected(user.id, 'disconnected');
    if (erased?.refreshToken && erased.refreshToken !== usable?.refreshToken) await revoke(erased.refreshToken);
    logger.info({ user: user.id }, 'disconnected from Salesforce');
    res.json({ ok: true });
  });

  return router;
}
