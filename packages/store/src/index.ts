export { openStore } from './open-store.ts';
export type { StoreOptions } from './open-store.ts';
export type { ApiCallLog, AuditLog, ConfigRepository, RateLimitCounters, RecentSearchLog, SettingsRepository, Store, TokenVault } from './store.ts';
export { RECENT_SEARCHES_KEPT, RECENT_SEARCHES_RETENTION_MS } from './recent-searches.ts';
export type * from './types.ts';
export { parseDatabaseUrl, DEFAULT_SQLITE_PATH } from './database-url.ts';
export type { DatabaseTarget } from './database-url.ts';
export { createKeyring, generateEncryptionKey, parseEncryptionKeys } from './encryption.ts';
export type { EncryptionKeyInput, Keyring, SecretKind } from './encryption.ts';
export { normalizeLoginHost, normalizeScopes } from './config-diff.ts';
export { sessionExpiry } from './session-store.ts';
export type { StoreTestHooks } from './config-repository.ts';
export type { RefreshLockOptions } from './driver.ts';
export {
  DecryptionError,
  InvalidConfigError,
  RefreshLockTimeoutError,
  StaleGenerationError,
  StoreConfigError,
  StoreError,
  StoreUnavailableError,
} from './errors.ts';
