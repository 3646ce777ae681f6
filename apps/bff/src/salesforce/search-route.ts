// GET /api/salesforce/search: one Salesforce request for every requested type.
import { searchQuerySchema } from '@sfsearch/contracts';
import { searchRecords } from '@sfsearch/salesforce';
import type { Store } from '@sfsearch/store';
import { Router } from 'express';
import type { Config } from '../config.ts';
import { invalidRequest } from '../errors.ts';
import { searchRateLimits } from '../http/rate-limits.ts';
import { currentUser, requireUser } from '../http/session.ts';
import type { ApiUsageTracker } from './api-usage.ts';
import { requireConfigured } from './salesforce-app.ts';
import type { UserSessions } from './user-session.ts';

export function searchRoutes(config: Config, store: Store, sessions: UserSessions, usage: ApiUsageTracker): Router {
  const router = Router();
  router.get('/api/salesforce/search', requireUser, ...searchRateLimits(config), async (req, res) => {
    const parsed = searchQuerySchema.safeParse(req.query);
    if (!parsed.success) throw invalidRequest(parsed.error.issues[0]?.message ?? 'The search is not valid.');
    const { q, types, limit } = parsed.data;
    await requireConfigured(store);
    const outcome = await sessions.run(currentUser(req).id, (session) => searchRecords(session, q, types, limit));
    usage.record(outcome.apiUsage);
    res.json({ query: q, results: outcome.results });
  });
  return router;
}
