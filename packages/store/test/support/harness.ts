import { afterAll, afterEach, beforeAll } from 'vitest';
import { openStore } from '../../src/index.ts';
import type { EncryptionKeyInput, Store, StoreOptions } from '../../src/index.ts';

export const KEY_1: EncryptionKeyInput = { id: 'k1', key: Buffer.alloc(32, 1).toString('base64') };
export const KEY_2: EncryptionKeyInput = { id: 'k2', key: Buffer.alloc(32, 2).toString('base64') };

/** One empty database, fresh for each test. */
export interface TestDatabase {
  readonly adapter: 'sqlite' | 'postgres';
  /** What a store (or a child process) needs to open this database. */
  readonly location: { databaseUrl: string; schema?: string };
  /** Opens a store here; it is closed after the test. */
  open(extra?: Partial<StoreOptions>): Promise<Store>;
  /** Raw SQL with `?` placeholders, to look behind the store's back. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Harness {
  readonly adapter: 'sqlite' | 'postgres';
  setup(): Promise<void>;
  teardown(): Promise<void>;
  createDatabase(): Promise<{ location: TestDatabase['location']; query: TestDatabase['query']; drop(): Promise<void> }>;
}

/**
 * Registers hooks that give every test its own empty database, created on first use
 * and dropped (with every store opened on it closed) after the test.
 */
export function databases(harness: Harness): () => Promise<TestDatabase> {
  const stores: Store[] = [];
  const drops: Array<() => Promise<void>> = [];
  let current: Promise<TestDatabase> | undefined;

  beforeAll(() => harness.setup());
  afterAll(() => harness.teardown());
  afterEach(async () => {
    await Promise.allSettled(stores.splice(0).map((s) => s.close()));
    await Promise.allSettled(drops.splice(0).map((d) => d()));
    current = undefined;
  });

  return () => {
    current ??= harness.createDatabase().then(({ location, query, drop }) => {
      drops.push(drop);
      return {
        adapter: harness.adapter,
        location,
        query,
        async open(extra = {}) {
          const store = await openStore({
            databaseUrl: location.databaseUrl,
            encryptionKeys: [KEY_1],
            sessions: { pruneIntervalMs: 0 },
            ...extra,
            postgres: { schema: location.schema, ...extra.postgres },
          });
          stores.push(store);
          return store;
        },
      };
    });
    return current;
  };
}
