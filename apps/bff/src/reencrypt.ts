// pnpm --filter @sfsearch/bff reencrypt: moves every stored secret to the newest key of
// ENCRYPTION_KEYS (prepend a new key, run this, then drop the old one).
import { openStore, parseEncryptionKeys } from '@sfsearch/store';

const keys = process.env.ENCRYPTION_KEYS;
if (!keys) {
  console.error('ENCRYPTION_KEYS is required (id:base64-32-bytes, newest first)');
  process.exit(1);
}
const store = await openStore({ databaseUrl: process.env.DATABASE_URL, encryptionKeys: parseEncryptionKeys(keys) });
try {
  const report = await store.reencrypt();
  console.log(`Re-encrypted with key ${report.keyId}: ${report.consumerSecrets} consumer secrets, ${report.accessTokens} access tokens, `
    + `${report.refreshTokens} refresh tokens; ${report.alreadyCurrent} already current, ${report.unreadable} unreadable.`);
  if (report.unreadable > 0) process.exitCode = 2;
} finally {
  await store.close();
}
