import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIntranetIdp } from '@sfsearch/intranet-idp';
import { openStore } from '@sfsearch/store';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { userFromClaims } from '../src/identity/intranet-sign-in.ts';
import { freePort } from './support/free-port.ts';
import { configureSalesforce, Person, startStack } from './support/stack.ts';

const src = (file: string) => fileURLToPath(new URL(`../src/${file}`, import.meta.url));

function run(file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [src(file)], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += String(d); });
  child.stderr.on('data', (d) => { stderr += String(d); });
  return { child, output: () => ({ stdout, stderr }) };
}

describe('running the BFF', () => {
  it('answers /healthz always and /readyz when the store answers', async () => {
    const stack = await startStack();
    try {
      expect(await (await fetch(`${stack.url}/healthz`)).json()).toEqual({ ok: true });
      expect(await (await fetch(`${stack.url}/readyz`)).json()).toEqual({ ok: true });
      await stack.store.close();
      expect((await fetch(`${stack.url}/readyz`)).status).toBe(503);
    } finally {
      await stack.close().catch(() => undefined);
    }
  });

  it('starts from main.ts, serves, and shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const idp = await createIntranetIdp({ clients: [{ clientId: 'bff', clientSecret: 's3cret', redirectUris: [`${publicUrl}/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] }] });
    const dir = mkdtempSync(join(tmpdir(), 'bff-main-'));
    const { child, output } = run('main.ts', {
      PORT: String(port), PUBLIC_URL: publicUrl, DATABASE_URL: join(dir, 'db.sqlite'), ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      SESSION_SECRET: randomBytes(32).toString('hex'), OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'bff', OIDC_CLIENT_SECRET: 's3cret',
    });
    try {
      await expect.poll(() => output().stdout, { timeout: 10_000 }).toContain('BFF listening');
      expect((await fetch(`${publicUrl}/healthz`)).status).toBe(200);
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
      expect(output().stdout).toContain('shutting down');
    } finally {
      child.kill('SIGKILL');
      await idp.close();
    }
  });

  it('refuses to start on bad configuration, naming every bad key and no secret', async () => {
    const { child, output } = run('main.ts', { PUBLIC_URL: 'nope', SESSION_SECRET: 'short', OIDC_CLIENT_SECRET: 'hush-hush' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    for (const key of ['PUBLIC_URL', 'SESSION_SECRET', 'ENCRYPTION_KEYS', 'OIDC_ISSUER', 'OIDC_CLIENT_ID']) expect(output().stderr).toContain(key);
    expect(output().stderr).not.toContain('hush-hush');
    expect(output().stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('re-encrypts every stored secret with the newest key (the reencrypt command)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bff-reencrypt-'));
    const databaseUrl = join(dir, 'db.sqlite');
    const oldKey = randomBytes(32).toString('base64');
    const newKey = randomBytes(32).toString('base64');
    const before = await openStore({ databaseUrl, encryptionKeys: [{ id: 'old', key: oldKey }] });
    await before.config.save({ consumerKey: 'Key.1', consumerSecret: 'the-secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] }, 'test');
    await before.close();
    const { child, output } = run('reencrypt.ts', { DATABASE_URL: databaseUrl, ENCRYPTION_KEYS: `new:${newKey},old:${oldKey}` });
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output().stdout).toContain('Re-encrypted with key new: 1 consumer secrets');
    const after = await openStore({ databaseUrl, encryptionKeys: [{ id: 'new', key: newKey }] });
    expect((await after.config.getWithSecret())?.consumerSecret).toBe('the-secret');
    await after.close();
  });
});

describe('sign-in limits and expiry', () => {
  it('refuses a Salesforce callback that comes after the sign-in expired', async () => {
    const stack = await startStack({ env: { SIGN_IN_TTL_SECONDS: '0.5' } });
    try {
      await configureSalesforce(stack);
      const sofia = new Person(stack, 'sofia.rossi');
      await sofia.signIn();
      const start = await sofia.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in`);
      await new Promise((r) => setTimeout(r, 700));
      const page = await sofia.browser.navigate(start.headers.get('location')!, { login: { username: 'sofia.rossi@globex.example', password: 'salesforce-demo' } });
      expect(page.status).toBe(400);
      expect(page.body).toContain('It expired');
      expect((await sofia.api('GET', '/api/salesforce/connection')).json.status).toBe('not-connected');
    } finally {
      await stack.close();
    }
  });

  it('limits how often a person may start connecting to Salesforce', async () => {
    const stack = await startStack({ env: { SIGN_INS_PER_MINUTE_PER_USER: '2' } });
    try {
      await configureSalesforce(stack);
      const sofia = new Person(stack, 'sofia.rossi');
      await sofia.signIn();
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await sofia.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in`)).status);
      expect(statuses).toEqual([302, 302, 429]);
    } finally {
      await stack.close();
    }
  });
});

describe('who is an admin', () => {
  const config = parseConfig({
    PUBLIC_URL: 'http://127.0.0.1:3000', ENCRYPTION_KEYS: 'k1:AAAA', SESSION_SECRET: 's'.repeat(40), OIDC_ISSUER: 'http://127.0.0.1:4400',
    OIDC_CLIENT_ID: 'bff', OIDC_CLIENT_SECRET: 'x', ADMIN_CLAIM: 'roles', ADMIN_GROUP: 'marketplace-admin', ADMIN_EMAILS: 'Boss@Intranet.example',
  });

  it('reads the configured claim and group, or the list of emails', () => {
    expect(userFromClaims({ sub: 'a', email: 'a@intranet.example', roles: ['marketplace-admin'] }, config).isAdmin).toBe(true);
    expect(userFromClaims({ sub: 'b', email: 'b@intranet.example', roles: 'marketplace-admin' }, config).isAdmin).toBe(true);
    expect(userFromClaims({ sub: 'c', email: 'boss@intranet.example', roles: [] }, config).isAdmin).toBe(true);
    expect(userFromClaims({ sub: 'd', email: 'd@intranet.example', groups: ['marketplace-admin'] }, config).isAdmin).toBe(false);
  });
});
