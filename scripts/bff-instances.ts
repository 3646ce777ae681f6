// The local stack's BFF: in this process (one instance), or several BFF processes
// (apps/bff/src/main.ts) behind one entry point, as a deployment runs them behind its load
// balancer. They share one PostgreSQL: sessions, sign-in transactions, refresh locks, rate limits
// and the configuration live there, so any instance can answer any step.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp, createLogger, discoverIntranetIdp, type Config } from '@sfsearch/bff';
import { startEntryProxy, type EntryProxy } from '@sfsearch/local-proxy';
import { openStore, parseDatabaseUrl, parseEncryptionKeys, type Store } from '@sfsearch/store';

export interface RunningBff {
  describe: string;
  stop(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('../apps/bff/src/main.ts', import.meta.url));

export async function startOneBff(config: Config): Promise<RunningBff> {
  const logger = createLogger(config.LOG_LEVEL);
  const store: Store = await openStore({
    databaseUrl: config.DATABASE_URL, encryptionKeys: parseEncryptionKeys(config.ENCRYPTION_KEYS),
    refreshLock: { timeoutMs: config.SALESFORCE_TIMEOUT_MS + 1000 },
  });
  const server: Server = createServer(createApp({ config, store, idp: await discoverIntranetIdp(config), logger }));
  await new Promise<void>((done) => server.listen(config.PORT, config.HOST, done));
  return {
    describe: `one BFF (${store.adapter === 'postgres' ? 'PostgreSQL' : 'SQLite'})`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await store.close();
    },
  };
}

/** Polls the instance's /healthz until it answers (its log level may hide "BFF listening"). */
async function waitUntilListening(child: ChildProcess, url: string, name: string): Promise<void> {
  let exited: number | null | undefined;
  child.once('exit', (code) => { exited = code; });
  for (let waited = 0; waited < 60_000; waited += 200) {
    if (exited !== undefined) throw new Error(`${name} exited (${exited}) before it answered`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url}/healthz within a minute`);
}

/** `instances` BFF processes on the ports after config.PORT, and the entry point on config.PORT. */
export async function startBffInstances(config: Config, env: Record<string, string>, instances: number): Promise<RunningBff> {
  if (parseDatabaseUrl(config.DATABASE_URL).adapter !== 'postgres') {
    throw new Error('BFF_INSTANCES above 1 needs a shared PostgreSQL: set DATABASE_URL=postgres://…');
  }
  const backends = Array.from({ length: instances }, (_, i) => `http://127.0.0.1:${config.PORT + 1 + i}`);
  const children = backends.map((url) => spawn(process.execPath, [MAIN], {
    env: { ...process.env, ...env, PORT: new URL(url).port, HOST: '127.0.0.1', TRUST_PROXY: '1', LOG_LEVEL: config.LOG_LEVEL },
    stdio: ['ignore', 'inherit', 'inherit'],
  }));
  await Promise.all(children.map((child, i) => waitUntilListening(child, backends[i]!, `BFF instance ${i + 1}`)));
  const proxy: EntryProxy = await startEntryProxy({ backends, port: config.PORT, host: config.HOST });
  return {
    describe: `${instances} BFF instances on ports ${config.PORT + 1}–${config.PORT + instances} behind ${proxy.url} (round robin, PostgreSQL)`,
    async stop() {
      await proxy.close();
      await Promise.all(children.map((child) => new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      })));
    },
  };
}
