import type { Dialect, Driver } from './driver.ts';

interface Migration {
  version: number;
  name: string;
  statements(d: Dialect, adapter: Driver['adapter']): string[];
}

/**
 * Append only: a released migration is never edited. Times are epoch milliseconds,
 * secrets are text envelopes (see encryption.ts), scopes are space-separated.
 */
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial',
    statements: (d, adapter) => [
      `CREATE TABLE marketplace_config (
        provider TEXT PRIMARY KEY,
        consumer_key TEXT NOT NULL,
        consumer_secret TEXT NOT NULL,
        login_host TEXT NOT NULL,
        scopes TEXT NOT NULL,
        generation ${d.bigint} NOT NULL,
        updated_at ${d.bigint} NOT NULL,
        updated_by TEXT NOT NULL
      )`,
      // Secrets exist exactly while a user is connected; the CHECK keeps a purge honest.
      // PostgreSQL: free space on each page lets a purge or refresh update rows in place
      // (HOT, no index writes): a 100k-user purge takes half the time.
      `CREATE TABLE salesforce_tokens (
        user_id TEXT PRIMARY KEY,
        generation ${d.bigint} NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('connected', 'disconnected')),
        reason TEXT CHECK (reason IN ('config-changed', 'token-expired', 'revoked', 'disconnected')),
        instance_url TEXT,
        access_token TEXT,
        refresh_token TEXT,
        scopes TEXT,
        salesforce_user_id TEXT,
        username TEXT,
        display_name TEXT,
        org_id TEXT,
        connected_at ${d.bigint},
        refreshed_at ${d.bigint},
        disconnected_at ${d.bigint},
        updated_at ${d.bigint} NOT NULL,
        CHECK ((state = 'connected') = (access_token IS NOT NULL AND refresh_token IS NOT NULL)),
        CHECK ((state = 'disconnected') = (reason IS NOT NULL))
      )${adapter === 'postgres' ? ' WITH (fillfactor = 70)' : ''}`,
      `CREATE TABLE sessions (
        sid TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        expires_at ${d.bigint} NOT NULL
      )`,
      'CREATE INDEX sessions_expires_at ON sessions (expires_at)',
      `CREATE TABLE audit_log (
        id ${d.autoId},
        at ${d.bigint} NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        details TEXT NOT NULL
      )`,
      // PostgreSQL locks with advisory locks; SQLite needs a lease row that lapses when its holder dies.
      ...(adapter === 'sqlite'
        ? [`CREATE TABLE refresh_locks (user_id TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at ${d.bigint} NOT NULL)`]
        : []),
    ],
  },
  {
    // Two more reasons a connection ends: its stored tokens no longer decrypt for their owner
    // (tampered, swapped, or encrypted with a key that was dropped), and an admin disconnected the
    // person. SQLite cannot alter a CHECK, so the table is rebuilt there.
    version: 2,
    name: 'more-disconnect-reasons',
    statements: (d, adapter) => {
      const reasons = "'config-changed', 'token-expired', 'revoked', 'disconnected', 'unreadable', 'admin-disconnected'";
      if (adapter === 'postgres') {
        return [
          `ALTER TABLE salesforce_tokens DROP CONSTRAINT salesforce_tokens_reason_check,
             ADD CONSTRAINT salesforce_tokens_reason_check CHECK (reason IN (${reasons}))`,
        ];
      }
      return [
        `CREATE TABLE salesforce_tokens_v2 (
          user_id TEXT PRIMARY KEY,
          generation ${d.bigint} NOT NULL,
          state TEXT NOT NULL CHECK (state IN ('connected', 'disconnected')),
          reason TEXT CHECK (reason IN (${reasons})),
          instance_url TEXT,
          access_token TEXT,
          refresh_token TEXT,
          scopes TEXT,
          salesforce_user_id TEXT,
          username TEXT,
          display_name TEXT,
          org_id TEXT,
          connected_at ${d.bigint},
          refreshed_at ${d.bigint},
          disconnected_at ${d.bigint},
          updated_at ${d.bigint} NOT NULL,
          CHECK ((state = 'connected') = (access_token IS NOT NULL AND refresh_token IS NOT NULL)),
          CHECK ((state = 'disconnected') = (reason IS NOT NULL))
        )`,
        'INSERT INTO salesforce_tokens_v2 SELECT * FROM salesforce_tokens',
        'DROP TABLE salesforce_tokens',
        'ALTER TABLE salesforce_tokens_v2 RENAME TO salesforce_tokens',
      ];
    },
  },
  {
    // Rate-limit windows, so that every BFF instance counts the same hits.
    version: 3,
    name: 'rate-limits',
    statements: (d) => [
      `CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,
        hits ${d.bigint} NOT NULL,
        reset_at ${d.bigint} NOT NULL
      )`,
      'CREATE INDEX rate_limits_reset_at ON rate_limits (reset_at)',
    ],
  },
  {
    // Each person's recent searches: one sealed list per intranet person (docs/decisions/0033).
    version: 4,
    name: 'recent-searches',
    statements: (d) => [
      `CREATE TABLE recent_searches (
        user_id TEXT PRIMARY KEY,
        entries TEXT NOT NULL,
        updated_at ${d.bigint} NOT NULL
      )`,
      'CREATE INDEX recent_searches_updated_at ON recent_searches (updated_at)',
    ],
  },
  {
    // Who each connection belongs to on the intranet (name, e-mail: the admin's list finds people
    // by them), and when it was last used for a search (written in batches, not per search).
    version: 5,
    name: 'connection-people',
    statements: (d) => [
      'ALTER TABLE salesforce_tokens ADD COLUMN person_name TEXT',
      'ALTER TABLE salesforce_tokens ADD COLUMN person_email TEXT',
      `ALTER TABLE salesforce_tokens ADD COLUMN last_used_at ${d.bigint}`,
    ],
  },
  {
    // Settings that need no new consent, so changing them purges nobody (the API cap, which
    // objects employees search); this product's Salesforce calls by hour, and the org's usage as
    // Salesforce last reported it, shared by every instance.
    version: 6,
    name: 'settings-and-api-budget',
    statements: (d) => [
      `CREATE TABLE marketplace_settings (
        provider TEXT PRIMARY KEY,
        api_cap_percent INTEGER,
        search_types TEXT,
        updated_at ${d.bigint} NOT NULL,
        updated_by TEXT NOT NULL
      )`,
      `CREATE TABLE api_calls (
        hour ${d.bigint} PRIMARY KEY,
        calls ${d.bigint} NOT NULL
      )`,
      `CREATE TABLE org_api_usage (
        provider TEXT PRIMARY KEY,
        used ${d.bigint} NOT NULL,
        daily_limit ${d.bigint} NOT NULL,
        at ${d.bigint} NOT NULL
      )`,
    ],
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Applies missing migrations in one transaction under a lock, so two instances starting
 * at once apply each migration once: the second waits, then finds nothing to do.
 */
export async function migrate(driver: Driver, upTo = Number.POSITIVE_INFINITY): Promise<number[]> {
  return driver.transaction(async (tx) => {
    await tx.lock('migrations');
    await tx.run(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at ${driver.dialect.bigint} NOT NULL
      )`,
    );
    const rows = await tx.all<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    const done: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version) || migration.version > upTo) continue;
      for (const statement of migration.statements(driver.dialect, driver.adapter)) await tx.run(statement);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
