// /auth/*: renders the intranet sign-in service's outcomes and keeps its transaction in the session.
import { Router } from 'express';
import type { Config } from '../config.ts';
import { messagePage } from '../http/pages.ts';
import { localeOf, msg } from '../messages/messages.ts';
import { intranetSignInRateLimit, type RateLimitFactory } from '../http/rate-limits.ts';
import { csrfProtection, newCsrfToken, noStore } from '../http/security.ts';
import { clearSessionCookie, destroySession, regenerateSession, requireUser, saveSession } from '../http/session.ts';
import { signInTransactions } from '../http/sign-in-transaction.ts';
import type { IntranetSignIn } from './intranet-sign-in.ts';

export function intranetRoutes(config: Config, signIn: IntranetSignIn, limiter: RateLimitFactory): Router {
  const router = Router();
  const transactions = signInTransactions('intranetSignIn', config.SIGN_IN_TTL_SECONDS * 1000);
  router.use('/auth', noStore);

  router.get('/auth/sign-in', intranetSignInRateLimit(config, limiter), async (req, res) => {
    const { redirectUrl, transaction } = await signIn.begin(req.query.returnTo);
    transactions.put(req.session, transaction);
    await saveSession(req);
    res.redirect(redirectUrl);
  });

  router.get('/auth/callback', async (req, res) => {
    const outcome = await signIn.finish(new URL(req.originalUrl, config.PUBLIC_URL), transactions.take(req.session));
    if (!outcome.ok) {
      res.status(400).type('html').send(messagePage(localeOf(req), msg('intranet.sign-in-failed'), outcome.message, { href: '/auth/sign-in', text: msg('intranet.try-again') }));
      return;
    }
    // A new session id at every sign-in.
    await regenerateSession(req);
    req.session.user = outcome.user;
    req.session.csrfToken = newCsrfToken();
    req.session.signedInAt = Date.now();
    await saveSession(req);
    req.log.info({ user: outcome.user.id, admin: outcome.user.isAdmin }, 'signed in to the intranet');
    res.redirect(outcome.returnTo);
  });

  router.post('/auth/sign-out', requireUser, csrfProtection(config), async (req, res) => {
    await destroySession(req);
    clearSessionCookie(res, config);
    res.json({ ok: true, endSessionUrl: signIn.signOutUrl() });
  });

  return router;
}
