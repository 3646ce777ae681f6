// GET /api/salesforce/search: parses the query and renders the search service's answer. Whether
// Salesforce is set up at all is asked only when the person has no usable token (a token is
// usable only under the current configuration).
import { searchQuerySchema, type SearchResponse } from '@sfsearch/contracts';
import { Router } from 'express';
import type { Config } from '../config.ts';
import { invalidRequest } from '../errors.ts';
import { issueMessage, localeOf, msg, translate } from '../messages/messages.ts';
import { searchRateLimits, type RateLimitFactory } from '../http/rate-limits.ts';
import { currentUser, requireUser } from '../http/session.ts';
import { searchTypesOf, type ApiBudget } from './api-budget.ts';
import type { SearchService } from './search-service.ts';

export function searchRoutes(config: Config, searches: SearchService, limiter: RateLimitFactory, budget: Pick<ApiBudget, 'settings'>): Router {
  const router = Router();
  router.get('/api/salesforce/search', requireUser, ...searchRateLimits(config, limiter), async (req, res) => {
    const parsed = searchQuerySchema.safeParse(req.query);
    if (!parsed.success) throw invalidRequest(parsed.error.issues.slice(0, 1).map(issueMessage));
    const { q, types: asked, limit, offset } = parsed.data;
    // Only the types the admin offers; a widget with older chips gets those it still may search.
    const offered = searchTypesOf(await budget.settings());
    const kept = asked.filter((type) => offered.includes(type));
    if (kept.length === 0 && offset > 0) throw invalidRequest(msg('search.more-one-type'));
    const types = kept.length > 0 ? kept : offered;
    const answer = await searches.search(currentUser(req).id, q, types, limit, offset);
    const locale = localeOf(req);
    const body: SearchResponse = {
      ...answer,
      notices: answer.notices.map((notice) => ({ ...notice, message: translate(locale, msg('search.no-access', { type: notice.type })) })),
    };
    res.json(body);
  });
  return router;
}
