import { holdConfigShared, PROVIDER } from './config-repository.ts';
import type { Driver, Row } from './driver.ts';
import type { Keyring, SecretKind } from './encryption.ts';
import type { ReencryptReport } from './types.ts';

const BATCH = 500;

/**
 * Moves every stored secret to the keyring's first key, in batches of rows locked for the
 * batch, so a refresh running meanwhile is neither lost nor overwritten. Values no key can
 * open are counted and left alone: one bad row must not block a rotation.
 */
export async function reencryptAll(driver: Driver, keyring: Keyring): Promise<ReencryptReport> {
  const report: ReencryptReport = {
    keyId: keyring.currentKeyId,
    consumerSecrets: 0,
    accessTokens: 0,
    refreshTokens: 0,
    recentSearches: 0,
    alreadyCurrent: 0,
    unreadable: 0,
  };
  /** The value sealed with the current key, or null when it already is (or cannot be opened). */
  const reseal = (value: string | null, owner: string, kind: SecretKind): string | null => {
    if (value === null || value === '') return null;
    if (keyring.keyIdOf(value) === keyring.currentKeyId) {
      report.alreadyCurrent += 1;
      return null;
    }
    try {
      return keyring.encrypt(keyring.decryptOnce(value, owner, kind), owner, kind);
    } catch {
      report.unreadable += 1;
      return null;
    }
  };

  await driver.transaction(async (tx) => {
    const row = await tx.get<{ consumer_secret: string } & Row>(
      `SELECT consumer_secret FROM marketplace_config WHERE provider = ?${driver.dialect.forUpdate}`,
      [PROVIDER],
    );
    const secret = reseal(row?.consumer_secret ?? null, PROVIDER, 'consumer_secret');
    if (secret !== null) {
      await tx.run('UPDATE marketplace_config SET consumer_secret = ? WHERE provider = ?', [secret, PROVIDER]);
      report.consumerSecrets += 1;
    }
  });

  let after = '';
  for (;;) {
    const last = await driver.transaction(async (tx) => {
      await holdConfigShared(tx, driver.dialect);
      const rows = await tx.all<{ user_id: string; access_token: string; refresh_token: string } & Row>(
        `SELECT user_id, access_token, refresh_token FROM salesforce_tokens
          WHERE state = 'connected' AND user_id > ? ORDER BY user_id LIMIT ?${driver.dialect.forUpdate}`,
        [after, BATCH],
      );
      for (const row of rows) {
        const access = reseal(row.access_token, row.user_id, 'access_token');
        const refresh = reseal(row.refresh_token, row.user_id, 'refresh_token');
        if (access === null && refresh === null) continue;
        await tx.run('UPDATE salesforce_tokens SET access_token = ?, refresh_token = ? WHERE user_id = ?', [
          access ?? row.access_token,
          refresh ?? row.refresh_token,
          row.user_id,
        ]);
        if (access !== null) report.accessTokens += 1;
        if (refresh !== null) report.refreshTokens += 1;
      }
      return rows.at(-1)?.user_id ?? null;
    });
    if (last === null) break;
    after = last;
  }

  after = '';
  for (;;) {
    const last = await driver.transaction(async (tx) => {
      const rows = await tx.all<{ user_id: string; entries: string } & Row>(
        `SELECT user_id, entries FROM recent_searches WHERE user_id > ? ORDER BY user_id LIMIT ?${driver.dialect.forUpdate}`,
        [after, BATCH],
      );
      for (const row of rows) {
        const entries = reseal(row.entries, row.user_id, 'recent_searches');
        if (entries === null) continue;
        await tx.run('UPDATE recent_searches SET entries = ? WHERE user_id = ?', [entries, row.user_id]);
        report.recentSearches += 1;
      }
      return rows.at(-1)?.user_id ?? null;
    });
    if (last === null) break;
    after = last;
  }
  return report;
}
