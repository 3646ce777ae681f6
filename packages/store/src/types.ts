/** Public data shapes of the store. Times are `Date`s; scopes are arrays of scope names. */

export type Provider = 'salesforce';

export type ConfigField = 'consumerKey' | 'consumerSecret' | 'loginHost' | 'scopes';

/** What an admin submits. Omit `consumerSecret` to keep the stored one (it is write-only). */
export interface ConfigChange {
  consumerKey: string;
  consumerSecret?: string | undefined;
  loginHost: string;
  scopes: readonly string[];
}

/** The config without its secret: safe to show an admin. */
export interface ConfigSummary {
  provider: Provider;
  consumerKey: string;
  hasConsumerSecret: boolean;
  loginHost: string;
  scopes: string[];
  generation: number;
  updatedAt: Date;
  updatedBy: string;
}

/** The config with its decrypted secret: for the OAuth client only, never for a response. */
export interface MarketplaceConfig extends Omit<ConfigSummary, 'hasConsumerSecret'> {
  consumerSecret: string;
}

/** A refresh token to revoke at Salesforce after a purge or a disconnect. */
export interface Revocation {
  userId: string;
  instanceUrl: string | null;
  refreshToken: string;
}

/**
 * Purged refresh tokens, decrypted only while iterated: decrypting 100,000 of them costs
 * about half a second, which belongs to the background revocation, not to the admin's save.
 */
export interface PendingRevocations extends Iterable<Revocation> {
  readonly count: number;
}

export interface SaveConfigResult {
  changed: boolean;
  changedFields: ConfigField[];
  generation: number;
  purgedUsers: number;
  /** The login host the purged tokens were issued by (where to revoke them). */
  previousLoginHost: string | null;
  revocations: PendingRevocations;
}

/**
 * `unreadable`: the stored tokens do not decrypt for their owner (tampered, swapped, or their key
 * was dropped). `admin-disconnected`: an intranet admin ended the connection.
 */
export type DisconnectReason = 'config-changed' | 'token-expired' | 'revoked' | 'disconnected' | 'unreadable' | 'admin-disconnected';

export interface SalesforceIdentity {
  salesforceUserId: string;
  username: string;
  displayName: string;
  orgId: string;
}

/** The intranet person a connection belongs to, as the intranet's sign-in named them. */
export interface IntranetPerson {
  name: string;
  email: string;
}

/** What the OAuth callback hands over after a successful code exchange. */
export interface ConnectedGrant extends SalesforceIdentity {
  /** Who connected, on the intranet: kept so an admin can find their connection. */
  person?: IntranetPerson | undefined;
  /** The config generation the sign-in started under. */
  generation: number;
  instanceUrl: string;
  accessToken: string;
  refreshToken: string;
  scopes: readonly string[];
}

/** What a refresh produced. Salesforce may rotate the refresh token and move the instance. */
export interface RefreshedGrant {
  accessToken: string;
  refreshToken?: string | undefined;
  instanceUrl?: string | undefined;
}

export interface UsableToken extends SalesforceIdentity {
  userId: string;
  generation: number;
  instanceUrl: string;
  accessToken: string;
  refreshToken: string;
  scopes: string[];
  connectedAt: Date;
  refreshedAt: Date | null;
}

export type TokenStatus =
  | { state: 'never-connected' }
  | {
      state: 'connected';
      generation: number;
      identity: SalesforceIdentity;
      instanceUrl: string;
      scopes: string[];
      connectedAt: Date;
      refreshedAt: Date | null;
      /** When the person last searched, to within the BFF's batching (about half a minute). */
      lastUsedAt: Date | null;
    }
  | {
      state: 'disconnected';
      reason: DisconnectReason;
      disconnectedAt: Date;
      /** Who the user was at Salesforce, kept so the UI can say "you were connected as …". */
      identity: SalesforceIdentity | null;
    };

/**
 * The secrets erased by a disconnect, for revocation at Salesforce. A token is null only
 * when it could not be decrypted (its key is no longer configured); it is erased all the same.
 */
export interface ErasedToken {
  instanceUrl: string | null;
  accessToken: string | null;
  refreshToken: string | null;
}

/**
 * One row of the admin's list of connections. `reconnect-required`: the connection ended without
 * the person asking (the settings changed, Salesforce ended it, an admin did); `disconnected`: they
 * disconnected themselves.
 */
export interface ConnectionListEntry {
  userId: string;
  person: IntranetPerson | null;
  identity: SalesforceIdentity | null;
  instanceUrl: string | null;
  state: 'connected' | 'reconnect-required' | 'disconnected';
  reason: DisconnectReason | null;
  connectedAt: Date | null;
  refreshedAt: Date | null;
  disconnectedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface ConnectionListQuery {
  /** Words in the person's name, e-mail or id, or the Salesforce username or name. */
  q?: string | undefined;
  limit: number;
  offset: number;
}

export interface ConnectionList {
  /** Every connection the query matches, across all pages. */
  total: number;
  entries: ConnectionListEntry[];
}

/** What an admin may change without anyone signing in again. */
export interface MarketplaceSettings {
  /** Searches pause while the org has used this share (1–100) of its daily API requests; null: never. */
  apiCapPercent: number | null;
  /** The record types employees search; null: the default ones. */
  searchTypes: string[] | null;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export type SettingsChange = Partial<Pick<MarketplaceSettings, 'apiCapPercent' | 'searchTypes'>>;

/** The org's API usage as Salesforce last reported it (Sforce-Limit-Info). */
export interface OrgApiUsage {
  used: number;
  limit: number;
  at: Date;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  /** Free-form facts (field names, counts). Never put a secret here. */
  details: Record<string, unknown>;
}

export interface NewAuditEntry {
  actor: string;
  action: string;
  details?: Record<string, unknown>;
}

/** A search a person made, as the empty search box offers it again. */
export interface RecentSearch {
  /** The words as typed (trimmed, single spaces). */
  q: string;
  /** The record types searched. */
  types: string[];
  at: Date;
}

export interface ReencryptReport {
  keyId: string;
  consumerSecrets: number;
  accessTokens: number;
  refreshTokens: number;
  /** People's recent-search lists. */
  recentSearches: number;
  alreadyCurrent: number;
  /** Values no configured key could decrypt; left as they are. */
  unreadable: number;
}
