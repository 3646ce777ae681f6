/** A record as the emulator stores it: canonical field names to JSON values. */
export type SObjectRecord = Record<string, string | number | boolean | null> & { Id: string };

export interface Profile {
  name: string;
  viewAllData: boolean;
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
}

export interface Org {
  id: string;
  name: string;
  edition: string;
  /** Whether the org's edition includes the REST API (Enterprise, Unlimited, Developer, Performance). */
  apiEnabled: boolean;
  /** Whether this login host is the org's My Domain (client credentials work only there). */
  myDomain: boolean;
  dailyApiLimit: number;
  roles: Role[];
  users: OrgUser[];
  apps: ConnectedApp[];
  records: Map<string, SObjectRecord[]>;
}
