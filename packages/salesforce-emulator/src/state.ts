// Everything one emulator instance holds: the org, its index, OAuth state, usage and faults.
import { createClock, type Clock } from './clock.ts';
import { to15 } from './org/ids.ts';
import { OBJECTS } from './org/schema.ts';
import { buildOrg, type OrgOptions } from './org/seed.ts';
import { createRecentViews, type RecentViews } from './org/recent-views.ts';
import { seedRecentViews } from './org/seed-views.ts';
import { visibilityFor, type Visibility } from './org/sharing.ts';
import type { ConnectedApp, Org, OrgUser, SObjectRecord } from './org/types.ts';
import { createGrantStore, type GrantStore } from './oauth/grants.ts';
import { buildObjectIndex, type ObjectIndex } from './search/search-index.ts';
import { createCallLog, createFaults, type CallLog, type Faults } from './control/faults.ts';
import type { Lookup } from './rest/field-paths.ts';

export interface EmulatorSettings {
  /** How long a refresh takes; a second refresh of the same token meanwhile is refused. */
  refreshProcessingMs: number;
  codeTtlSeconds: number;
  tokenChecks: 'client-first' | 'code-first';
}

export interface AuthorizationRequest {
  app: ConnectedApp;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  codeChallenge: string | null;
  prompt: string[];
  createdAt: number;
}

export interface AuthorizationCode {
  userId: string;
  app: ConnectedApp;
  redirectUri: string;
  scopes: string[];
  codeChallenge: string | null;
  expiresAt: number;
  used: boolean;
}

export interface EmulatorState {
  org: Org;
  orgId15: string;
  clock: Clock;
  settings: EmulatorSettings;
  lookup: Lookup;
  /** Every record of a type (Users included). */
  records(type: string): SObjectRecord[];
  users: { byId: Map<string, OrgUser>; byUsername: Map<string, OrgUser> };
  indexes: Map<string, ObjectIndex>;
  visibility(user: OrgUser): Visibility;
  grants: GrantStore;
  authorizations: Map<string, AuthorizationRequest>;
  codes: Map<string, AuthorizationCode>;
  /** Emulator browser sessions (the "sid" cookie) → user id, and remembered approvals. */
  browserSessions: Map<string, string>;
  approvals: Map<string, Set<string>>;
  /** What each user viewed lately (RecentlyViewed), by user id. */
  recentViews: RecentViews;
  apiUsage: { used: number };
  /** Rows of SOQL answers not yet fetched, by query locator. */
  queryCursors: Map<string, unknown[]>;
  /** The login host never moves; the instance can (`moveInstance`). */
  loginUrl: string;
  instance: { current: string; retired: Set<string> };
  faults: Faults;
  calls: CallLog;
  findApp(consumerKey: string): ConnectedApp | undefined;
}

export function createState(orgOptions: OrgOptions, settings: EmulatorSettings, loginUrl: string): EmulatorState {
  const org = buildOrg(orgOptions);
  const clock = createClock();
  const byId = new Map<string, { type: string; record: SObjectRecord }>();
  for (const [type, records] of org.records) for (const record of records) byId.set(record.Id, { type, record });
  const userRecords = org.users.map((user): SObjectRecord => {
    const record: SObjectRecord = {
      Id: user.id, Name: user.name, FirstName: user.firstName, LastName: user.lastName, Username: user.username,
      Email: user.email, Title: user.title, IsActive: true, UserRoleId: user.roleId,
    };
    byId.set(user.id, { type: 'User', record });
    return record;
  });
  const lookup: Lookup = (id) => byId.get(id);
  const indexes = new Map(OBJECTS.filter((o) => o.searchable).map((o) => [o.name, buildObjectIndex(o, org.records.get(o.name) ?? [])]));
  const visibilityCache = new Map<string, Visibility>();
  const visibility = (user: OrgUser): Visibility => {
    let v = visibilityCache.get(user.id);
    if (!v) visibilityCache.set(user.id, (v = visibilityFor(org, user, lookup)));
    return v;
  };
  return {
    org,
    orgId15: to15(org.id),
    clock,
    settings,
    lookup,
    records: (type) => (type === 'User' ? userRecords : org.records.get(type) ?? []),
    users: {
      byId: new Map(org.users.map((u) => [u.id, u])),
      byUsername: new Map(org.users.map((u) => [u.username.toLowerCase(), u])),
    },
    indexes,
    visibility,
    grants: createGrantStore(clock, to15(org.id)),
    authorizations: new Map(),
    codes: new Map(),
    browserSessions: new Map(),
    approvals: new Map(),
    recentViews: createRecentViews(seedRecentViews(org, visibility, orgOptions.seed ?? 1, clock.now())),
    apiUsage: { used: 0 },
    queryCursors: new Map(),
    loginUrl,
    instance: { current: loginUrl, retired: new Set() },
    faults: createFaults(),
    calls: createCallLog(),
    findApp: (key) => org.apps.find((a) => a.consumerKey === key),
  };
}
