import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, StoreConfigError } from '../src/index.ts';

describe('DATABASE_URL picks the adapter', () => {
  it.each([
    [undefined, { adapter: 'sqlite', path: './data/marketplace.db' }],
    ['  ', { adapter: 'sqlite', path: './data/marketplace.db' }],
    ['./data/other.db', { adapter: 'sqlite', path: './data/other.db' }],
    ['/var/lib/sfsearch/store.db', { adapter: 'sqlite', path: '/var/lib/sfsearch/store.db' }],
    ['C:\\data\\store.db', { adapter: 'sqlite', path: 'C:\\data\\store.db' }],
    ['sqlite:./data/x.db', { adapter: 'sqlite', path: './data/x.db' }],
    ['sqlite:///var/x.db', { adapter: 'sqlite', path: '/var/x.db' }],
    ['sqlite://data/x.db', { adapter: 'sqlite', path: 'data/x.db' }],
    ['file:///var/x%20y.db', { adapter: 'sqlite', path: '/var/x y.db' }],
    ['postgres://u:p@db:5432/app', { adapter: 'postgres', connectionString: 'postgres://u:p@db:5432/app' }],
    ['postgresql://db/app?sslmode=require', { adapter: 'postgres', connectionString: 'postgresql://db/app?sslmode=require' }],
  ])('%s', (url, expected) => {
    expect(parseDatabaseUrl(url)).toEqual(expected);
  });

  it('refuses anything else, naming the scheme but never the password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/app')).toThrow(StoreConfigError);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/app')).toThrow(/"mysql:".*postgres:\/\//);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/app')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(/needs a file path/);
  });
});
