import { describe, expect, it } from 'vitest';
import { databases } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';
import { configuredWithUsers, grant } from '../support/fixtures.ts';

export function tokensContract(harness: Harness): void {
  describe('token vault', () => {
    const database = databases(harness);

    it('stores a completed sign-in encrypted and hands it back whole', async () => {
      const db = await database();
      const store = await db.open();
      const generation = await configuredWithUsers(store, []);
      expect(await store.tokens.getStatus('alice')).toEqual({ state: 'never-connected' });
      expect(await store.tokens.saveConnected('alice', grant('alice', generation, { scopes: ['id', 'api'] }))).toEqual({ replacedRefreshToken: null });

      expect(await store.tokens.getUsable('alice')).toMatchObject({
        userId: 'alice',
        generation,
        instanceUrl: 'https://acme.my.salesforce.com',
        accessToken: 'access-alice',
        refreshToken: 'refresh-alice',
        scopes: ['api', 'id'],
        salesforceUserId: '005-alice',
        username: 'alice@acme.example',
        displayName: 'User alice',
        orgId: '00D-acme',
        refreshedAt: null,
      });
      expect(await store.tokens.getStatus('alice')).toMatchObject({ state: 'connected', identity: { orgId: '00D-acme' } });
      const [row] = await db.query<{ access_token: string; refresh_token: string }>('SELECT access_token, refresh_token FROM salesforce_tokens');
      expect(row?.access_token).toMatch(/^v1\.k1\./);
      expect(JSON.stringify(row)).not.toMatch(/access-alice|refresh-alice/);
    });

    it('a reconnect hands back the refresh token it replaced, for revocation', async () => {
      const store = await (await database()).open();
      const generation = await configuredWithUsers(store, ['alice']);
      const again = await store.tokens.saveConnected('alice', grant('alice', generation, { refreshToken: 'refresh-alice-2' }));
      expect(again.replacedRefreshToken).toBe('refresh-alice');
      expect((await store.tokens.getUsable('alice'))?.refreshToken).toBe('refresh-alice-2');
    });

    it('a refresh stores the new access token, a rotated refresh token and a moved instance', async () => {
      const store = await (await database()).open();
      await configuredWithUsers(store, ['alice', 'bob']);
      const rotated = await store.tokens.saveRefreshed('alice', {
        accessToken: 'access-2',
        refreshToken: 'refresh-2',
        instanceUrl: 'https://acme2.my.salesforce.com',
      });
      expect(rotated).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2', instanceUrl: 'https://acme2.my.salesforce.com' });
      expect(rotated?.refreshedAt).toBeInstanceOf(Date);
      expect(await store.tokens.getUsable('alice')).toEqual(rotated);

      const kept = await store.tokens.saveRefreshed('bob', { accessToken: 'access-3' });
      expect(kept).toMatchObject({ accessToken: 'access-3', refreshToken: 'refresh-bob', instanceUrl: 'https://acme.my.salesforce.com' });
      expect(await store.tokens.saveRefreshed('nobody', { accessToken: 'x' })).toBeNull();
    });

    it('a disconnect erases the secrets, keeps why, and returns them for revocation once', async () => {
      const db = await database();
      const store = await db.open();
      await configuredWithUsers(store, ['alice', 'bob', 'carol']);
      expect(await store.tokens.markDisconnected('alice', 'disconnected')).toEqual({
        instanceUrl: 'https://acme.my.salesforce.com',
        accessToken: 'access-alice',
        refreshToken: 'refresh-alice',
      });
      expect(await store.tokens.markDisconnected('alice', 'disconnected')).toBeNull();
      await store.tokens.markDisconnected('bob', 'token-expired');
      await store.tokens.markDisconnected('carol', 'revoked');

      for (const [user, reason] of [['alice', 'disconnected'], ['bob', 'token-expired'], ['carol', 'revoked']] as const) {
        expect(await store.tokens.getUsable(user)).toBeNull();
        const status = await store.tokens.getStatus(user);
        expect(status).toMatchObject({ state: 'disconnected', reason, identity: { username: `${user}@acme.example` } });
      }
      const rows = await db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM salesforce_tokens WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL');
      expect(Number(rows[0]?.n)).toBe(0);
      expect(await store.tokens.saveRefreshed('bob', { accessToken: 'too-late' })).toBeNull();
    });

    it('counts the users connected under the current config', async () => {
      const store = await (await database()).open();
      expect(await store.tokens.countConnected()).toBe(0);
      await configuredWithUsers(store, ['a', 'b', 'c', 'd']);
      await store.tokens.markDisconnected('d', 'revoked');
      expect(await store.tokens.countConnected()).toBe(3);
    });
  });
}
