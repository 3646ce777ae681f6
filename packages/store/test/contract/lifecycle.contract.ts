import { describe, expect, it } from 'vitest';
import { createKeyring, openStore } from '../../src/index.ts';
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
      expect(versions.map((v) => Number(v.version)).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    });

    it('a database of the first release keeps every connection through the migrations, and takes the new reasons', async () => {
      const db = await database();
      const old = await db.open({ testHooks: { schemaVersion: 1 } });
      const generation = await configuredWithUsers(old, []);
      // Rows as the first release wrote them: its columns only.
      const keyring = createKeyring([KEY_1]);
      for (const [user, state, reason] of [['alice', 'connected', null], ['bob', 'disconnected', 'token-expired']] as const) {
        const [access, refresh] = state === 'connected'
          ? [keyring.encrypt(`access-${user}`, user, 'access_token'), keyring.encrypt(`refresh-${user}`, user, 'refresh_token')] : [null, null];
        await db.query(
          `INSERT INTO salesforce_tokens (user_id, generation, state, reason, instance_url, access_token, refresh_token, scopes,
             salesforce_user_id, username, display_name, org_id, connected_at, disconnected_at, updated_at)
           VALUES (?, ?, ?, ?, 'https://acme.my.salesforce.com', ?, ?, 'api id refresh_token', ?, ?, ?, '00D-acme', ?, ?, ?)`,
          [user, generation, state, reason, access, refresh, `005-${user}`, `${user}@acme.example`, `User ${user}`, Date.now(), state === 'connected' ? null : Date.now(), Date.now()],
        );
      }
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
      // Migration 5: who they are on the intranet is not known for rows made before it.
      expect((await store.tokens.list({ q: 'bob', limit: 5, offset: 0 })).entries).toMatchObject([{ userId: 'bob', person: null, lastUsedAt: null }]);
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
