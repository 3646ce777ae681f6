// Connect (per-user OAuth web server flow), its callback, status and disconnect: renders the
// Salesforce connect service's outcomes and keeps its transaction in the session.
import { Router } from 'express';
import type { Config } from '../config.ts';
import { connectionResultPage, messagePage } from '../http/pages.ts';
import { localeOf, msg } from '../messages/messages.ts';
import { signInRateLimit, type RateLimitFactory } from '../http/rate-limits.ts';
import { csrfProtection, noStore } from '../http/security.ts';
import { currentUser, requireUser, saveSession } from '../http/session.ts';
import { signInTransactions } from '../http/sign-in-transaction.ts';
import { callbackUrl } from '../config.ts';
import { connectionStatus } from './connection-status.ts';
import { searchTypesOf, type ApiBudget } from './api-budget.ts';
import type { LastUsed } from './last-used.ts';
import type { SalesforceConnect } from './salesforce-connect.ts';
import type { Store } from '@sfsearch/store';

const SIGN_IN = '/marketplace/salesforce/account/sign-in';

export function connectionRoutes(config: Config, store: Store, connect: SalesforceConnect, limiter: RateLimitFactory, lastUsed: Pick<LastUsed, 'pending'>, budget: Pick<ApiBudget, 'settings'>): Router {
  const router = Router();
  const transactions = signInTransactions('salesforceSignIn', config.SIGN_IN_TTL_SECONDS * 1000);
  // These pages name the person and carry one-time codes: never cached.
  router.use(SIGN_IN, noStore);

  router.get(SIGN_IN, signInRateLimit(config, limiter), async (req, res) => {
    if (!req.session.user) {
      res.redirect(`/auth/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    const locale = localeOf(req);
    const outcome = await connect.begin({ returnTo: req.query.returnTo, popup: req.query.popup === '1', locale });
    if (outcome.kind === 'page') {
      res.status(outcome.page.status).type('html').send(connectionResultPage(locale, outcome.page));
      return;
    }
    transactions.put(req.session, outcome.transaction);
    await saveSession(req);
    res.redirect(outcome.url);
  });

  router.get(`${SIGN_IN}/oauth2`, async (req, res) => {
    if (!req.session.user) {
      const popup = req.session.salesforceSignIn?.popup ?? false;
      res.status(401).type('html').send(connectionResultPage(req.session.salesforceSignIn?.locale ?? localeOf(req), {
        ok: false, title: msg('connect.intranet-session-ended'), message: msg('connect.intranet-session-ended-how'), returnTo: '/', popup,
      }));
      return;
    }
    // One use only, whatever happens next.
    const transaction = transactions.take(req.session);
    await saveSession(req);
    const { id: userId, name, email } = req.session.user;
    const outcome = await connect.finish({ userId, person: { name, email }, transaction, query: req.query });
    if (outcome.kind === 'redirect') {
      res.redirect(outcome.location);
      return;
    }
    res.status(outcome.page.status).type('html').send(connectionResultPage(transaction?.locale ?? localeOf(req), outcome.page));
  });

  router.get('/salesforce/Account/RetrieveAccessToken', (req, res) => {
    res.status(410).type('html').send(messagePage(localeOf(req), msg('page.callback-moved'),
      msg('page.callback-moved-how', { url: callbackUrl(config) }), { href: '/', text: msg('page.back-to-intranet') }));
  });

  router.get('/api/salesforce/connection', requireUser, async (req, res) => {
    const userId = currentUser(req).id;
    const [status, settings] = await Promise.all([connectionStatus(store, userId, lastUsed.pending(userId)), budget.settings()]);
    // The type chips, for whoever can search.
    res.json(status.status === 'connected' ? { ...status, searchTypes: searchTypesOf(settings) } : status);
  });

  router.post('/api/salesforce/connection/disconnect', requireUser, csrfProtection(config), async (req, res) => {
    await connect.disconnect(currentUser(req).id);
    res.json({ ok: true });
  });

  return router;
}
