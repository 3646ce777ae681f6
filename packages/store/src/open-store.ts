import { createAuditLog } from './audit-log.ts';
import { createConfigRepository } from './config-repository.ts';
import type { StoreTestHooks } from './config-repository.ts';
import { parseDatabaseUrl } from './database-url.ts';
import type { Driver, RefreshLockOptions } from './driver.ts';
import { createKeyring } from './encryption.ts';
import { RefreshLockTimeoutError } from './errors.ts';
import type { EncryptionKeyInput } from './encryption.ts';
import { migrate } from './migrations.ts';
import { KeyedMutex } from './mutex.ts';
import { openPgDriver } from './postgres/pg-driver.ts';
import { createRateLimitCounters } from './rate-limits.ts';
import { createRecentSearchLog } from './recent-searches.ts';
import { reencryptAll } from './reencrypt.ts';
import { SqlSessionStore } from './session-store.ts';
import { openSqliteDriver } from './sqlite/sqlite-driver.ts';
import type { Store } from './store.ts';
import { createApiCallLog, createSettingsRepository } from './settings.ts';
import { createTokenVault } from './token-vault.ts';

export interface StoreOptions {
  /** A file path, `sqlite:`/`file:` URL, or `postgres://` URL; default `./data/marketplace.db`. */
  databaseUrl?: string | undefined;
  /** Newest first: the first encrypts, all decrypt. */
  encryptionKeys: readonly EncryptionKeyInput[];
  postgres?: {
    /** Tables live in this schema (created if missing), e.g. one per test file. */
    schema?: string | undefined;
    poolSize?: number | undefined;
    lockPoolSize?: number | undefined;
  };
  refreshLock?: RefreshLockOptions;
  sessions?: {
    /** For sessions whose cookie has no expiry (default one day). */
    defaultTtlMs?: number;
    /** How often expired sessions are deleted (default ten minutes; 0 turns it off). */
    pruneIntervalMs?: number;
  };
  /** Fault injection for tests only. */
  testHooks?: StoreTestHooks;
}

async function openDriver(options: StoreOptions): Promise<Driver> {
  const target = parseDatabaseUrl(options.databaseUrl);
  if (target.adapter === 'sqlite') {
    return openSqliteDriver(target.path, { ...(options.refreshLock?.leaseMs !== undefined && { leaseMs: options.refreshLock.leaseMs }) });
  }
  return openPgDriver(target.connectionString, { ...options.postgres });
}

/** Opens the database named by `databaseUrl`, applies pending migrations and returns the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const keyring = createKeyring(options.encryptionKeys);
  const driver = await openDriver(options);
  try {
    await migrate(driver, options.testHooks?.schemaVersion);
  } catch (error) {
    await driver.close();
    throw error;
  }

  const tokens = createTokenVault(driver, keyring);
  const rateLimits = createRateLimitCounters(driver);
  const recentSearches = createRecentSearchLog(driver, keyring);
  const sessions = new SqlSessionStore(driver, options.sessions?.defaultTtlMs ?? 24 * 60 * 60 * 1000);
  const pruneEvery = options.sessions?.pruneIntervalMs ?? 10 * 60 * 1000;
  const pruner =
    pruneEvery > 0
      ? setInterval(() => {
          // The next round retries; reads already hide expired rows and windows.
          sessions.prune().catch(() => undefined);
          rateLimits.prune().catch(() => undefined);
          recentSearches.prune().catch(() => undefined);
        }, pruneEvery).unref()
      : undefined;
  // At most one waiter per user per process goes to the database; the rest queue here.
  const localLocks = new KeyedMutex();
  const lockTimeoutMs = options.refreshLock?.timeoutMs ?? 30_000;

  return {
    adapter: driver.adapter,
    config: createConfigRepository(driver, keyring, options.testHooks),
    tokens,
    audit: createAuditLog(driver),
    rateLimits,
    recentSearches,
    settings: createSettingsRepository(driver),
    apiCalls: createApiCallLog(driver),
    withRefreshLock(userId, fn) {
      const deadline = Date.now() + lockTimeoutMs;
      const run = async () => {
        const release = await driver.acquireRefreshLock(userId, Math.max(1, deadline - Date.now()));
        try {
          return await fn(await tokens.getUsable(userId));
        } finally {
          await release().catch(() => undefined); // an unreleased lock lapses (lease) or dies with its connection
        }
      };
      return localLocks.run(userId, run, { ms: lockTimeoutMs, error: () => new RefreshLockTimeoutError(lockTimeoutMs) });
    },
    sessionStore: () => sessions,
    pruneSessions: () => sessions.prune(),
    reencrypt: () => reencryptAll(driver, keyring),
    async ping() {
      await driver.get('SELECT 1 AS ok');
    },
    async close() {
      if (pruner) clearInterval(pruner);
      await driver.close();
    },
  };
}
