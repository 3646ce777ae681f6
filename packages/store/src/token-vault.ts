import { holdConfigShared, PROVIDER } from './config-repository.ts';
import { normalizeScopes, scopesFromText, scopesToText } from './config-diff.ts';
import { createConnectionList } from './connection-list.ts';
import type { Driver, Row } from './driver.ts';
import type { Keyring, SecretKind } from './encryption.ts';
import { StaleGenerationError } from './errors.ts';
import type { TokenVault } from './store.ts';
import type { DisconnectReason, ErasedToken, SalesforceIdentity, TokenStatus, UsableToken } from './types.ts';

interface TokenRow extends Row {
  user_id: string;
  generation: number;
  state: 'connected' | 'disconnected';
  reason: DisconnectReason | null;
  instance_url: string | null;
  access_token: string | null;
  refresh_token: string | null;
  scopes: string | null;
  salesforce_user_id: string | null;
  username: string | null;
  display_name: string | null;
  org_id: string | null;
  connected_at: number | null;
  refreshed_at: number | null;
  disconnected_at: number | null;
  last_used_at: number | null;
  config_generation: number | null;
  config_updated_at: number | null;
}

const TOKEN_COLUMNS = `t.user_id, t.generation, t.state, t.reason, t.instance_url, t.access_token, t.refresh_token,
       t.scopes, t.salesforce_user_id, t.username, t.display_name, t.org_id, t.connected_at, t.refreshed_at,
       t.disconnected_at, t.last_used_at`;

// The config row rides along so one read decides whether the token is still current.
const SELECT_TOKEN = `SELECT ${TOKEN_COLUMNS}, c.generation AS config_generation, c.updated_at AS config_updated_at
  FROM salesforce_tokens t LEFT JOIN marketplace_config c ON c.provider = ?
 WHERE t.user_id = ?`;

const SELECT_OWN_ROW = `SELECT ${TOKEN_COLUMNS} FROM salesforce_tokens t WHERE t.user_id = ?`;

const ERASE = `UPDATE salesforce_tokens
   SET state = 'disconnected', reason = ?, access_token = NULL, refresh_token = NULL, disconnected_at = ?, updated_at = ?
 WHERE user_id = ?`;

function identityOf(row: TokenRow): SalesforceIdentity | null {
  if (row.salesforce_user_id === null) return null;
  return {
    salesforceUserId: row.salesforce_user_id,
    username: row.username ?? '',
    displayName: row.display_name ?? '',
    orgId: row.org_id ?? '',
  };
}

const isCurrent = (row: TokenRow) =>
  row.state === 'connected' && row.config_generation !== null && Number(row.generation) === Number(row.config_generation);

export function createTokenVault(driver: Driver, keyring: Keyring): TokenVault {
  const { forUpdate } = driver.dialect;
  const seal = (value: string, userId: string, kind: SecretKind) => keyring.encrypt(value, userId, kind);
  const open = (value: string, userId: string, kind: SecretKind) => keyring.decrypt(value, userId, kind);
  const openOrNull = (value: string | null, userId: string, kind: SecretKind): string | null => {
    if (value === null) return null;
    try {
      return open(value, userId, kind);
    } catch {
      return null;
    }
  };

  function usable(row: TokenRow): UsableToken {
    return {
      userId: row.user_id,
      generation: Number(row.generation),
      instanceUrl: row.instance_url ?? '',
      accessToken: open(row.access_token ?? '', row.user_id, 'access_token'),
      refreshToken: open(row.refresh_token ?? '', row.user_id, 'refresh_token'),
      scopes: scopesFromText(row.scopes),
      salesforceUserId: row.salesforce_user_id ?? '',
      username: row.username ?? '',
      displayName: row.display_name ?? '',
      orgId: row.org_id ?? '',
      connectedAt: new Date(Number(row.connected_at)),
      refreshedAt: row.refreshed_at === null ? null : new Date(Number(row.refreshed_at)),
    };
  }

  const readRow = (userId: string) => driver.get<TokenRow>(SELECT_TOKEN, [PROVIDER, userId]);

  return {
    ...createConnectionList(driver),

    async getUsable(userId) {
      const row = await readRow(userId);
      return row !== undefined && isCurrent(row) ? usable(row) : null;
    },

    async getStatus(userId): Promise<TokenStatus> {
      const row = await readRow(userId);
      if (row === undefined) return { state: 'never-connected' };
      const identity = identityOf(row);
      if (isCurrent(row) && identity !== null) {
        return {
          state: 'connected',
          generation: Number(row.generation),
          identity,
          instanceUrl: row.instance_url ?? '',
          scopes: scopesFromText(row.scopes),
          connectedAt: new Date(Number(row.connected_at)),
          refreshedAt: row.refreshed_at === null ? null : new Date(Number(row.refreshed_at)),
          lastUsedAt: row.last_used_at === null ? null : new Date(Number(row.last_used_at)),
        };
      }
      if (row.state === 'connected') {
        // Connected under an older config (a sign-in that raced a config save): not usable.
        return { state: 'disconnected', reason: 'config-changed', disconnectedAt: new Date(Number(row.config_updated_at ?? Date.now())), identity };
      }
      return {
        state: 'disconnected',
        reason: row.reason ?? 'disconnected',
        disconnectedAt: new Date(Number(row.disconnected_at ?? 0)),
        identity,
      };
    },

    async saveConnected(userId, grant) {
      const now = Date.now();
      const previous = await driver.transaction(async (tx) => {
        // A config save racing this sign-in either finishes first (and we refuse) or waits for us (and purges us).
        const current = (await holdConfigShared(tx, driver.dialect))?.generation ?? null;
        if (current !== grant.generation) throw new StaleGenerationError(current);
        const old = await tx.get<{ refresh_token: string | null }>(
          `SELECT refresh_token FROM salesforce_tokens WHERE user_id = ?${forUpdate}`,
          [userId],
        );
        await tx.run(
          `INSERT INTO salesforce_tokens
             (user_id, generation, state, reason, instance_url, access_token, refresh_token, scopes, salesforce_user_id,
              username, display_name, org_id, connected_at, refreshed_at, disconnected_at, updated_at, person_name, person_email)
           VALUES (?, ?, 'connected', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)
           ON CONFLICT (user_id) DO UPDATE SET
             generation = excluded.generation, state = excluded.state, reason = NULL,
             instance_url = excluded.instance_url, access_token = excluded.access_token,
             refresh_token = excluded.refresh_token, scopes = excluded.scopes,
             salesforce_user_id = excluded.salesforce_user_id, username = excluded.username,
             display_name = excluded.display_name, org_id = excluded.org_id, connected_at = excluded.connected_at,
             refreshed_at = NULL, disconnected_at = NULL, updated_at = excluded.updated_at,
             person_name = COALESCE(excluded.person_name, salesforce_tokens.person_name),
             person_email = COALESCE(excluded.person_email, salesforce_tokens.person_email)`,
          [
            userId,
            grant.generation,
            grant.instanceUrl,
            seal(grant.accessToken, userId, 'access_token'),
            seal(grant.refreshToken, userId, 'refresh_token'),
            scopesToText(normalizeScopes(grant.scopes)),
            grant.salesforceUserId,
            grant.username,
            grant.displayName,
            grant.orgId,
            now,
            now,
            grant.person?.name ?? null,
            grant.person?.email ?? null,
          ],
        );
        return old?.refresh_token ?? null;
      });
      return { replacedRefreshToken: openOrNull(previous, userId, 'refresh_token') };
    },

    async saveRefreshed(userId, grant) {
      const now = Date.now();
      return driver.transaction(async (tx) => {
        const config = await holdConfigShared(tx, driver.dialect);
        const found = await tx.get<TokenRow>(`${SELECT_OWN_ROW}${forUpdate}`, [userId]);
        if (found === undefined || config === null) return null;
        const row: TokenRow = { ...found, config_generation: config.generation, config_updated_at: config.updatedAt };
        // Purged or disconnected while the refresh was in flight: the new tokens must not be kept.
        if (!isCurrent(row)) return null;
        const accessToken = seal(grant.accessToken, userId, 'access_token');
        const refreshToken = grant.refreshToken === undefined ? row.refresh_token : seal(grant.refreshToken, userId, 'refresh_token');
        const instanceUrl = grant.instanceUrl ?? row.instance_url;
        await tx.run(
          'UPDATE salesforce_tokens SET access_token = ?, refresh_token = ?, instance_url = ?, refreshed_at = ?, updated_at = ? WHERE user_id = ?',
          [accessToken, refreshToken, instanceUrl, now, now, userId],
        );
        return usable({ ...row, access_token: accessToken, refresh_token: refreshToken, instance_url: instanceUrl, refreshed_at: now });
      });
    },

    async markDisconnected(userId, reason): Promise<ErasedToken | null> {
      const now = Date.now();
      const erased = await driver.transaction(async (tx) => {
        await holdConfigShared(tx, driver.dialect);
        const row = await tx.get<{ instance_url: string | null; access_token: string | null; refresh_token: string | null }>(
          `SELECT instance_url, access_token, refresh_token FROM salesforce_tokens WHERE user_id = ? AND state = 'connected'${forUpdate}`,
          [userId],
        );
        if (row === undefined) return null;
        await tx.run(ERASE, [reason, now, now, userId]);
        return row;
      });
      if (erased === null) return null;
      // Decrypted after the erase so a lost key cannot stop a user from disconnecting.
      return {
        instanceUrl: erased.instance_url,
        accessToken: openOrNull(erased.access_token, userId, 'access_token'),
        refreshToken: openOrNull(erased.refresh_token, userId, 'refresh_token'),
      };
    },

    async countConnected() {
      const row = await driver.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM salesforce_tokens t
           JOIN marketplace_config c ON c.provider = ? AND c.generation = t.generation
          WHERE t.state = 'connected'`,
        [PROVIDER],
      );
      return Number(row?.n ?? 0);
    },
  };
}
