// `pnpm start` itself: it prints what to open and who can sign in, stops cleanly on Ctrl-C, and a
// second start keeps the data of the first.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { ADMIN_PAGE, ensureConfigured, newPerson, signInToIntranet } from '../support/people.ts';

const PORTS = { PORT: '3500', SF_EMULATOR_PORT: '4510', IDP_PORT: '4900' };
const BFF = `http://127.0.0.1:${PORTS.PORT}`;
const EMULATOR = `http://127.0.0.1:${PORTS.SF_EMULATOR_PORT}`;
// A data folder that does not exist yet, as on a first `pnpm start`.
const dataDir = join(mkdtempSync(join(tmpdir(), 'sfsearch-start-')), 'data');

async function start(): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../scripts/start.ts', import.meta.url))], {
    env: { ...process.env, ...PORTS, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let banner = '';
  for await (const chunk of child.stdout!) {
    banner += String(chunk);
    if (banner.includes('Press Ctrl-C to stop.')) break;
  }
  return { child, banner };
}

async function stopWithCtrlC(child: ChildProcess): Promise<number | null> {
  child.kill('SIGINT');
  const [code] = await once(child, 'exit');
  return code as number | null;
}

test('pnpm start prints the way in, stops on Ctrl-C, and a second start keeps the first one\'s data', async ({ browser }) => {
  const first = await start();
  expect(first.banner).toContain(`open ${BFF}/`);
  expect(first.banner).toMatch(/sofia\.rossi, liam\.brown, noah\.lee, ada\.admin \(admin\)/);
  expect(first.banner).toContain(`login host      ${EMULATOR}`);
  expect(first.banner).toMatch(/consumer key {4}3MVG9\S+/);
  expect(first.banner).toMatch(/consumer secret [0-9A-F]{64}/);
  await ensureConfigured(browser, BFF, EMULATOR);
  const secrets = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
  // It holds sessions and secrets: nobody else on the machine may read it.
  const mode = (file: string) => statSync(join(dataDir, file)).mode & 0o777;
  expect({ folder: mode('.'), database: mode('marketplace.db'), secrets: mode('secrets.json') }).toEqual({ folder: 0o700, database: 0o600, secrets: 0o600 });
  expect(await stopWithCtrlC(first.child)).toBe(0);
  await expect(fetch(`${BFF}/healthz`)).rejects.toThrow();

  const second = await start();
  try {
    expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toBe(secrets);
    const { page } = await newPerson(browser, BFF);
    await signInToIntranet(page, 'ada.admin', ADMIN_PAGE);
    const config = await (await page.request.get('/api/admin/marketplace/salesforce')).json() as { configured: boolean; loginHost: string; updatedBy: string };
    expect(config).toMatchObject({ configured: true, loginHost: EMULATOR, updatedBy: 'ada.admin@intranet.example' });
  } finally {
    expect(await stopWithCtrlC(second.child)).toBe(0);
  }
});
