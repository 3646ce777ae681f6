import type { Store as SessionStore } from 'express-session';
import type {
  AuditEntry,
  ConfigChange,
  ConfigSummary,
  ConnectedGrant,
  ConnectionList,
  ConnectionListQuery,
  DisconnectReason,
  ErasedToken,
  MarketplaceConfig,
  MarketplaceSettings,
  OrgApiUsage,
  SettingsChange,
  NewAuditEntry,
  RecentSearch,
  ReencryptReport,
  RefreshedGrant,
  SaveConfigResult,
  TokenStatus,
  UsableToken,
} from './types.ts';

export interface ConfigRepository {
  /** The config without its secret, or null when no admin has saved one yet. */
  get(): Promise<ConfigSummary | null>;
  /** The config with the decrypted consumer secret, for the OAuth client. */
  getWithSecret(): Promise<MarketplaceConfig | null>;
  /**
   * Saves the admin's change. When any field really changed, one transaction bumps the
   * generation, erases every connected user's tokens (keeping a `config-changed` marker)
   * and writes an audit entry naming the changed fields. Identical values change nothing.
   */
  save(change: ConfigChange, actor: string): Promise<SaveConfigResult>;
}

export interface TokenVault {
  /** The user's tokens when connected under the current config generation, else null. */
  getUsable(userId: string): Promise<UsableToken | null>;
  /** What to tell the user about their connection (no secrets). */
  getStatus(userId: string): Promise<TokenStatus>;
  /**
   * Stores the tokens of a completed sign-in. Throws StaleGenerationError when the config
   * changed since the sign-in started. Returns the refresh token it replaced, to revoke.
   */
  saveConnected(userId: string, grant: ConnectedGrant): Promise<{ replacedRefreshToken: string | null }>;
  /**
   * Stores the result of a refresh before anyone uses it. Returns the updated token, or
   * null when the user is no longer connected under the current config (the caller
   * should then revoke what it got and report reconnect-required).
   */
  saveRefreshed(userId: string, grant: RefreshedGrant): Promise<UsableToken | null>;
  /** Erases the user's secrets with a reason; returns them for revocation, or null if none. */
  markDisconnected(userId: string, reason: DisconnectReason): Promise<ErasedToken | null>;
  /** Users connected under the current config generation. */
  countConnected(): Promise<number>;
  /** The admin's list: everyone who ever connected, by name, one page of it. */
  list(query: ConnectionListQuery): Promise<ConnectionList>;
  /** When each person last searched: written in one statement for a batch of them. */
  recordUse(uses: readonly { userId: string; at: Date }[]): Promise<void>;
}

export interface SettingsRepository {
  get(): Promise<MarketplaceSettings>;
  /** Saves what changed (audited by field name, never purging anyone); answers the fields changed. */
  save(change: SettingsChange, actor: string): Promise<{ changedFields: string[]; settings: MarketplaceSettings }>;
}

/** This product's Salesforce calls, counted by hour across instances, and the org's usage. */
export interface ApiCallLog {
  add(counts: readonly { hour: number; calls: number }[]): Promise<void>;
  /** Calls in the hours from `sinceHour` on. */
  since(sinceHour: number): Promise<number>;
  recordOrgUsage(usage: OrgApiUsage): Promise<void>;
  orgUsage(): Promise<OrgApiUsage | null>;
}

export interface AuditLog {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. `before` is an entry id, for paging. */
  list(options?: { limit?: number; before?: number }): Promise<AuditEntry[]>;
}

/**
 * Each intranet person's recent searches (not per Salesforce user): the last ten distinct ones,
 * newest first, none older than 90 days, encrypted at rest.
 */
export interface RecentSearchLog {
  list(userId: string): Promise<RecentSearch[]>;
  /**
   * Puts `search` first. The same search made before (words alike but for case and spacing, the
   * same types) moves up instead of repeating; when `replacesNewest` answers true for the current
   * newest entry (a refinement of it, say), the new search takes its place. Nothing is kept for
   * someone not connected to Salesforce. Answers the list as kept.
   */
  remember(userId: string, search: RecentSearch, options?: { replacesNewest?: (newest: RecentSearch) => boolean }): Promise<RecentSearch[]>;
  /** Erases the person's list; answers whether there was one. */
  clear(userId: string): Promise<boolean>;
  /** Deletes lists whose newest search is past the retention. Also runs on the store's timer. */
  prune(now?: number): Promise<number>;
}

/** Fixed-window counters for rate limits, shared by every process on the database. */
export interface RateLimitCounters {
  /** Counts a hit; the window starts at the first hit and lasts `windowMs`. */
  increment(key: string, windowMs: number): Promise<{ hits: number; resetAt: Date }>;
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
  /** Deletes counters whose window is over. Also runs on the store's timer. */
  prune(now?: number): Promise<number>;
}

export interface Store {
  readonly adapter: 'sqlite' | 'postgres';
  readonly config: ConfigRepository;
  readonly tokens: TokenVault;
  readonly audit: AuditLog;
  readonly rateLimits: RateLimitCounters;
  readonly recentSearches: RecentSearchLog;
  readonly settings: SettingsRepository;
  readonly apiCalls: ApiCallLog;
  /**
   * Runs `fn` while holding the user's refresh lock (one holder per user across processes
   * and, on PostgreSQL, across BFF instances). `fn` receives the token as re-read after the
   * lock was taken: when its access token differs from the one that failed, someone else
   * refreshed meanwhile and it should be used rather than refreshed again.
   */
  withRefreshLock<T>(userId: string, fn: (current: UsableToken | null) => Promise<T>): Promise<T>;
  /** An express-session Store on the same database (one instance per store). */
  sessionStore(): SessionStore;
  /** Deletes expired sessions now; returns how many. Also runs on a timer. */
  pruneSessions(): Promise<number>;
  /** Moves every stored secret to the first (newest) encryption key. */
  reencrypt(): Promise<ReencryptReport>;
  /** Resolves when the database answers; rejects otherwise (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
