import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checksumSuffix } from '../src/org/ids.ts';
import { buildOrg } from '../src/org/seed.ts';

describe('the seeded org', () => {
  const org = buildOrg({ seed: 7 });
  const all = (type: string) => org.records.get(type)!;

  it('is the same org every time for the same seed, and another for another seed', () => {
    const again = buildOrg({ seed: 7 });
    expect(all('Account').slice(0, 20)).toEqual(again.records.get('Account')!.slice(0, 20));
    expect(all('Task').at(-1)).toEqual(again.records.get('Task')!.at(-1));
    expect(buildOrg({ seed: 8 }).records.get('Account')![40]!.Name).not.toBe(all('Account')[40]!.Name);
  });

  it('holds at least 1,000 Accounts, 1,500 Leads, 2,000 Tasks and 200 Campaigns, owned by different users', () => {
    expect(all('Account').length).toBeGreaterThanOrEqual(1000);
    expect(all('Lead').length).toBeGreaterThanOrEqual(1500);
    expect(all('Task').length).toBeGreaterThanOrEqual(2000);
    expect(all('Campaign').length).toBeGreaterThanOrEqual(200);
    for (const type of ['Account', 'Lead', 'Task', 'Campaign']) {
      expect(new Set(all(type).map((r) => r.OwnerId)).size).toBeGreaterThanOrEqual(5);
    }
    expect(new Set(all('Account').map((a) => a.Name)).size).toBe(all('Account').length);
  });

  it('links Tasks to Leads (Who) and to Accounts (What)', () => {
    const leads = new Set(all('Lead').map((l) => l.Id));
    const accounts = new Set(all('Account').map((a) => a.Id));
    const tasks = all('Task');
    expect(tasks.filter((t) => typeof t.WhoId === 'string').every((t) => leads.has(t.WhoId as string))).toBe(true);
    expect(tasks.filter((t) => accounts.has(t.WhatId as string)).length).toBeGreaterThan(tasks.length / 2);
  });

  it('has users with and without View All Data and API Enabled, in a role hierarchy', () => {
    expect(org.users.some((u) => u.profile.viewAllData)).toBe(true);
    expect(org.users.some((u) => !u.profile.viewAllData)).toBe(true);
    expect(org.users.some((u) => !u.apiEnabled)).toBe(true);
    expect(org.roles.filter((r) => r.parentRoleId === null)).toHaveLength(1);
  });

  it('uses 18-character ids with real key prefixes and Salesforce\'s checksum', () => {
    expect(org.id).toMatch(/^00D[A-Za-z0-9]{15}$/);
    for (const [type, prefix] of [['Account', '001'], ['Lead', '00Q'], ['Task', '00T'], ['Campaign', '701']] as const) {
      const id = all(type)[0]!.Id;
      expect(id.startsWith(prefix)).toBe(true);
      expect(id.slice(15)).toBe(checksumSuffix(id.slice(0, 15)));
    }
    // The documented example: 001A0000006Vm9r → 001A0000006Vm9rIAC
    expect(checksumSuffix('001A0000006Vm9r')).toBe('IAC');
  });

  it('describes a connected app with every setting the issue names', () => {
    expect(org.apps[0]).toMatchObject({
      consumerKey: expect.stringMatching(/^3MVG9/), consumerSecret: expect.stringMatching(/^[0-9A-F]{64}$/),
      requireSecretForWebServerFlow: true, requireSecretForRefreshTokenFlow: true, requirePkce: false,
      refreshTokenPolicy: { kind: 'valid-until-revoked' }, refreshTokenRotation: false, sessionTimeoutSeconds: 7200,
    });
  });
});

describe('the CLI', () => {
  it('starts on the port it is given and prints the URL it listens on', async () => {
    const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
    const child = spawn(process.execPath, [cli, '--port', '0', '--callback-url', 'http://127.0.0.1:9/cb'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      for await (const chunk of child.stdout) {
        output += String(chunk);
        if (/listening on http:\/\/127\.0\.0\.1:\d+/.test(output)) break;
      }
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
      const versions = await (await fetch(`${url}/services/data/`)).json();
      expect(versions).toContainEqual({ label: "Winter '27", url: '/services/data/v68.0', version: '68.0' });
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});

describe('the record page', () => {
  it('stands in for Lightning: a record\'s Lightning URL shows its fields', async () => {
    const { createEmulator } = await import('../src/index.ts');
    const emulator = await createEmulator();
    try {
      const account = emulator.org.records.get('Account')![3]!;
      const page = await fetch(`${emulator.url}/lightning/r/Account/${account.Id}/view`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<h1>${String(account.Name).replace(/&/g, '&amp;').replace(/'/g, '&#39;')}</h1>`);
      expect((await fetch(`${emulator.url}/lightning/r/Lead/${account.Id}/view`)).status).toBe(404);
    } finally {
      await emulator.close();
    }
  });
});
