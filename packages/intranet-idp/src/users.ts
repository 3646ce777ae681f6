import { timingSafeEqual } from 'node:crypto';

/** A person who can sign in to the local intranet IdP. */
export interface SeedUser {
  /** Stable subject identifier (`sub`); the BFF keys its users by it. */
  sub: string;
  /** What the person types on the login page (their email works too). */
  username: string;
  password: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  groups: readonly string[];
}

export const EMPLOYEES_GROUP = 'employees';
export const ADMINS_GROUP = 'intranet-admins';
/** One password for every seeded user: this IdP exists only for dev, tests and the demo. */
export const DEMO_PASSWORD = 'intranet-demo';

// These names are linked to Salesforce users of the same names in the emulator: keep them.
export const DEFAULT_USERS: readonly SeedUser[] = Object.freeze([
  {
    sub: 'sofia.rossi',
    username: 'sofia.rossi',
    password: DEMO_PASSWORD,
    name: 'Sofia Rossi',
    givenName: 'Sofia',
    familyName: 'Rossi',
    email: 'sofia.rossi@intranet.example',
    groups: [EMPLOYEES_GROUP],
  },
  {
    sub: 'liam.brown',
    username: 'liam.brown',
    password: DEMO_PASSWORD,
    name: 'Liam Brown',
    givenName: 'Liam',
    familyName: 'Brown',
    email: 'liam.brown@intranet.example',
    groups: [EMPLOYEES_GROUP],
  },
  {
    // A manager whose Salesforce profile is restricted (no Campaigns, no lead phone or e-mail).
    sub: 'noah.lee',
    username: 'noah.lee',
    password: DEMO_PASSWORD,
    name: 'Noah Lee',
    givenName: 'Noah',
    familyName: 'Lee',
    email: 'noah.lee@intranet.example',
    groups: [EMPLOYEES_GROUP],
  },
  {
    sub: 'ada.admin',
    username: 'ada.admin',
    password: DEMO_PASSWORD,
    name: 'Ada Admin',
    givenName: 'Ada',
    familyName: 'Admin',
    email: 'ada.admin@intranet.example',
    groups: [EMPLOYEES_GROUP, ADMINS_GROUP],
  },
]);

/** The OIDC claims of a user; the provider filters them by the granted scopes. */
export function claimsOf(user: SeedUser): { sub: string; [claim: string]: unknown } {
  return {
    sub: user.sub,
    name: user.name,
    given_name: user.givenName,
    family_name: user.familyName,
    preferred_username: user.username,
    email: user.email,
    email_verified: true,
    groups: [...user.groups],
  };
}

export class UserDirectory {
  readonly #bySub = new Map<string, SeedUser>();
  readonly #byLogin = new Map<string, SeedUser>();

  constructor(users: readonly SeedUser[]) {
    for (const user of users) {
      if (this.#bySub.has(user.sub)) throw new Error(`Duplicate user sub: ${user.sub}`);
      this.#bySub.set(user.sub, user);
      this.#byLogin.set(user.username.toLowerCase(), user);
      this.#byLogin.set(user.email.toLowerCase(), user);
    }
  }

  findBySub(sub: string): SeedUser | undefined {
    return this.#bySub.get(sub);
  }

  /** The user whose username (or email) and password match, else undefined. */
  authenticate(login: string, password: string): SeedUser | undefined {
    const user = this.#byLogin.get(login.trim().toLowerCase());
    // Compare even for an unknown login so both failures take about as long.
    const ok = sameSecret(password, user?.password ?? '\u0000unknown-user');
    return ok && user ? user : undefined;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
