// The admin's list of connections: everyone who ever connected, found by words in who they are
// on the intranet or in Salesforce, one page at a time, with no secret in sight; and the batch
// write of when people last searched.
import { PROVIDER } from './config-repository.ts';
import type { Driver, Row } from './driver.ts';
import type { ConnectionList, ConnectionListEntry, ConnectionListQuery, DisconnectReason } from './types.ts';

interface ListRow extends Row {
  user_id: string;
  person_name: string | null;
  person_email: string | null;
  salesforce_user_id: string | null;
  username: string | null;
  display_name: string | null;
  org_id: string | null;
  instance_url: string | null;
  state: 'connected' | 'disconnected';
  reason: DisconnectReason | null;
  generation: number;
  config_generation: number | null;
  connected_at: number | null;
  refreshed_at: number | null;
  disconnected_at: number | null;
  last_used_at: number | null;
}

const USE_BATCH = 1000;
const SEARCHED = ['t.user_id', 't.person_name', 't.person_email', 't.username', 't.display_name'];
const ORDER = 'ORDER BY lower(COALESCE(t.person_name, t.user_id)), t.user_id';

const date = (ms: number | null) => (ms === null ? null : new Date(Number(ms)));

/** `%` and `_` in what the admin typed are letters, not wildcards. */
const likePattern = (words: string) => `%${words.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function entryOf(row: ListRow): ConnectionListEntry {
  const current = row.config_generation !== null && Number(row.generation) === Number(row.config_generation);
  // A row still marked connected under an older configuration lost its sign-in to a save.
  const state = row.state === 'connected' ? (current ? 'connected' : 'reconnect-required') : row.reason === 'disconnected' ? 'disconnected' : 'reconnect-required';
  return {
    userId: row.user_id,
    person: row.person_name === null ? null : { name: row.person_name, email: row.person_email ?? '' },
    identity: row.salesforce_user_id === null ? null : {
      salesforceUserId: row.salesforce_user_id, username: row.username ?? '', displayName: row.display_name ?? '', orgId: row.org_id ?? '',
    },
    instanceUrl: row.instance_url,
    state,
    reason: state === 'connected' ? null : row.state === 'connected' ? 'config-changed' : row.reason,
    connectedAt: date(row.connected_at),
    refreshedAt: date(row.refreshed_at),
    disconnectedAt: date(row.disconnected_at),
    lastUsedAt: date(row.last_used_at),
  };
}

export function createConnectionList(driver: Driver) {
  return {
    async list({ q, limit, offset }: ConnectionListQuery): Promise<ConnectionList> {
      const words = (q ?? '').trim();
      const where = words === '' ? '' : `WHERE (${SEARCHED.map((c) => `lower(${c}) LIKE ? ESCAPE '\\'`).join(' OR ')})`;
      const params = words === '' ? [] : SEARCHED.map(() => likePattern(words));
      const [count, rows] = await Promise.all([
        driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM salesforce_tokens t ${where}`, params),
        driver.all<ListRow>(
          `SELECT t.user_id, t.person_name, t.person_email, t.salesforce_user_id, t.username, t.display_name, t.org_id,
                  t.instance_url, t.state, t.reason, t.generation, c.generation AS config_generation, t.connected_at,
                  t.refreshed_at, t.disconnected_at, t.last_used_at
             FROM salesforce_tokens t LEFT JOIN marketplace_config c ON c.provider = ?
             ${where} ${ORDER} LIMIT ? OFFSET ?`,
          [PROVIDER, ...params, limit, offset],
        ),
      ]);
      return { total: Number(count?.n ?? 0), entries: rows.map(entryOf) };
    },

    async recordUse(uses: readonly { userId: string; at: Date }[]): Promise<void> {
      // One statement per USE_BATCH people (five parameters each: SQLite allows 32,766 a statement);
      // a later time never goes back to an earlier one.
      for (let i = 0; i < uses.length; i += USE_BATCH) {
        const batch = uses.slice(i, i + USE_BATCH);
        const cases = batch.map(() => `WHEN ? THEN CAST(? AS ${driver.dialect.bigint})`).join(' ');
        const params = batch.flatMap((u) => [u.userId, u.at.getTime()]);
        await driver.run(
          `UPDATE salesforce_tokens SET last_used_at = CASE user_id ${cases} END
            WHERE user_id IN (${batch.map(() => '?').join(', ')})
              AND (last_used_at IS NULL OR last_used_at < CASE user_id ${cases} END)`,
          [...params, ...batch.map((u) => u.userId), ...params],
        );
      }
    },
  };
}
