// A person's search, framework-free: what their profile may read (describe, cached), one SOSL
// statement naming only that, and one retry with fresh describe when Salesforce says the
// statement named something they can no longer see.
import type { RecordType, SearchResponse } from '@sfsearch/contracts';
import { SalesforceError, searchRecords, type SearchOmission } from '@sfsearch/salesforce';
import type { ApiBudget } from './api-budget.ts';
import type { SearchAccessCache } from './search-access-cache.ts';
import { setupProblemOf, type SetupProblemLog } from './setup-problems.ts';
import type { UserSessions } from './user-session.ts';

/** The answer, but for the notices' words: the route says those in the person's language. */
export type SearchAnswer = Omit<SearchResponse, 'notices'> & { notices: SearchOmission[] };

export interface SearchService {
  /** `offset` (with exactly one type) shows more of that type: the records after the first `offset`. */
  search(userId: string, q: string, types: RecordType[], limit: number, offset?: number): Promise<SearchAnswer>;
}

export function createSearchService(deps: { sessions: UserSessions; access: SearchAccessCache; budget: Pick<ApiBudget, 'assertSearchAllowed'>; problems: SetupProblemLog }): SearchService {
  const { sessions, access, budget, problems } = deps;
  return {
    async search(userId, q, types, limit, offset = 0) {
      try {
        const outcome = await sessions.run(userId, async (session) => {
          // Connected, so the one thing in the way is the admin's cap, if the org is over it.
          await budget.assertSearchAllowed();
          try {
            return await searchRecords(session, q, types, limit, await access.get(session.salesforceKey, session, types), offset);
          } catch (error) {
            if (!(error instanceof SalesforceError && error.kind === 'schema-changed')) throw error;
            access.forget(session.salesforceKey);
            return searchRecords(session, q, types, limit, await access.get(session.salesforceKey, session, types), offset);
          }
        });
        return { query: q, results: outcome.results, more: outcome.more, notices: outcome.notices, crowded: outcome.crowded, searchPageUrl: outcome.searchPageUrl };
      } catch (error) {
        const problem = setupProblemOf(error);
        if (problem) problems.record(userId, problem);
        throw error;
      }
    },
  };
}
