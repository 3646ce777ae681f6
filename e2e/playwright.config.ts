import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { BFF, INTRANET, PORTS, SALESFORCE_TIMEOUT_MS } from './support/stack.ts';

// Every run starts the product from nothing: a new data directory.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'sfsearch-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: { baseURL: BFF, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [{
    name: 'chromium',
    use: {
      ...devices['Desktop Chrome'],
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    },
  }],
  webServer: {
    command: 'node ../scripts/start.ts',
    url: `${BFF}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      DATA_DIR: dataDir, PORT: String(PORTS.bff), SF_EMULATOR_PORT: String(PORTS.emulator), IDP_PORT: String(PORTS.idp),
      FRAME_ANCESTORS: INTRANET, LOG_LEVEL: 'warn',
      // As the hung-Salesforce journey expects: the BFF gives up after 2 s.
      SALESFORCE_TIMEOUT_MS: String(SALESFORCE_TIMEOUT_MS),
    },
  },
});
