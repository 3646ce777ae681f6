import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { interactionRoute } from './interactions.ts';
import { logoutWithoutConfirmation } from './logout.ts';
import { clientOrigins, providerConfiguration } from './provider-config.ts';
import type { IdpClient } from './provider-config.ts';
import { DEFAULT_USERS, UserDirectory } from './users.ts';
import type { SeedUser } from './users.ts';

export interface IntranetIdpOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Only loopback makes sense for this IdP. */
  host?: string;
  /** Public issuer (origin only), e.g. `http://localhost:4400`; defaults to `http://{host}:{port}`. */
  issuerUrl?: string;
  clients: IdpClient[];
  /** Defaults to DEFAULT_USERS. */
  users?: readonly SeedUser[];
}

export interface IntranetIdp {
  /** The issuer URL, for `OIDC_ISSUER` (discovery at `{issuer}/.well-known/openid-configuration`). */
  issuer: string;
  port: number;
  users: readonly SeedUser[];
  close(): Promise<void>;
}

/** Starts a local OpenID Connect provider with seeded intranet users over real HTTP. */
export async function createIntranetIdp(options: IntranetIdpOptions): Promise<IntranetIdp> {
  const { port = 0, host = '127.0.0.1', clients, users = DEFAULT_USERS } = options;
  if (clients.length === 0) throw new Error('createIntranetIdp: at least one client is required');
  const directory = new UserDirectory(users);
  const formTargets = clientOrigins(clients);

  // The issuer holds the port, so the server listens before the provider exists; requests are
  // only handled once both are ready (nobody knows the port before this function returns).
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = (server.address() as AddressInfo).port;
  const issuer = issuerFrom(options.issuerUrl, host, actualPort);
  const provider = new Provider(issuer, providerConfiguration(directory, clients));
  provider.use((ctx, next) => logoutWithoutConfirmation(ctx as unknown as KoaContextWithOIDC, next));
  const handleProvider = provider.callback() as RequestListener;

  server.on('request', (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://idp.invalid').pathname;
    const route = interactionRoute(provider, directory, formTargets, req.method ?? 'GET', pathname);
    const handled = route ? route(req, res) : Promise.resolve(handleProvider(req, res));
    handled.catch((err: unknown) => {
      console.error('intranet-idp: request failed', err);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });

  return {
    issuer,
    port: actualPort,
    users,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function issuerFrom(issuerUrl: string | undefined, host: string, port: number): string {
  if (!issuerUrl) return `http://${host}:${port}`;
  const url = new URL(issuerUrl);
  // Routes are served at the root; an issuer with a path would advertise endpoints that 404.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`createIntranetIdp: issuerUrl must be an origin only, got ${issuerUrl}`);
  }
  return url.origin;
}
