import { describe, expect, it } from 'vitest';
import { InvalidConfigError } from '../../src/index.ts';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';
import { ADMIN, configChange, configuredWithUsers, grant } from '../support/fixtures.ts';

export function configContract(harness: Harness): void {
  describe('marketplace config', () => {
    const database = databases(harness);

    it('is absent until an admin saves it, and the first save needs a secret', async () => {
      const store = await (await database()).open();
      expect(await store.config.get()).toBeNull();
      expect(await store.config.getWithSecret()).toBeNull();
      await expect(store.config.save(configChange({ consumerSecret: undefined }), ADMIN)).rejects.toBeInstanceOf(InvalidConfigError);
    });

    it('keeps the consumer secret write-only: the summary says only that it is set', async () => {
      const db = await database();
      const store = await db.open();
      const result = await store.config.save(configChange({ scopes: ['refresh_token', 'api', 'id', 'api'] }), ADMIN);
      expect(result).toMatchObject({ changed: true, generation: 1, purgedUsers: 0 });
      const summary = await store.config.get();
      expect(summary).toMatchObject({ consumerKey: '3MVG9-consumer-key-A', hasConsumerSecret: true, scopes: ['api', 'id', 'refresh_token'], updatedBy: ADMIN });
      expect(JSON.stringify(summary)).not.toContain('consumer-secret-A');
      expect((await store.config.getWithSecret())?.consumerSecret).toBe('consumer-secret-A');
      const [row] = await db.query<{ consumer_secret: string }>('SELECT consumer_secret FROM marketplace_config');
      expect(row?.consumer_secret).toMatch(/^v1\.k1\./);
      expect(row?.consumer_secret).not.toContain('consumer-secret-A');
    });

    it('when the admin changes the consumer key, every connected user must reconnect', async () => {
      const store = await (await database()).open();
      const users = ['alice', 'bob', 'carol'];
      await configuredWithUsers(store, users);
      const result = await store.config.save(configChange({ consumerKey: '3MVG9-consumer-key-B' }), 'admin-2');

      expect(result).toMatchObject({ changed: true, changedFields: ['consumerKey'], generation: 2, purgedUsers: 3 });
      expect(result.previousLoginHost).toBe('https://login.salesforce.com');
      const revoked = [...result.revocations].sort((a, b) => a.userId.localeCompare(b.userId));
      expect(revoked).toEqual(users.map((u) => ({ userId: u, instanceUrl: 'https://acme.my.salesforce.com', refreshToken: `refresh-${u}` })));
      for (const user of users) {
        expect(await store.tokens.getUsable(user)).toBeNull();
        expect(await store.tokens.getStatus(user)).toMatchObject({ state: 'disconnected', reason: 'config-changed', identity: { username: `${user}@acme.example` } });
      }
      expect(await store.tokens.countConnected()).toBe(0);
      const [entry] = await store.audit.list({ limit: 1 });
      expect(entry).toMatchObject({ actor: 'admin-2', action: 'marketplace.config.changed', details: { fields: ['consumerKey'], generation: 2, purgedTokens: 3 } });
    });

    it('saving identical values changes nothing and purges nobody, however they are spelled', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice']);
      const before = await store.config.get();
      const auditBefore = await store.audit.list();
      const same = configChange({ consumerSecret: undefined, loginHost: ' https://LOGIN.salesforce.com/ ', scopes: ['id refresh_token', 'api'] });
      const result = await store.config.save(same, 'admin-2');
      expect(result).toMatchObject({ changed: false, changedFields: [], generation: 1, purgedUsers: 0 });
      expect(result.revocations.count).toBe(0);
      expect(await store.config.get()).toEqual(before);
      expect(await store.tokens.getUsable('alice')).not.toBeNull();
      expect(await store.audit.list()).toEqual(auditBefore);
      expect((await store.config.save(configChange(), 'admin-2')).changed).toBe(false);
    });

    it('a new secret is a change, audited by name and never by value', async () => {
      const db = await database();
      const store = await db.open();
      await configuredWithUsers(store, ['alice']);
      const result = await store.config.save(configChange({ consumerSecret: 'consumer-secret-B' }), ADMIN);
      expect(result).toMatchObject({ changedFields: ['consumerSecret'], purgedUsers: 1 });
      expect((await store.config.getWithSecret())?.consumerSecret).toBe('consumer-secret-B');
      const dump = JSON.stringify(await db.query('SELECT * FROM audit_log'));
      expect(dump).toContain('consumerSecret');
      expect(dump).not.toContain('consumer-secret-A');
      expect(dump).not.toContain('consumer-secret-B');
    });

    it('a user who disconnected keeps that reason through a later config change', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice', 'bob']);
      await store.tokens.markDisconnected('bob', 'disconnected');
      const result = await store.config.save(configChange({ scopes: ['api', 'refresh_token', 'id', 'web'] }), ADMIN);
      expect(result.purgedUsers).toBe(1);
      expect(await store.tokens.getStatus('bob')).toMatchObject({ state: 'disconnected', reason: 'disconnected' });
    });

    it('the generation strictly increases under concurrent saves from two connections', async () => {
      const db = await database();
      const [a, b] = [await db.open(), await db.open()];
      await a.config.save(configChange(), ADMIN);
      const saves = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).config.save(configChange({ consumerKey: `key-${i}` }), ADMIN));
      const generations = (await Promise.all(saves)).map((r) => r.generation);
      expect(new Set(generations).size).toBe(20);
      expect(Math.max(...generations)).toBe(21);
      expect((await b.config.get())?.generation).toBe(21);
    });

    it('a crash in the middle of a save leaves the old config and every token intact', async () => {
      const db = await database();
      const store = await db.open();
      await configuredWithUsers(store, ['alice', 'bob']);
      const auditBefore = await store.audit.list();
      const crashing = await db.open({ testHooks: { afterPurge: () => { throw new Error('power cut'); } } });
      await expect(crashing.config.save(configChange({ consumerKey: 'key-B' }), ADMIN)).rejects.toThrow('power cut');

      expect(await store.config.get()).toMatchObject({ consumerKey: '3MVG9-consumer-key-A', generation: 1 });
      expect((await store.tokens.getUsable('alice'))?.refreshToken).toBe('refresh-alice');
      expect((await store.tokens.getUsable('bob'))?.accessToken).toBe('access-bob');
      expect(await store.audit.list()).toEqual(auditBefore);
      expect((await store.config.save(configChange({ consumerKey: 'key-B' }), ADMIN)).purgedUsers).toBe(2);
    });

    it('a refresh or disconnect racing a config save is purged with its latest token handed back, or refused', async () => {
      const db = await database();
      const [admin, bff] = [await db.open(), await db.open()];
      const users = Array.from({ length: 40 }, (_, i) => `user-${i}`);
      await configuredWithUsers(admin, users);
      const refreshing = users.slice(0, 20);
      const leaving = users.slice(20);
      const [saved, refreshed, disconnected] = await Promise.all([
        admin.config.save(configChange({ consumerKey: 'key-B' }), ADMIN),
        Promise.all(refreshing.map((u) => bff.tokens.saveRefreshed(u, { accessToken: `a2-${u}`, refreshToken: `r2-${u}` }))),
        Promise.all(leaving.map((u) => bff.tokens.markDisconnected(u, 'disconnected'))),
      ]);
      const handedBack = new Map([...saved.revocations].map((r) => [r.userId, r.refreshToken]));
      refreshing.forEach((u, i) => {
        // Either the refresh landed first and the purge returns the rotated token, or it came too late and was refused.
        expect(handedBack.get(u)).toBe(refreshed[i] === null ? `refresh-${u}` : `r2-${u}`);
      });
      leaving.forEach((u, i) => {
        // Exactly one of the two hands the token back, so it is revoked once.
        expect([handedBack.get(u), disconnected[i]?.refreshToken].filter(Boolean)).toEqual([`refresh-${u}`]);
      });
      expect(await admin.tokens.countConnected()).toBe(0);
    });

    it('tokens from a sign-in that started before a config change are refused and never usable', async () => {
      const store = await (await database()).open();
      const first = await configuredWithUsers(store, ['alice']);
      await store.config.save(configChange({ loginHost: 'https://test.salesforce.com' }), ADMIN);
      await expect(store.tokens.saveConnected('bob', grant('bob', first))).rejects.toMatchObject({ code: 'stale-generation', currentGeneration: 2 });
      expect(await store.tokens.getStatus('bob')).toEqual({ state: 'never-connected' });
      expect(await store.tokens.saveRefreshed('alice', { accessToken: 'late' })).toBeNull();
      expect(await store.tokens.getUsable('alice')).toBeNull();
    });
  });
}
