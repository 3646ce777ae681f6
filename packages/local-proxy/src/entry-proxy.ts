// The local stack's one entry point in front of several BFF instances, as a deployment's load
// balancer would be: round robin, X-Forwarded-For/-Proto/-Host added (the BFF trusts one hop with
// TRUST_PROXY=1), and a request that cannot reach its instance (it was stopped) tried on the next,
// so one instance going away does not fail anyone. Built on http-proxy-3.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProxyServer } from 'http-proxy-3';

export interface EntryProxy {
  url: string;
  /** How many requests each backend answered, in order. */
  served(): number[];
  /** Which backend answered each request (path without query), oldest first. */
  history(): { path: string; backend: number }[];
  close(): Promise<void>;
}

/** Errors that mean the request never reached the backend, so trying another is safe. */
const NOT_REACHED = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENOTFOUND']);

export async function startEntryProxy(options: { backends: string[]; port?: number; host?: string }): Promise<EntryProxy> {
  const { backends } = options;
  const proxy = createProxyServer({ xfwd: true, proxyTimeout: 60_000 });
  const served = backends.map(() => 0);
  const history: { path: string; backend: number }[] = [];
  let next = 0;

  /** Sends the request to the next backend; `attempt` counts backends already tried. */
  const forward = (req: IncomingMessage, res: ServerResponse, attempt: number, answered: { by: number }): void => {
    const index = (next++) % backends.length;
    answered.by = index;
    proxy.web(req, res, { target: backends[index] }, (error: Error & { code?: string }) => {
      // A body already sent cannot be sent again: only bodiless requests are retried.
      const bodiless = req.method === 'GET' || req.method === 'HEAD' || req.headers['content-length'] === '0';
      if (NOT_REACHED.has(error.code ?? '') && bodiless && attempt + 1 < backends.length && !res.headersSent) return forward(req, res, attempt + 1, answered);
      answered.by = -1;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('No BFF instance answered. Try again in a moment.');
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const answered = { by: -1 };
    res.once('finish', () => {
      if (answered.by < 0) return;
      served[answered.by] = (served[answered.by] ?? 0) + 1;
      history.push({ path: (req.url ?? '/').split('?')[0] ?? '/', backend: answered.by });
      if (history.length > 10_000) history.shift();
    });
    forward(req, res, 0, answered);
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    served: () => [...served],
    history: () => [...history],
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { proxy.close(); resolve(); });
    }),
  };
}
