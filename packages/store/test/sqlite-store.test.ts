import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/index.ts';
import { storeContract } from './contract/store-contract.ts';
import { KEY_1 } from './support/harness.ts';
import { sqliteHarness } from './support/sqlite-harness.ts';

describe('SQLite adapter', () => storeContract(sqliteHarness()));

describe('the SQLite file, which holds sessions and secrets', () => {
  const mode = (path: string) => statSync(path).mode & 0o777;

  it('is made 0600 in a folder made 0700, and a file readable by others is tightened', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sfsearch-perms-'));
    try {
      const path = join(root, 'data', 'marketplace.db');
      const store = await openStore({ databaseUrl: path, encryptionKeys: [KEY_1], sessions: { pruneIntervalMs: 0 } });
      await store.ping();
      await store.close();
      expect(mode(join(root, 'data'))).toBe(0o700);
      expect(mode(path)).toBe(0o600);

      const loose = join(root, 'loose.db');
      writeFileSync(loose, '');
      chmodSync(loose, 0o644);
      const again = await openStore({ databaseUrl: loose, encryptionKeys: [KEY_1], sessions: { pruneIntervalMs: 0 } });
      await again.close();
      expect(mode(loose)).toBe(0o600);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
