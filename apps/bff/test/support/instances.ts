// Several real BFF processes (src/main.ts) on one PostgreSQL, behind the local entry point
// (packages/local-proxy) that `BFF_INSTANCES=N start` uses too, with the Salesforce emulator and
// the intranet IdP in this process. Each instance can be killed and started again.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createIntranetIdp, DEFAULT_USERS, type IntranetIdp } from '@sfsearch/intranet-idp';
import { startEntryProxy, type EntryProxy } from '@sfsearch/local-proxy';
import { createEmulator, type Emulator, type EmulatorOptions } from '@sfsearch/salesforce-emulator';
import { openStore, parseEncryptionKeys, type Store } from '@sfsearch/store';
import pg from 'pg';
import { freePort } from './free-port.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

/** A new, empty database on the server of `serverUrl`, dropped by the returned function. */
export async function freshDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bff_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface Instance {
  url: string;
  /** What the process wrote, for a failing test's message. */
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
}

export interface Instances {
  /** PUBLIC_URL: the entry point. */
  url: string;
  backend: string;
  proxy: EntryProxy;
  instances: Instance[];
  emulator: Emulator;
  idp: IntranetIdp;
  /** The same database, opened here to look behind the instances' backs. */
  store: Store;
  close(): Promise<void>;
}

export async function startInstances(options: { databaseUrl: string; count?: number; env?: Record<string, string>; emulator?: EmulatorOptions }): Promise<Instances> {
  const count = options.count ?? 2;
  const ports = await Promise.all(Array.from({ length: count + 1 }, () => freePort()));
  const [entryPort, ...instancePorts] = ports as [number, ...number[]];
  const url = `http://127.0.0.1:${entryPort}`;
  const emulator = await createEmulator({ callbackUrls: [`${url}/marketplace/salesforce/account/sign-in/oauth2`], refreshProcessingMs: 30, ...options.emulator });
  const idp = await createIntranetIdp({
    users: DEFAULT_USERS,
    clients: [{ clientId: 'sfsearch-bff', clientSecret: 'bff-test-secret', redirectUris: [`${url}/auth/callback`], postLogoutRedirectUris: [`${url}/`] }],
  });
  const env: Record<string, string> = {
    PUBLIC_URL: url, HOST: '127.0.0.1', DATABASE_URL: options.databaseUrl, ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    SESSION_SECRET: randomBytes(32).toString('hex'), OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: 'sfsearch-bff', OIDC_CLIENT_SECRET: 'bff-test-secret',
    TRUST_PROXY: '1', ALLOW_LOCAL_LOGIN_HOSTS: 'true', LOG_LEVEL: 'warn', ...options.env,
  };

  const instances: Instance[] = instancePorts.map((port) => {
    let child: ChildProcess | undefined;
    let output = '';
    const instanceUrl = `http://127.0.0.1:${port}`;
    return {
      url: instanceUrl,
      output: () => output,
      async start() {
        child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout!.on('data', (d) => { output += String(d); });
        child.stderr!.on('data', (d) => { output += String(d); });
        for (let waited = 0; ; waited += 100) {
          if (child.exitCode !== null) throw new Error(`BFF on ${port} exited (${child.exitCode}):\n${output}`);
          if (await fetch(`${instanceUrl}/healthz`).then((r) => r.ok, () => false)) return;
          if (waited > 30_000) throw new Error(`BFF on ${port} did not answer:\n${output}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
      async kill(signal = 'SIGTERM') {
        const running = child;
        if (!running || running.exitCode !== null) return;
        await new Promise<void>((resolve) => {
          running.once('exit', () => resolve());
          running.kill(signal);
        });
      },
    };
  });
  await Promise.all(instances.map((i) => i.start()));
  const proxy = await startEntryProxy({ backends: instances.map((i) => i.url), port: entryPort });
  const store = await openStore({ databaseUrl: options.databaseUrl, encryptionKeys: parseEncryptionKeys(env.ENCRYPTION_KEYS!), sessions: { pruneIntervalMs: 0 } });
  return {
    url, backend: url, proxy, instances, emulator, idp, store,
    async close() {
      await proxy.close();
      await Promise.all(instances.map((i) => i.kill()));
      await store.close();
      await Promise.all([emulator.close(), idp.close()]);
    },
  };
}
