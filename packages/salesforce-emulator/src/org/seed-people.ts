// The org's people: a role hierarchy, users with profiles, and the default connected app.
import { createHash } from 'node:crypto';
import { KEY_PREFIX, makeId } from './ids.ts';
import type { ConnectedApp, OrgUser, Profile, Role } from './types.ts';

export const DEMO_PASSWORD = 'salesforce-demo';

const ROLES: [name: string, parent: string | null][] = [
  ['CEO', null],
  ['VP of Sales', 'CEO'],
  ['Sales Manager, EMEA', 'VP of Sales'],
  ['Sales Rep, EMEA', 'Sales Manager, EMEA'],
  ['Sales Manager, Americas', 'VP of Sales'],
  ['Sales Rep, Americas', 'Sales Manager, Americas'],
];

type ProfileKind = 'admin' | 'standard' | 'restricted';

/**
 * The org's profiles. The restricted one is how many orgs set up sales reps: Campaigns and Cases
 * (the service team's) not readable, and the lead's phone and e-mail and the contact's mobile
 * hidden by field-level security.
 */
export const PROFILES: Record<ProfileKind, Profile> = {
  admin: { name: 'System Administrator', viewAllData: true, unreadableObjects: [], hiddenFields: [], viewConvertedLeads: true, useAnyApiClient: true },
  standard: { name: 'Standard User', viewAllData: false, unreadableObjects: [], hiddenFields: [], viewConvertedLeads: true, useAnyApiClient: false },
  restricted: {
    name: 'Sales Rep (restricted)', viewAllData: false, unreadableObjects: ['Campaign', 'Case'], hiddenFields: ['Lead.Phone', 'Lead.Email', 'Contact.MobilePhone'],
    viewConvertedLeads: false, useAnyApiClient: false,
  },
};

const PEOPLE: [first: string, last: string, role: string, title: string, profile: ProfileKind, api: boolean][] = [
  ['Ada', 'Admin', 'CEO', 'Salesforce Administrator', 'admin', true],
  ['Maria', 'Garcia', 'VP of Sales', 'VP of Sales', 'standard', true],
  ['James', 'Wilson', 'Sales Manager, EMEA', 'Sales Manager', 'standard', true],
  ['Sofia', 'Rossi', 'Sales Rep, EMEA', 'Account Executive', 'standard', true],
  ['Olivia', 'Chen', 'Sales Manager, Americas', 'Sales Manager', 'standard', true],
  ['Liam', 'Brown', 'Sales Rep, Americas', 'Account Executive', 'standard', true],
  ['Noah', 'Patel', 'Sales Rep, Americas', 'Sales Development Rep', 'standard', true],
  ['Ethan', 'Clark', 'Sales Rep, EMEA', 'Sales Development Rep', 'standard', false],
  // Owns no seeded record: above the EMEA reps, he sees theirs, as far as his profile lets him.
  ['Noah', 'Lee', 'Sales Manager, EMEA', 'Regional Sales Manager', 'restricted', true],
];

/** The people who own the seeded records (the first eight). */
export const RECORD_OWNERS = 8;
/** The org's own people, before any extra users of the load tests. */
export const SEEDED_PEOPLE = PEOPLE.length;

export function seedRoles(): Role[] {
  const ids = new Map(ROLES.map(([name], i) => [name, makeId(KEY_PREFIX.UserRole, i + 1)]));
  return ROLES.map(([name, parent]) => ({ id: ids.get(name)!, name, parentRoleId: parent ? ids.get(parent)! : null }));
}

/**
 * Roles of the load tests' people: managers, who see their teams' records through the role
 * hierarchy, so their searches find what a working salesperson's do.
 */
const EXTRA_ROLES = ['Sales Manager, EMEA', 'Sales Manager, Americas', 'VP of Sales'];

/** The people of the org, then `extra` more sales managers (user1, user2, …) for load tests. */
export function seedUsers(roles: Role[], domain: string, extra = 0): OrgUser[] {
  const extras = Array.from({ length: extra }, (_, i): (typeof PEOPLE)[number] => ['User', String(i + 1), EXTRA_ROLES[i % EXTRA_ROLES.length]!, 'Sales Manager', 'standard', true]);
  return [...PEOPLE, ...extras].map(([first, last, roleName, title, profile, api], i) => {
    const email = i < PEOPLE.length ? `${first.toLowerCase()}.${last.toLowerCase()}@${domain}` : `user${last}@${domain}`;
    return {
      id: makeId(KEY_PREFIX.User, i + 1),
      username: email,
      password: DEMO_PASSWORD,
      firstName: first,
      lastName: last,
      name: `${first} ${last}`,
      email,
      title,
      roleId: roles.find((r) => r.name === roleName)!.id,
      profile: { ...PROFILES[profile], unreadableObjects: [...PROFILES[profile].unreadableObjects], hiddenFields: [...PROFILES[profile].hiddenFields] },
      apiEnabled: api,
      locale: 'en_US',
      timezone: 'Europe/Rome',
    };
  });
}

/** A stable consumer key and secret derived from the seed, shaped like Salesforce's. */
export function seedApp(seed: number, callbackUrls: string[]): ConnectedApp {
  const digest = (label: string) => createHash('sha256').update(`${seed}:${label}`).digest();
  const key = `3MVG9${digest('key').toString('base64url').replace(/[-_]/g, 'x')}${digest('key2').toString('base64url').slice(0, 38).replace(/[-_]/g, 'Q')}`;
  return {
    name: 'Intranet Search',
    consumerKey: key,
    consumerSecret: digest('secret').toString('hex').toUpperCase(),
    callbackUrls,
    scopes: ['api', 'refresh_token', 'offline_access', 'id', 'openid', 'profile', 'email', 'web', 'full'],
    requireSecretForWebServerFlow: true,
    requireSecretForRefreshTokenFlow: true,
    requirePkce: false,
    refreshTokenPolicy: { kind: 'valid-until-revoked' },
    refreshTokenRotation: false,
    sessionTimeoutSeconds: 2 * 60 * 60,
    clientCredentialsUser: null,
    installed: true,
    permittedUsers: 'all-users',
    preAuthorizedProfiles: [],
  };
}
