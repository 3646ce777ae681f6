// The local stack's secrets: made once under ./data (folder 0700, file 0600) and reused, so a second
// `pnpm start` can still read what the first one stored.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface LocalSecrets {
  encryptionKeys: string;
  sessionSecret: string;
  oidcClientSecret: string;
}

export function loadOrCreateSecrets(file: string): LocalSecrets {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    encryptionKeys: `local1:${randomBytes(32).toString('base64')}`,
    sessionSecret: randomBytes(32).toString('base64url'),
    oidcClientSecret: randomBytes(24).toString('base64url'),
  };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
