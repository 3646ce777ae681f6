// createApp(deps): the whole HTTP surface of the BFF. main.ts only reads config, opens the store,
// listens and shuts down.
import { meSchema, type Me } from '@sfsearch/contracts';
import type { Store } from '@sfsearch/store';
import express, { type Express } from 'express';
import type { Configuration } from 'openid-client';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { AppError } from './errors.ts';
import { errorMiddleware } from './http/error-handling.ts';
import { rateLimiters } from './http/rate-limits.ts';
import { requestLogging } from './http/request-logging.ts';
import { csrfProtection, newCsrfToken, noStore, securityHeaders } from './http/security.ts';
import { currentUser, requireUser, saveSession, sessionMiddleware } from './http/session.ts';
import { widgetRoutes } from './http/widget.ts';
import { intranetRoutes } from './identity/intranet-routes.ts';
import { createIntranetSignIn } from './identity/intranet-sign-in.ts';
import { adminRoutes } from './marketplace/admin-routes.ts';
import { connectionsRoutes } from './marketplace/connections-routes.ts';
import { createConnectionsService } from './marketplace/connections-service.ts';
import { createApiBudget, type ApiBudget } from './salesforce/api-budget.ts';
import { connectionRoutes } from './salesforce/connection-routes.ts';
import { createLastUsed, type LastUsed } from './salesforce/last-used.ts';
import { recentRoutes } from './salesforce/recent-routes.ts';
import { createRecentService, rememberingSearches } from './salesforce/recent-service.ts';
import { createSalesforceConnect } from './salesforce/salesforce-connect.ts';
import { createSearchAccessCache, type SearchAccessCache } from './salesforce/search-access-cache.ts';
import { searchRoutes } from './salesforce/search-route.ts';
import { createSearchService } from './salesforce/search-service.ts';
import { createSetupProblemLog } from './salesforce/setup-problems.ts';
import { createUserSessions } from './salesforce/user-session.ts';
import { msg } from './messages/messages.ts';

export interface AppDeps {
  config: Config;
  store: Store;
  idp: Configuration;
  logger: Logger;
  /** What each person may read in Salesforce; the benchmark passes its own to count describes. */
  searchAccess?: SearchAccessCache;
  /** When people last searched; main.ts writes what is left of it at shutdown. */
  lastUsed?: LastUsed;
  /** The org's API allowance and this product's share of it; main.ts writes its counts at shutdown. */
  budget?: ApiBudget;
}

export function createApp({ config, store, idp, logger, searchAccess = createSearchAccessCache(), lastUsed = createLastUsed(store, logger), budget = createApiBudget(store, logger) }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // The API answers no-store, so an ETag (a SHA-1 of every body) would never be used; the
  // widget's files get theirs from the static handler.
  app.set('etag', false);
  // SECURITY.md: forwarded headers only from as many proxies as configured; by default none.
  app.set('trust proxy', config.TRUST_PROXY > 0 ? config.TRUST_PROXY : false);
  app.use(requestLogging(logger, config.TRUST_PROXY > 0));
  app.use(securityHeaders(config));
  app.get('/healthz', (_req, res) => { res.json({ ok: true }); });
  app.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ ok: true });
    } catch {
      res.status(503).json({ ok: false });
    }
  });
  app.use(sessionMiddleware(config, store.sessionStore()));
  app.use('/api', noStore, express.json({ limit: '16kb' }), csrfProtection(config));

  const limiter = rateLimiters(store);
  const problems = createSetupProblemLog(store, logger);
  const sessions = createUserSessions(config, store, logger, budget);
  app.get('/api/me', requireUser, async (req, res) => {
    if (!req.session.csrfToken) {
      req.session.csrfToken = newCsrfToken();
      await saveSession(req);
    }
    const body: Me = meSchema.parse({ user: currentUser(req), csrfToken: req.session.csrfToken });
    res.json(body);
  });
  app.use(intranetRoutes(config, createIntranetSignIn(config, idp, logger), limiter));
  const connect = createSalesforceConnect(config, store, problems, logger);
  app.use(connectionRoutes(config, store, connect, limiter, lastUsed, budget));
  const recent = createRecentService({ sessions, store, access: searchAccess, budget, problems, logger });
  // Each search that succeeds becomes a recent search of the person (docs/decisions/0033).
  app.use(searchRoutes(config, rememberingSearches(createSearchService({ sessions, access: searchAccess, budget, problems }), recent, lastUsed), limiter, budget));
  app.use(recentRoutes(recent));
  app.use(adminRoutes(config, store, { budget, problems, sessions }, logger));
  app.use(connectionsRoutes(createConnectionsService(store, connect, lastUsed)));
  app.use('/api', (_req, _res, next) => next(new AppError('not-found', msg('request.no-such-endpoint'))));
  app.use(widgetRoutes(config.WIDGET_DIST));
  app.use(errorMiddleware(logger));
  return app;
}
