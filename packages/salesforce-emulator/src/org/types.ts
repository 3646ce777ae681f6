/** A record as the emulator stores it: canonical field names to JSON values. */
export type SObjectRecord = Record<string, string | number | boolean | null> & { Id: string };

/**
 * A user's profile with its permission sets folded in: what Salesforce checks before a record's
 * sharing. Object permissions ("Read"), field-level security, and the few user permissions
 * search and the API depend on.
 */
export interface Profile {
  name: string;
  viewAllData: boolean;
  /** Objects without the "Read" object permission. */
  unreadableObjects: string[];
  /** Fields hidden by field-level security, as `Object.Field`. */
  hiddenFields: string[];
  /** "View and Edit Converted Leads": without it, converted leads are left out of search. */
  viewConvertedLeads: boolean;
  /** "Use Any API Client": passes API Access Control with any app. */
  useAnyApiClient: boolean;
}

export interface OrgUser {
  id: string;
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  title: string;
  roleId: string;
  profile: Profile;
  /** "API Enabled" on the user's profile; the control handle can turn it off. */
  apiEnabled: boolean;
  locale: string;
  timezone: string;
}

export interface Role {
  id: string;
  name: string;
  parentRoleId: string | null;
}

export type RefreshTokenPolicy =
  | { kind: 'valid-until-revoked' }
  | { kind: 'immediately-expire' }
  | { kind: 'expire-after'; seconds: number }
  | { kind: 'expire-if-unused'; seconds: number };

export interface ConnectedApp {
  name: string;
  consumerKey: string;
  consumerSecret: string;
  callbackUrls: string[];
  /** Scopes the app may request; Salesforce shows invalid_scope for anything else. */
  scopes: string[];
  requireSecretForWebServerFlow: boolean;
  requireSecretForRefreshTokenFlow: boolean;
  requirePkce: boolean;
  refreshTokenPolicy: RefreshTokenPolicy;
  refreshTokenRotation: boolean;
  /** Lifetime of an access token (the org's or app's session timeout). */
  sessionTimeoutSeconds: number;
  /** Username of the Run-As user when the client credentials flow is enabled. */
  clientCredentialsUser: string | null;
  /** An External Client App must be installed in the org before anyone can use it. */
  installed: boolean;
  /** "All users may self-authorize", or "Admin approved users are pre-authorized". */
  permittedUsers: 'all-users' | 'admin-approved';
  /** Profiles (or permission sets) pre-authorized when permittedUsers is admin-approved. */
  preAuthorizedProfiles: string[];
}

export interface Org {
  id: string;
  name: string;
  edition: string;
  /** Whether the org's edition includes the REST API (Enterprise, Unlimited, Developer, Performance). */
  apiEnabled: boolean;
  /** Whether this login host is the org's My Domain (client credentials work only there). */
  myDomain: boolean;
  /**
   * API Access Control: the API answers only sessions of apps the admin installed with
   * "Admin approved users are pre-authorized" (for users they pre-authorized), unless the user
   * has "Use Any API Client".
   */
  apiAccessControl: boolean;
  dailyApiLimit: number;
  roles: Role[];
  users: OrgUser[];
  apps: ConnectedApp[];
  records: Map<string, SObjectRecord[]>;
}
