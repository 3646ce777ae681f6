import { describe, expect, it } from 'vitest';
import { configuredWithUsers } from '../support/fixtures.ts';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';

export function settingsContract(harness: Harness): void {
  describe('settings that need no new consent', () => {
    const database = databases(harness);

    it('default to no cap and the default types, save what changed by field name, and purge nobody', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice']);
      expect(await store.settings.get()).toEqual({ apiCapPercent: null, searchTypes: null, updatedAt: null, updatedBy: null });
      const saved = await store.settings.save({ apiCapPercent: 80 }, 'admin-1');
      expect(saved.changedFields).toEqual(['apiCapPercent']);
      expect(saved.settings).toMatchObject({ apiCapPercent: 80, searchTypes: null, updatedBy: 'admin-1' });
      expect((await store.settings.save({ apiCapPercent: 80, searchTypes: ['account', 'contact'] }, 'admin-2')).changedFields).toEqual(['searchTypes']);
      expect(await store.settings.get()).toMatchObject({ apiCapPercent: 80, searchTypes: ['account', 'contact'], updatedBy: 'admin-2' });
      expect((await store.settings.save({ apiCapPercent: 80 }, 'admin-3')).changedFields).toEqual([]);
      expect((await store.settings.save({ apiCapPercent: null }, 'admin-3')).settings.apiCapPercent).toBeNull();
      expect(await store.tokens.getUsable('alice')).not.toBeNull();
      const audit = await store.audit.list({ limit: 10 });
      expect(audit.filter((e) => e.action === 'marketplace.settings.changed').map((e) => [e.actor, e.details.fields])).toEqual([
        ['admin-3', ['apiCapPercent']], ['admin-2', ['searchTypes']], ['admin-1', ['apiCapPercent']],
      ]);
    });

    it("count this product's calls by hour across writers, over a rolling window, and keep the org's newest usage", async () => {
      const store = await (await database()).open();
      const hour = Math.floor(Date.now() / 3_600_000);
      await store.apiCalls.add([{ hour: hour - 30, calls: 500 }, { hour: hour - 2, calls: 7 }]);
      await store.apiCalls.add([{ hour: hour - 2, calls: 3 }, { hour, calls: 5 }]);
      expect(await store.apiCalls.since(hour - 23)).toBe(15);
      expect(await store.apiCalls.since(hour - 40)).toBe(515);
      // Two days on, the oldest hours are gone.
      await store.apiCalls.add([{ hour: hour + 20, calls: 1 }]);
      expect(await store.apiCalls.since(hour - 40)).toBe(16);

      expect(await store.apiCalls.orgUsage()).toBeNull();
      const at = new Date('2026-12-02T10:00:00Z');
      await store.apiCalls.recordOrgUsage({ used: 900, limit: 1000, at });
      await store.apiCalls.recordOrgUsage({ used: 100, limit: 1000, at: new Date(at.getTime() - 60_000) });
      expect(await store.apiCalls.orgUsage()).toEqual({ used: 900, limit: 1000, at });
    });
  });
}
