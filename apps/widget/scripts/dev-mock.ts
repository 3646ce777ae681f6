// pnpm --filter @sfsearch/widget dev:mock — the widget in Vite against the in-memory fake BFF the
// tests use (src/testing), for working on the UI before or without the real BFF. Not for
// production: the sign-in routes here only flip the fake's state.
//
//   MOCK_USER=employee|admin (default admin)   PORT (default 5173)
//   GET /__mock/<state> flips the fake: connected, not-connected, reconnect/<reason>,
//   not-configured, fail-search/<code>[/<reason>], reset.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DisconnectReason, ErrorCode } from '@sfsearch/contracts';
import { getResponse } from 'msw';
import { createServer, type Plugin } from 'vite';
import { buildAdmin, buildConnected, buildEmployee, buildUnconfiguredConfig } from '../src/testing/data-generators.ts';
import { FakeBff } from '../src/testing/fake-bff.ts';
import { createHandlers } from '../src/testing/handlers.ts';

const port = Number(process.env.PORT ?? 5173);
const user = process.env.MOCK_USER === 'employee' ? buildEmployee() : buildAdmin();
const fake = new FakeBff().signInAs(user);
const handlers = createHandlers(fake);

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function redirect(res: ServerResponse, to: string) {
  res.writeHead(302, { Location: to.startsWith('/') ? to : '/' }).end();
}

function control(path: string): string {
  const [state, arg, reason] = path.split('/').filter(Boolean);
  switch (state) {
    case 'connected': fake.setConnection(buildConnected()); break;
    case 'not-connected': fake.disconnectUser(); break;
    case 'reconnect': fake.requireReconnect(arg as DisconnectReason | undefined); break;
    case 'not-configured': fake.setConfig(buildUnconfiguredConfig()); break;
    case 'fail-search': fake.failNext('search', { code: arg as ErrorCode, ...(reason ? { reason } : {}) }); break;
    case 'reset': fake.reset(); fake.signInAs(user); break;
    default: return `unknown state ${state}`;
  }
  return `ok: ${path}`;
}

const mockBff: Plugin = {
  name: 'mock-bff',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/__mock/')) {
        res.end(control(url.pathname.slice('/__mock'.length)));
        return;
      }
      if (url.pathname === '/auth/sign-in') {
        fake.signInAs(user);
        redirect(res, url.searchParams.get('returnTo') ?? '/');
        return;
      }
      if (url.pathname === '/marketplace/salesforce/account/sign-in') {
        fake.setConnection(buildConnected({ salesforceUser: { ...buildConnected().salesforceUser!, displayName: user.name, username: user.email } }));
        if (url.searchParams.get('popup') === '1') {
          res.setHeader('Content-Type', 'text/html');
          res.end(`<!doctype html><title>Connected</title><p>Connected to Salesforce (mock).</p><script>
            window.opener?.postMessage({ source: 'sfsearch', type: 'salesforce-connection', status: 'connected' }, location.origin);
            window.close();</script>`);
          return;
        }
        redirect(res, url.searchParams.get('returnTo') ?? '/');
        return;
      }
      if (!url.pathname.startsWith('/api/')) {
        next();
        return;
      }
      void (async () => {
        const body = await readBody(req);
        const request = new Request(url, {
          method: req.method,
          headers: Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])),
          ...(body ? { body } : {}),
        });
        const response = await getResponse(handlers, request, { baseUrl: url.origin });
        if (!response) {
          res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: { code: 'not-found', message: 'No such API.' } }));
          return;
        }
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })().catch(next);
    });
  },
};

const server = await createServer({ plugins: [mockBff], server: { host: '127.0.0.1', port, strictPort: true, proxy: {} } });
await server.listen();
console.log(`Widget against the fake BFF: http://127.0.0.1:${port}/ (signed in as ${user.name})`);
console.log(`Admin page: http://127.0.0.1:${port}/control-panel/marketplace/salesforce`);
console.log('Flip states with /__mock/not-connected, /__mock/reconnect/config-changed, /__mock/fail-search/salesforce-unavailable, /__mock/reset …');
