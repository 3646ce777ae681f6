// GET /api/salesforce/recent: what the empty search box shows. DELETE
// /api/salesforce/recent-searches: the person clears their recent searches (CSRF-checked like
// every state-changing /api request).
import type { ClearRecentSearchesResponse, RecentResponse } from '@sfsearch/contracts';
import { Router } from 'express';
import { currentUser, requireUser } from '../http/session.ts';
import { localeOf } from '../messages/messages.ts';
import type { RecentService } from './recent-service.ts';

export function recentRoutes(recent: RecentService): Router {
  const router = Router();
  router.get('/api/salesforce/recent', requireUser, async (req, res) => {
    const body: RecentResponse = await recent.recent(currentUser(req).id, localeOf(req));
    res.json(body);
  });
  router.delete('/api/salesforce/recent-searches', requireUser, async (req, res) => {
    await recent.clearSearches(currentUser(req).id);
    const body: ClearRecentSearchesResponse = { ok: true };
    res.json(body);
  });
  return router;
}
