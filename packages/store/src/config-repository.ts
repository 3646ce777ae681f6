import { applyChange, changedFields, normalizeScopes, scopesFromText, scopesToText } from './config-diff.ts';
import type { StoredConfig } from './config-diff.ts';
import type { Dialect, Driver, PurgedRow, Row, Tx } from './driver.ts';
import type { Keyring } from './encryption.ts';
import { DecryptionError } from './errors.ts';
import type { ConfigRepository } from './store.ts';
import type { ConfigSummary, MarketplaceConfig, PendingRevocations, Provider, SaveConfigResult } from './types.ts';

export const PROVIDER: Provider = 'salesforce';

export interface ConfigRow extends Row {
  provider: string;
  consumer_key: string;
  consumer_secret: string;
  login_host: string;
  scopes: string;
  generation: number;
  updated_at: number;
  updated_by: string;
}

export interface StoreTestHooks {
  /** Runs inside the config save transaction after the purge, before commit: throw to simulate a crash. */
  afterPurge?: () => void | Promise<void>;
  /** Migrates only up to this schema version, to build a database as an older release left it. */
  schemaVersion?: number;
}

/**
 * Every write to salesforce_tokens first takes the config row FOR SHARE (PostgreSQL; SQLite
 * transactions are serial anyway). A config save holds it FOR UPDATE, so while it purges no
 * token can be written, and a sign-in or refresh finishes entirely before or after it.
 * Returns the current generation, or null when nothing is configured.
 */
export async function holdConfigShared(tx: Tx, dialect: Dialect): Promise<{ generation: number; updatedAt: number } | null> {
  const row = await tx.get<{ generation: number; updated_at: number }>(
    `SELECT generation, updated_at FROM marketplace_config WHERE provider = ?${dialect.forShare}`,
    [PROVIDER],
  );
  return row === undefined ? null : { generation: Number(row.generation), updatedAt: Number(row.updated_at) };
}

const SELECT_CONFIG =
  'SELECT provider, consumer_key, consumer_secret, login_host, scopes, generation, updated_at, updated_by FROM marketplace_config WHERE provider = ?';

function summary(row: ConfigRow): ConfigSummary {
  return {
    provider: PROVIDER,
    consumerKey: row.consumer_key,
    hasConsumerSecret: row.consumer_secret !== '',
    loginHost: row.login_host,
    scopes: scopesFromText(row.scopes),
    generation: Number(row.generation),
    updatedAt: new Date(Number(row.updated_at)),
    updatedBy: row.updated_by,
  };
}

/** Purged refresh tokens decrypt only when iterated: the admin's save should not wait for 100,000 decryptions. */
function pendingRevocations(rows: readonly PurgedRow[], keyring: Keyring): PendingRevocations {
  return {
    count: rows.length,
    *[Symbol.iterator]() {
      for (const row of rows) {
        yield {
          userId: row.user_id,
          instanceUrl: row.instance_url,
          refreshToken: keyring.decryptOnce(row.refresh_token, row.user_id, 'refresh_token'),
        };
      }
    },
  };
}

export function createConfigRepository(driver: Driver, keyring: Keyring, hooks: StoreTestHooks = {}): ConfigRepository {
  const readSecret = (row: ConfigRow): string => keyring.decrypt(row.consumer_secret, PROVIDER, 'consumer_secret');

  return {
    async get() {
      const row = await driver.get<ConfigRow>(SELECT_CONFIG, [PROVIDER]);
      return row === undefined ? null : summary(row);
    },

    async getWithSecret(): Promise<MarketplaceConfig | null> {
      const row = await driver.get<ConfigRow>(SELECT_CONFIG, [PROVIDER]);
      if (row === undefined) return null;
      const { hasConsumerSecret: _, ...rest } = summary(row);
      return { ...rest, consumerSecret: readSecret(row) };
    },

    async save(change, actor): Promise<SaveConfigResult> {
      const now = Date.now();
      return driver.transaction(async (tx) => {
        // Saves queue here, so each reads the generation the previous one wrote.
        await tx.lock(`config:${PROVIDER}`);
        const row = await tx.get<ConfigRow>(SELECT_CONFIG + driver.dialect.forUpdate, [PROVIDER]);
        let stored: StoredConfig | null = null;
        if (row !== undefined) {
          let consumerSecret: string | null;
          try {
            consumerSecret = readSecret(row);
          } catch (error) {
            if (!(error instanceof DecryptionError)) throw error;
            consumerSecret = null; // lets the admin repair a secret whose key was lost
          }
          stored = {
            consumerKey: row.consumer_key,
            consumerSecret,
            loginHost: row.login_host,
            scopes: normalizeScopes(scopesFromText(row.scopes)),
          };
        }
        const next = applyChange(stored, change);
        const fields = changedFields(stored, next);
        const previousLoginHost = row?.login_host ?? null;
        if (row !== undefined && fields.length === 0) {
          return {
            changed: false,
            changedFields: [],
            generation: Number(row.generation),
            purgedUsers: 0,
            previousLoginHost,
            revocations: pendingRevocations([], keyring),
          };
        }

        const generation = Number(row?.generation ?? 0) + 1;
        const secret =
          row !== undefined && !fields.includes('consumerSecret')
            ? row.consumer_secret
            : keyring.encrypt(next.consumerSecret, PROVIDER, 'consumer_secret');
        await tx.run(
          `INSERT INTO marketplace_config
             (provider, consumer_key, consumer_secret, login_host, scopes, generation, updated_at, updated_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (provider) DO UPDATE SET
             consumer_key = excluded.consumer_key, consumer_secret = excluded.consumer_secret,
             login_host = excluded.login_host, scopes = excluded.scopes, generation = excluded.generation,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [PROVIDER, next.consumerKey, secret, next.loginHost, scopesToText(next.scopes), generation, now, actor],
        );
        const purged = await driver.purgeConnectedTokens(tx, 'config-changed', now);
        await hooks.afterPurge?.();
        // Field names and counts only: never a value, since consumerSecret may be among them.
        const details = { provider: PROVIDER, fields, generation, purgedTokens: purged.length };
        await tx.run('INSERT INTO audit_log (at, actor, action, details) VALUES (?, ?, ?, ?)', [
          now,
          actor,
          'marketplace.config.changed',
          JSON.stringify(details),
        ]);
        return {
          changed: true,
          changedFields: fields,
          generation,
          purgedUsers: purged.length,
          previousLoginHost,
          revocations: pendingRevocations(purged, keyring),
        };
      });
    },
  };
}
