import { fileURLToPath } from 'node:url';
import { StoreConfigError } from './errors.ts';

export const DEFAULT_SQLITE_PATH = './data/marketplace.db';

export type DatabaseTarget =
  | { adapter: 'sqlite'; path: string }
  | { adapter: 'postgres'; connectionString: string };

/**
 * Reads DATABASE_URL: empty → the default SQLite file; a plain path, `sqlite:` or `file:`
 * URL → SQLite; `postgres://` or `postgresql://` → PostgreSQL. Anything else is refused
 * with a message naming only the scheme, since the URL may carry a password.
 */
export function parseDatabaseUrl(databaseUrl: string | undefined): DatabaseTarget {
  const url = databaseUrl?.trim() ?? '';
  if (url === '') return { adapter: 'sqlite', path: DEFAULT_SQLITE_PATH };

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  // One letter is a Windows drive (C:\data\x.db), not a scheme.
  if (scheme === undefined || scheme.length === 1) return { adapter: 'sqlite', path: url };

  if (scheme === 'postgres' || scheme === 'postgresql') return { adapter: 'postgres', connectionString: url };
  if (scheme === 'file') return { adapter: 'sqlite', path: fileURLToPath(url) };
  if (scheme === 'sqlite' || scheme === 'sqlite3') {
    // sqlite:./x.db and sqlite:/abs/x.db keep their path; sqlite:///abs/x.db and sqlite://rel/x.db drop the `//`.
    let path = url.slice(scheme.length + 1);
    if (path.startsWith('//')) path = path.slice(2);
    path = decodeURIComponent(path.split('?')[0] ?? '');
    if (path === '') throw new StoreConfigError('DATABASE_URL: a sqlite: URL needs a file path, e.g. sqlite:./data/marketplace.db');
    return { adapter: 'sqlite', path };
  }
  throw new StoreConfigError(
    `DATABASE_URL: unsupported scheme "${scheme}:". Use a file path or sqlite: URL (SQLite) or a postgres:// URL (PostgreSQL).`,
  );
}
