import { startEmbeddedPostgres } from '@sfsearch/test-postgres';
import { describe, expect, it } from 'vitest';
import { openStore, StoreUnavailableError } from '../src/index.ts';
import { storeContract } from './contract/store-contract.ts';
import { KEY_1 } from './support/harness.ts';
import { postgresHarness } from './support/postgres-harness.ts';

// Never skipped: without a local server the global setup starts an embedded one.
describe('PostgreSQL adapter', () => storeContract(postgresHarness()));

describe('PostgreSQL going away and coming back', () => {
  it('reports the outage as StoreUnavailableError, and the same store works again once the server is back', { timeout: 90_000 }, async () => {
    const server = await startEmbeddedPostgres();
    const store = await openStore({ databaseUrl: server.url, encryptionKeys: [KEY_1], sessions: { pruneIntervalMs: 0 } });
    try {
      await store.config.save({ consumerKey: 'Key.1', consumerSecret: 'secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] }, 'admin');
      await server.stop();
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.config.get()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.config.save({ consumerKey: 'Key.2', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] }, 'admin'))
        .rejects.toBeInstanceOf(StoreUnavailableError);
      await server.start();
      await expect.poll(() => store.ping().then(() => true, () => false), { timeout: 20_000 }).toBe(true);
      expect((await store.config.getWithSecret())).toMatchObject({ consumerKey: 'Key.1', consumerSecret: 'secret' });
    } finally {
      await store.close();
      await server.destroy();
    }
  });
});
