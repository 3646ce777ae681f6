import { describe, expect, it } from 'vitest';
import { DecryptionError } from '../../src/index.ts';
import { databases, KEY_1, KEY_2 } from '../support/harness.ts';
import type { Harness } from '../support/harness.ts';
import { ADMIN, configChange, configuredWithUsers } from '../support/fixtures.ts';

export function encryptionContract(harness: Harness): void {
  describe('secrets at rest', () => {
    const database = databases(harness);

    it("refuses a token copied onto another user's row", async () => {
      const db = await database();
      const store = await db.open();
      await configuredWithUsers(store, ['alice', 'mallory']);
      const [alice] = await db.query<{ access_token: string; refresh_token: string }>(
        "SELECT access_token, refresh_token FROM salesforce_tokens WHERE user_id = 'alice'",
      );
      await db.query("UPDATE salesforce_tokens SET access_token = ?, refresh_token = ? WHERE user_id = 'mallory'", [
        alice?.access_token,
        alice?.refresh_token,
      ]);
      await expect(store.tokens.getUsable('mallory')).rejects.toBeInstanceOf(DecryptionError);
      // A user's access token pasted into the refresh column fails too: the kind is bound as well.
      await db.query("UPDATE salesforce_tokens SET refresh_token = access_token WHERE user_id = 'alice'");
      await expect(store.tokens.getUsable('alice')).rejects.toBeInstanceOf(DecryptionError);
    });

    it('after a key rotation old values still read, new ones use the new key, and reencrypt moves the rest', async () => {
      const db = await database();
      const before = await db.open({ encryptionKeys: [KEY_1] });
      await configuredWithUsers(before, ['alice', 'bob', 'carol']);
      await before.close();

      const rotated = await db.open({ encryptionKeys: [KEY_2, KEY_1] });
      expect((await rotated.tokens.getUsable('alice'))?.accessToken).toBe('access-alice');
      await rotated.tokens.saveRefreshed('alice', { accessToken: 'access-alice-2' });
      const report = await rotated.reencrypt();
      expect(report).toEqual({ keyId: 'k2', consumerSecrets: 1, accessTokens: 2, refreshTokens: 3, recentSearches: 0, alreadyCurrent: 1, unreadable: 0 });
      const keyIds = await db.query<{ a: string; r: string }>('SELECT access_token AS a, refresh_token AS r FROM salesforce_tokens');
      expect(keyIds.every((row) => row.a.startsWith('v1.k2.') && row.r.startsWith('v1.k2.'))).toBe(true);
      await rotated.close();

      const newOnly = await db.open({ encryptionKeys: [KEY_2] });
      expect((await newOnly.config.getWithSecret())?.consumerSecret).toBe('consumer-secret-A');
      expect((await newOnly.tokens.getUsable('carol'))?.refreshToken).toBe('refresh-carol');
      expect(await newOnly.reencrypt()).toMatchObject({ consumerSecrets: 0, accessTokens: 0, refreshTokens: 0, alreadyCurrent: 7 });
    });

    it('reencrypt counts values no configured key opens and leaves them be', async () => {
      const db = await database();
      const old = await db.open({ encryptionKeys: [KEY_1] });
      await configuredWithUsers(old, ['alice']);
      await old.close();
      const lost = await db.open({ encryptionKeys: [KEY_2] });
      expect(await lost.reencrypt()).toMatchObject({ consumerSecrets: 0, accessTokens: 0, unreadable: 3 });
      await expect(lost.tokens.getUsable('alice')).rejects.toBeInstanceOf(DecryptionError);
      // The user can still disconnect, and the admin can re-enter the secret.
      expect(await lost.tokens.markDisconnected('alice', 'disconnected')).toMatchObject({ refreshToken: null });
      expect((await lost.config.save(configChange(), ADMIN)).changedFields).toEqual(['consumerSecret']);
    });
  });
}
