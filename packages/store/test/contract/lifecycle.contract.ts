import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/index.ts';
import { configuredWithUsers, grant } from '../support/fixtures.ts';
import { databases, KEY_1 } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

export function lifecycleContract(harness: Harness): void {
  describe('migrations, audit log and health', () => {
    const database = databases(harness);

    it('migrations are safe to run twice and from two instances at once', async () => {
      const db = await database();
      const [a, b] = await Promise.all([db.open(), db.open()]);
      const c = await db.open();
      await Promise.all([a.ping(), b.ping(), c.ping()]);
      const versions = await db.query<{ version: number | string }>('SELECT version FROM schema_migrations');
      expect(versions.map((v) => Number(v.version)).sort()).toEqual([1, 2, 3, 4]);
    });

    it('a database of the first release keeps every connection through the migrations, and takes the new reasons', async () => {
      const db = await database();
      const old = await db.open({ testHooks: { schemaVersion: 1 } });
      const generation = await configuredWithUsers(old, ['alice', 'bob']);
      await old.tokens.markDisconnected('bob', 'token-expired');
      await old.close();

      const store = await db.open();
      expect(await store.tokens.getUsable('alice')).toMatchObject({ generation, accessToken: 'access-alice', refreshToken: 'refresh-alice' });
      expect(await store.tokens.getStatus('bob')).toMatchObject({ state: 'disconnected', reason: 'token-expired' });
      for (const reason of ['unreadable', 'admin-disconnected'] as const) {
        await store.tokens.saveConnected('alice', grant('alice', generation));
        await store.tokens.markDisconnected('alice', reason);
        expect(await store.tokens.getStatus('alice')).toMatchObject({ state: 'disconnected', reason });
      }
      await expect(db.query("UPDATE salesforce_tokens SET reason = 'made-up' WHERE user_id = 'bob'")).rejects.toThrow();
    });

    it('the audit log lists newest first and pages backwards', async () => {
      const store = await (await database()).open();
      for (let i = 1; i <= 5; i++) await store.audit.append({ actor: 'admin-1', action: `action-${i}`, details: { n: i } });
      const newest = await store.audit.list({ limit: 2 });
      expect(newest.map((e) => e.action)).toEqual(['action-5', 'action-4']);
      expect(newest[0]).toMatchObject({ actor: 'admin-1', details: { n: 5 } });
      expect(newest[0]?.at).toBeInstanceOf(Date);
      const older = await store.audit.list({ before: newest[1]?.id, limit: 10 });
      expect(older.map((e) => e.action)).toEqual(['action-3', 'action-2', 'action-1']);
    });

    it('ping answers while open and fails once closed', async () => {
      const db = await database();
      const store = await openStore({ databaseUrl: db.location.databaseUrl, postgres: { schema: db.location.schema }, encryptionKeys: [KEY_1] });
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.ping()).rejects.toThrow();
    });
  });
}
