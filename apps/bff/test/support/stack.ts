// The BFF over real HTTP on port 0, with the Salesforce emulator and the intranet IdP in-process
// and a temporary SQLite store.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIntranetIdp, DEFAULT_USERS, DEMO_PASSWORD as INTRANET_PASSWORD, type IntranetIdp, type SeedUser } from '@sfsearch/intranet-idp';
import { createEmulator, DEMO_PASSWORD as SALESFORCE_PASSWORD, type Emulator, type EmulatorOptions } from '@sfsearch/salesforce-emulator';
import { openStore, parseEncryptionKeys, type Store } from '@sfsearch/store';
import { Writable } from 'node:stream';
import { createApp, createLogger, discoverIntranetIdp, parseConfig, type Config } from '../../src/index.ts';
import { Browser, type Page } from '@sfsearch/test-browser';

export interface Stack {
  /** PUBLIC_URL: where people reach the BFF. */
  url: string;
  /** Where the BFF listens (differs from url behind the TLS-terminating proxy). */
  backend: string;
  config: Config;
  emulator: Emulator;
  idp: IntranetIdp;
  store: Store;
  logs: string[];
  close(): Promise<void>;
}

export interface StackOptions {
  emulator?: EmulatorOptions;
  env?: Record<string, string>;
  extraIntranetUsers?: SeedUser[];
  /** Served as https://…, through a TLS-terminating proxy (the people's browsers play it), with TRUST_PROXY=1. */
  https?: boolean;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const backend = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = options.https ? backend.replace('http://', 'https://') : backend;
  const emulator = await createEmulator({ callbackUrls: [`${url}/marketplace/salesforce/account/sign-in/oauth2`], refreshProcessingMs: 30, ...options.emulator });
  const idp = await createIntranetIdp({
    users: [...DEFAULT_USERS, ...(options.extraIntranetUsers ?? [])],
    clients: [{ clientId: 'sfsearch-bff', clientSecret: 'bff-test-secret', redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [`${url}/`] }],
  });
  const dir = mkdtempSync(join(tmpdir(), 'bff-test-'));
  const config = parseConfig({
    PUBLIC_URL: url, DATABASE_URL: join(dir, 'bff.db'), ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    SESSION_SECRET: randomBytes(32).toString('hex'), OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'sfsearch-bff', OIDC_CLIENT_SECRET: 'bff-test-secret',
    LOG_LEVEL: 'debug', ALLOW_LOCAL_LOGIN_HOSTS: 'true', ...(options.https ? { TRUST_PROXY: '1' } : {}), ...options.env,
  });
  const store = await openStore({
    databaseUrl: config.DATABASE_URL, encryptionKeys: parseEncryptionKeys(config.ENCRYPTION_KEYS),
    refreshLock: { timeoutMs: config.SALESFORCE_TIMEOUT_MS + 1000 },
  });
  const logs: string[] = [];
  const destination = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const app = createApp({ config, store, idp: await discoverIntranetIdp(config), logger: createLogger('debug', destination) });
  server.on('request', app);
  return {
    url, backend, config, emulator, idp, store, logs,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([emulator.close(), idp.close()]);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Saves the emulator's app as the Salesforce configuration, as an admin would. */
export async function configureSalesforce(stack: Pick<Stack, 'store' | 'emulator'>, changes: { scopes?: string[] } = {}): Promise<void> {
  await stack.store.config.save({
    consumerKey: stack.emulator.app.consumerKey, consumerSecret: stack.emulator.app.consumerSecret,
    loginHost: stack.emulator.url, scopes: changes.scopes ?? ['api', 'refresh_token', 'id'],
  }, 'setup@intranet.example');
}

export const salesforceUsername = (intranetUser: string) => `${intranetUser}@globex.example`;

/** A person at a browser: signs in to the intranet, connects to Salesforce, calls the API. */
export class Person {
  readonly browser: Browser;
  csrfToken = '';
  private readonly stack: Pick<Stack, 'url' | 'backend'>;
  readonly username: string;
  constructor(stack: Pick<Stack, 'url' | 'backend'>, username: string) {
    this.stack = stack;
    this.username = username;
    this.browser = new Browser(stack.url === stack.backend ? {} : { tlsTerminators: { [stack.url]: stack.backend } });
  }

  async signIn(returnTo = '/'): Promise<Page> {
    const page = await this.browser.navigate(`${this.stack.url}/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, { login: { username: this.username, password: INTRANET_PASSWORD } });
    const me = await this.api('GET', '/api/me');
    this.csrfToken = (me.json as { csrfToken?: string }).csrfToken ?? '';
    return page;
  }

  connect(options: { consent?: 'allow' | 'deny'; popup?: boolean; salesforceUser?: string; lang?: string } = {}): Promise<Page> {
    const query = (options.popup ? '?popup=1' : '?returnTo=/') + (options.lang ? `&lang=${options.lang}` : '');
    return this.browser.navigate(`${this.stack.url}/marketplace/salesforce/account/sign-in${query}`, {
      login: { username: options.salesforceUser ?? salesforceUsername(this.username), password: SALESFORCE_PASSWORD, consent: options.consent ?? 'allow' },
    });
  }

  async api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const page = await this.browser.request(`${this.stack.url}${path}`, {
      method, ...(body !== undefined ? { json: body } : {}),
      headers: { ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }), ...headers },
    });
    let json: unknown = undefined;
    try { json = JSON.parse(page.body); } catch { /* not JSON */ }
    return { status: page.status, json: json as Record<string, unknown> & { error?: { code: string; message: string; reason?: string } }, headers: page.headers };
  }

  search(q: string, extra = '') {
    return this.api('GET', `/api/salesforce/search?q=${encodeURIComponent(q)}${extra}`);
  }
}


