// The test command's own preparation: it finds Debian's Chromium, or says in one sentence what to do.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const script = fileURLToPath(new URL('../../scripts/ensure-chromium.ts', import.meta.url));
const run = (env: Record<string, string>) => spawnSync(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });

test('the browser tests find Chromium, or say in one sentence what to run', () => {
  expect(run({ CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }).status).toBe(0);
  const missing = run({ CHROMIUM_PATH: '/nowhere/chromium' });
  expect(missing.status).toBe(1);
  expect(missing.stderr.trim().split('\n')).toEqual(['The browser tests need Chromium at CHROMIUM_PATH (/nowhere/chromium), which does not exist: point it at a Chromium binary.']);
});
