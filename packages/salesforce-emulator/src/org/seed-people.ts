// The org's people: a role hierarchy, users with profiles, and the default connected app.
import { createHash } from 'node:crypto';
import { KEY_PREFIX, makeId } from './ids.ts';
import type { ConnectedApp, OrgUser, Role } from './types.ts';

export const DEMO_PASSWORD = 'salesforce-demo';

const ROLES: [name: string, parent: string | null][] = [
  ['CEO', null],
  ['VP of Sales', 'CEO'],
  ['Sales Manager, EMEA', 'VP of Sales'],
  ['Sales Rep, EMEA', 'Sales Manager, EMEA'],
  ['Sales Manager, Americas', 'VP of Sales'],
  ['Sales Rep, Americas', 'Sales Manager, Americas'],
];

const PEOPLE: [first: string, last: string, role: string, title: string, profile: 'admin' | 'standard', api: boolean][] = [
  ['Ada', 'Admin', 'CEO', 'Salesforce Administrator', 'admin', true],
  ['Maria', 'Garcia', 'VP of Sales', 'VP of Sales', 'standard', true],
  ['James', 'Wilson', 'Sales Manager, EMEA', 'Sales Manager', 'standard', true],
  ['Sofia', 'Rossi', 'Sales Rep, EMEA', 'Account Executive', 'standard', true],
  ['Olivia', 'Chen', 'Sales Manager, Americas', 'Sales Manager', 'standard', true],
  ['Liam', 'Brown', 'Sales Rep, Americas', 'Account Executive', 'standard', true],
  ['Noah', 'Patel', 'Sales Rep, Americas', 'Sales Development Rep', 'standard', true],
  ['Ethan', 'Clark', 'Sales Rep, EMEA', 'Sales Development Rep', 'standard', false],
];

export function seedRoles(): Role[] {
  const ids = new Map(ROLES.map(([name], i) => [name, makeId(KEY_PREFIX.UserRole, i + 1)]));
  return ROLES.map(([name, parent]) => ({ id: ids.get(name)!, name, parentRoleId: parent ? ids.get(parent)! : null }));
}

/** The eight people of the org, then `extra` more sales reps (user1, user2, …) for load tests. */
export function seedUsers(roles: Role[], domain: string, extra = 0): OrgUser[] {
  const extras = Array.from({ length: extra }, (_, i): (typeof PEOPLE)[number] => ['User', String(i + 1), 'Sales Rep, Americas', 'Sales Development Rep', 'standard', true]);
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
      profile: profile === 'admin'
        ? { name: 'System Administrator', viewAllData: true }
        : { name: 'Standard User', viewAllData: false },
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
  };
}
