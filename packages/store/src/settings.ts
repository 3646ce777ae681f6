// Settings an admin changes without anyone signing in again (the API cap, the searched types),
// audited by field name like the connection settings; and this product's Salesforce calls by hour.
import { PROVIDER } from './config-repository.ts';
import type { Driver } from './driver.ts';
import type { ApiCallLog, SettingsRepository } from './store.ts';
import type { MarketplaceSettings } from './types.ts';

interface SettingsRow {
  api_cap_percent: number | null;
  search_types: string | null;
  updated_at: number;
  updated_by: string;
  [column: string]: unknown;
}

const DEFAULTS: MarketplaceSettings = { apiCapPercent: null, searchTypes: null, updatedAt: null, updatedBy: null };

const settingsOf = (row: SettingsRow | undefined): MarketplaceSettings => (row === undefined ? DEFAULTS : {
  apiCapPercent: row.api_cap_percent === null ? null : Number(row.api_cap_percent),
  searchTypes: row.search_types === null ? null : row.search_types.split(' ').filter(Boolean),
  updatedAt: new Date(Number(row.updated_at)),
  updatedBy: row.updated_by,
});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createSettingsRepository(driver: Driver): SettingsRepository {
  const read = (sql: Pick<Driver, 'get'>) => sql.get<SettingsRow>('SELECT api_cap_percent, search_types, updated_at, updated_by FROM marketplace_settings WHERE provider = ?', [PROVIDER]);
  return {
    get: async () => settingsOf(await read(driver)),
    save(change, actor) {
      return driver.transaction(async (tx) => {
        await tx.lock('marketplace-settings');
        const current = settingsOf(await read(tx));
        const next = { ...current, ...change };
        const changedFields = (['apiCapPercent', 'searchTypes'] as const).filter((f) => f in change && !same(current[f], next[f]));
        if (changedFields.length === 0) return { changedFields, settings: current };
        const now = Date.now();
        await tx.run(
          `INSERT INTO marketplace_settings (provider, api_cap_percent, search_types, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (provider) DO UPDATE SET api_cap_percent = excluded.api_cap_percent, search_types = excluded.search_types,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
          [PROVIDER, next.apiCapPercent, next.searchTypes === null ? null : next.searchTypes.join(' '), now, actor],
        );
        // Field names only, as for the connection settings.
        await tx.run('INSERT INTO audit_log (at, actor, action, details) VALUES (?, ?, ?, ?)', [
          now, actor, 'marketplace.settings.changed', JSON.stringify({ provider: PROVIDER, fields: changedFields }),
        ]);
        return { changedFields, settings: { ...next, updatedAt: new Date(now), updatedBy: actor } };
      });
    },
  };
}

/** Hours kept: a day's rolling window and a day more. */
const KEEP_HOURS = 48;

export function createApiCallLog(driver: Driver): ApiCallLog {
  return {
    async add(counts) {
      if (counts.length === 0) return;
      await driver.transaction(async (tx) => {
        for (const { hour, calls } of counts) {
          await tx.run('INSERT INTO api_calls (hour, calls) VALUES (?, ?) ON CONFLICT (hour) DO UPDATE SET calls = api_calls.calls + excluded.calls', [hour, calls]);
        }
        const newest = Math.max(...counts.map((c) => c.hour));
        await tx.run('DELETE FROM api_calls WHERE hour < ?', [newest - KEEP_HOURS]);
      });
    },
    async since(sinceHour) {
      const row = await driver.get<{ n: number | null }>('SELECT SUM(calls) AS n FROM api_calls WHERE hour >= ?', [sinceHour]);
      return Number(row?.n ?? 0);
    },
    async recordOrgUsage({ used, limit, at }) {
      // A report never replaces a newer one (instances flush in any order).
      await driver.run(
        `INSERT INTO org_api_usage (provider, used, daily_limit, at) VALUES (?, ?, ?, ?)
         ON CONFLICT (provider) DO UPDATE SET used = excluded.used, daily_limit = excluded.daily_limit, at = excluded.at
         WHERE org_api_usage.at < excluded.at`,
        [PROVIDER, used, limit, at.getTime()],
      );
    },
    async orgUsage() {
      const row = await driver.get<{ used: number; daily_limit: number; at: number }>('SELECT used, daily_limit, at FROM org_api_usage WHERE provider = ?', [PROVIDER]);
      return row === undefined ? null : { used: Number(row.used), limit: Number(row.daily_limit), at: new Date(Number(row.at)) };
    },
  };
}
