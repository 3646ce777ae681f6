// createEmulator: a local Salesforce org over real HTTP, for tests, benchmarks and the demo.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControl, type EmulatorControl } from './control/control.ts';
import { createRequestHandler } from './http/server.ts';
import type { OrgOptions } from './org/seed.ts';
import type { ConnectedApp, Org } from './org/types.ts';
import { createState } from './state.ts';

export interface EmulatorOptions extends OrgOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** How long a refresh takes; a concurrent refresh of the same token meanwhile is refused. */
  refreshProcessingMs?: number;
  codeTtlSeconds?: number;
  /**
   * Which the token endpoint checks first for an authorization code: the client (what Salesforce
   * has been seen to do) or the code. Salesforce documents neither; the other order is here so a
   * client can prove it copes with both.
   */
  tokenChecks?: 'client-first' | 'code-first';
}

export interface Emulator {
  /** The login host, e.g. http://127.0.0.1:4010 (use as jsforce's loginUrl). */
  url: string;
  /** Where the org's API currently lives (changes after control.moveInstance()). */
  instanceUrl(): string;
  org: Org;
  /** The default connected app. */
  app: ConnectedApp;
  control: EmulatorControl;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${host}:${address.port}`);
    });
  });
}

export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  const servers: Server[] = [];
  const state = createState(options, {
    refreshProcessingMs: options.refreshProcessingMs ?? 25,
    tokenChecks: options.tokenChecks ?? 'client-first',
    codeTtlSeconds: options.codeTtlSeconds ?? 15 * 60,
  }, '');
  const open = async (port: number) => {
    const server = createServer((req, res) => void handler(req, res));
    servers.push(server);
    return listen(server, port, host);
  };
  const control = createControl(state, () => open(0));
  const handler = createRequestHandler(state, control);
  const url = await open(options.port ?? 0);
  state.loginUrl = url;
  state.instance.current = url;
  return {
    url,
    instanceUrl: () => state.instance.current,
    org: state.org,
    app: state.org.apps[0]!,
    control,
    close: async () => {
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      })));
    },
  };
}
