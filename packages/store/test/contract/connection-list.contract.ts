import { describe, expect, it } from 'vitest';
import { configChange, configuredWithUsers, grant } from '../support/fixtures.ts';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

export function connectionListContract(harness: Harness): void {
  describe("the admin's list of connections", () => {
    const database = databases(harness);

    it('shows everyone who ever connected, by name, with their state and reason and no secret', async () => {
      const store = await (await database()).open();
      const generation = await configuredWithUsers(store, []);
      const people = { alice: 'Alice Zeller', bob: 'bob Brown', carol: 'Carol Avery', dave: 'Dave Young' };
      for (const [id, name] of Object.entries(people)) {
        await store.tokens.saveConnected(id, grant(id, generation, { person: { name, email: `${id}@intranet.example` } }));
      }
      await store.tokens.markDisconnected('bob', 'disconnected');
      await store.tokens.markDisconnected('carol', 'admin-disconnected');
      const used = new Date('2026-12-01T10:00:00Z');
      await store.tokens.recordUse([{ userId: 'alice', at: used }, { userId: 'dave', at: new Date(used.getTime() - 60_000) }]);
      // An earlier time never overwrites a later one (two instances flushing out of order).
      await store.tokens.recordUse([{ userId: 'alice', at: new Date(used.getTime() - 3_600_000) }]);

      const all = await store.tokens.list({ limit: 10, offset: 0 });
      expect(all.total).toBe(4);
      expect(all.entries.map((e) => [e.userId, e.state, e.reason])).toEqual([
        ['alice', 'connected', null], ['bob', 'disconnected', 'disconnected'], ['carol', 'reconnect-required', 'admin-disconnected'], ['dave', 'connected', null],
      ]);
      // Sorted by name whatever its case: Alice Zeller, bob Brown, Carol Avery, Dave Young.
      expect(all.entries[0]).toEqual({
        userId: 'alice',
        person: { name: 'Alice Zeller', email: 'alice@intranet.example' },
        identity: { salesforceUserId: '005-alice', username: 'alice@acme.example', displayName: 'User alice', orgId: '00D-acme' },
        instanceUrl: 'https://acme.my.salesforce.com',
        state: 'connected',
        reason: null,
        connectedAt: expect.any(Date),
        refreshedAt: null,
        disconnectedAt: null,
        lastUsedAt: used,
      });
      expect(JSON.stringify(all)).not.toMatch(/access-|refresh-/);

      // A configuration change leaves everyone to reconnect, saying why.
      await store.config.save(configChange({ consumerKey: 'another-key' }), 'admin-1');
      const after = await store.tokens.list({ limit: 10, offset: 0 });
      expect(after.entries.map((e) => [e.userId, e.state, e.reason])).toEqual([
        ['alice', 'reconnect-required', 'config-changed'], ['bob', 'disconnected', 'disconnected'],
        ['carol', 'reconnect-required', 'admin-disconnected'], ['dave', 'reconnect-required', 'config-changed'],
      ]);
    });

    it('finds people by words of their name, e-mail, id or Salesforce username, case aside, and pages', async () => {
      const store = await (await database()).open();
      const generation = await configuredWithUsers(store, []);
      for (let i = 0; i < 25; i++) {
        const id = `user-${String(i).padStart(2, '0')}`;
        await store.tokens.saveConnected(id, grant(id, generation, { person: { name: `Person ${String(i).padStart(2, '0')}`, email: `${id}@intranet.example` } }));
      }
      await store.tokens.saveConnected('odd_one', grant('odd_one', generation, { username: 'Max.100%@globex.example', person: { name: 'Max Mustermann', email: 'max@intranet.example' } }));
      const page2 = await store.tokens.list({ limit: 10, offset: 10 });
      expect(page2.total).toBe(26);
      // Max Mustermann first, then Person 00 to 24.
      expect(page2.entries.map((e) => e.userId)).toEqual(Array.from({ length: 10 }, (_, i) => `user-${String(i + 9).padStart(2, '0')}`));
      expect((await store.tokens.list({ limit: 10, offset: 20 })).entries).toHaveLength(6);
      expect((await store.tokens.list({ q: 'PERSON 1', limit: 50, offset: 0 })).entries.map((e) => e.userId)).toEqual(
        Array.from({ length: 10 }, (_, i) => `user-1${i}`),
      );
      expect((await store.tokens.list({ q: 'max.100%', limit: 50, offset: 0 })).entries.map((e) => e.userId)).toEqual(['odd_one']);
      // % and _ are letters: "100%" is not "100 and anything", "_" is not any one character.
      expect((await store.tokens.list({ q: '10_', limit: 50, offset: 0 })).total).toBe(0);
      expect((await store.tokens.list({ q: 'max@intranet', limit: 50, offset: 0 })).total).toBe(1);
      expect((await store.tokens.list({ q: 'nobody', limit: 50, offset: 0 })).total).toBe(0);
    });

    it('records the last use of thousands of people at once', async () => {
      const store = await (await database()).open();
      const generation = await configuredWithUsers(store, ['alice']);
      const at = new Date('2026-12-02T09:00:00Z');
      const uses = Array.from({ length: 7000 }, (_, i) => ({ userId: `user-${i}`, at }));
      await store.tokens.recordUse([...uses, { userId: 'alice', at }]);
      expect((await store.tokens.list({ q: 'alice', limit: 5, offset: 0 })).entries[0]?.lastUsedAt).toEqual(at);
      expect(generation).toBeGreaterThan(0);
    });
  });
}
