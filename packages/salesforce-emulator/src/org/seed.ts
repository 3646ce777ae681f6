// Builds the whole org, deterministically from a seed.
import { KEY_PREFIX, makeId } from './ids.ts';
import { createRandom } from './random.ts';
import { RECORD_OWNERS, seedApp, seedRoles, seedUsers } from './seed-people.ts';
import { seedRecords, type RecordCounts } from './seed-records.ts';
import type { ConnectedApp, Org } from './types.ts';

export interface OrgOptions {
  seed?: number;
  counts?: Partial<RecordCounts>;
  /** Callback URLs of the default connected app. */
  callbackUrls?: string[];
  /** Changes to the default connected app, and any further apps (given in full). */
  app?: Partial<ConnectedApp>;
  extraApps?: ConnectedApp[];
  org?: Partial<Pick<Org, 'name' | 'edition' | 'apiEnabled' | 'myDomain' | 'apiAccessControl' | 'dailyApiLimit'>>;
  /** More sales managers (user1@globex.example, …), owning no seeded records: for load tests. */
  extraUsers?: number;
}

export const DEFAULT_COUNTS: RecordCounts = { accounts: 1000, leads: 1500, tasks: 2000, campaigns: 200, contacts: 1500, opportunities: 600, cases: 400 };

export function buildOrg(options: OrgOptions = {}): Org {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const roles = seedRoles();
  const users = seedUsers(roles, 'globex.example', options.extraUsers);
  const app = { ...seedApp(seed, options.callbackUrls ?? []), ...options.app };
  return {
    id: makeId(KEY_PREFIX.Organization, seed, '5g'),
    name: 'Globex Corporation',
    edition: 'Enterprise Edition',
    apiEnabled: true,
    myDomain: true,
    apiAccessControl: false,
    dailyApiLimit: 100_000,
    ...options.org,
    roles,
    users,
    apps: [app, ...(options.extraApps ?? [])],
    // Records belong to the org's first eight people whatever extraUsers says, so the data stays the same.
    records: seedRecords(random, users.slice(0, RECORD_OWNERS), { ...DEFAULT_COUNTS, ...options.counts }),
  };
}
