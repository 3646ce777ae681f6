/**
 * What an adapter provides to the adapter-independent repositories. SQL is written once,
 * with `?` placeholders and the few dialect fragments below; only what cannot be said
 * portably (the purge with its old values, the refresh lock) is per adapter.
 */
export type SqlValue = string | number | null;
export type Params = readonly SqlValue[];
export type Row = Record<string, unknown>;

export interface Sql {
  all<T extends Row = Row>(sql: string, params?: Params): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: Params): Promise<T | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: Params): Promise<number>;
}

export interface Tx extends Sql {
  /**
   * Serialises transactions naming the same lock until commit. PostgreSQL takes an
   * advisory transaction lock; SQLite's `BEGIN IMMEDIATE` already holds the only write lock.
   */
  lock(name: string): Promise<void>;
}

export interface Dialect {
  bigint: string;
  autoId: string;
  /** Row locks: PostgreSQL runs READ COMMITTED; SQLite transactions are already serial. */
  forUpdate: string;
  forShare: string;
}

/** A purged user's old secrets, still encrypted: decryption is left to whoever revokes them. */
export interface PurgedRow {
  user_id: string;
  instance_url: string | null;
  refresh_token: string;
}

export type ReleaseLock = () => Promise<void>;

export interface Driver extends Sql {
  readonly adapter: 'sqlite' | 'postgres';
  readonly dialect: Dialect;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Erases the secrets of every connected user and returns what they held, in one statement or two. */
  purgeConnectedTokens(tx: Tx, reason: string, now: number): Promise<PurgedRow[]>;
  /** Takes the cross-process refresh lock of one user; resolves with its release. */
  acquireRefreshLock(userId: string, timeoutMs: number): Promise<ReleaseLock>;
  close(): Promise<void>;
}

export interface RefreshLockOptions {
  /** Give up waiting after this long (default 30 s). */
  timeoutMs?: number;
  /** SQLite: a dead holder's lease lapses after this long (default 5 s). */
  leaseMs?: number;
}
