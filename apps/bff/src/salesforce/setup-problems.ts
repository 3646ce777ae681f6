// Setup problems employees run into (the app not installed, not pre-authorized, API access
// turned off): each is written once per person and problem to the audit log, so "Check
// connection" can tell the admin what people met since the settings last changed.
import { SalesforceError } from '@sfsearch/salesforce';
import type { Store } from '@sfsearch/store';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';

export const EMPLOYEE_SETUP_PROBLEMS = ['app-not-installed', 'not-admin-approved', 'api-disabled-org', 'api-disabled-user', 'api-access-control'] as const;
export type EmployeeSetupProblem = (typeof EMPLOYEE_SETUP_PROBLEMS)[number];

const ACTION = 'salesforce.setup-problem';

/** The setup problem a Salesforce failure reveals, if it is one. */
export function setupProblemOf(error: unknown): EmployeeSetupProblem | undefined {
  if (!(error instanceof SalesforceError)) return undefined;
  if (error.kind === 'app-not-installed') return 'app-not-installed';
  if (error.kind === 'api-client-blocked') return 'api-access-control';
  if (error.kind === 'api-disabled') return error.reason === 'user' ? 'api-disabled-user' : 'api-disabled-org';
  return undefined;
}

/** The setup problem Salesforce names on the OAuth callback, if it is one. */
export function setupProblemOfCallback(error: unknown): EmployeeSetupProblem | undefined {
  if (error === 'OAUTH_EC_APP_NOT_FOUND') return 'app-not-installed';
  if (error === 'OAUTH_APP_ACCESS_DENIED') return 'not-admin-approved';
  return undefined;
}

export interface SetupProblemLog {
  record(userId: string, problem: EmployeeSetupProblem): void;
  /** How many people met each problem since `since`. */
  since(since: Date): Promise<Map<EmployeeSetupProblem, number>>;
}

export function createSetupProblemLog(store: Store, logger: Logger): SetupProblemLog {
  // Once an hour per person and problem is plenty: every search of theirs would meet it again.
  const written = new LRUCache<string, true>({ max: 10_000, ttl: 60 * 60 * 1000 });
  return {
    record(userId, problem) {
      const key = `${userId}\u0000${problem}`;
      if (written.has(key)) return;
      written.set(key, true);
      store.audit.append({ actor: userId, action: ACTION, details: { problem } })
        .catch((err: unknown) => { written.delete(key); logger.warn({ err }, 'could not record a Salesforce setup problem'); });
    },
    async since(since) {
      const people = new Map<EmployeeSetupProblem, Set<string>>();
      for (const entry of await store.audit.list({ limit: 500 })) {
        if (entry.at < since) break;
        const problem = (entry.details as { problem?: EmployeeSetupProblem }).problem;
        if (entry.action !== ACTION || !problem) continue;
        people.set(problem, (people.get(problem) ?? new Set()).add(entry.actor));
      }
      return new Map([...people].map(([problem, who]) => [problem, who.size]));
    },
  };
}
