// Dispatches every request: Salesforce's OAuth and REST paths, the org's pages, and the controls.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { controlRoute, type EmulatorControl } from '../control/control.ts';
import { renderErrorPage, showConsent, startAuthorization, submitConsent, submitLogin } from '../oauth/authorize.ts';
import { identity, userinfo } from '../oauth/identity.ts';
import { landingPage, SEARCH_PAGE_SCRIPT, searchPage } from '../oauth/pages.ts';
import { revoke, token } from '../oauth/token.ts';
import { restApi } from '../rest/rest-api.ts';
import { endpointOf } from '../rest/rest-routes.ts';
import type { EmulatorState } from '../state.ts';
import type { Exchange } from './exchange.ts';
import { bearerToken, BodyTooLarge, sendHtml, sendJson } from './http-utils.ts';
import { showRecordPage } from './record-page.ts';

type Route = (ex: Exchange, path: string) => void | Promise<void>;

const ROUTES: Record<string, Route> = {
  'GET /services/oauth2/authorize': (ex) => startAuthorization(ex),
  'POST /services/oauth2/authorize/login': (ex) => submitLogin(ex),
  'GET /services/oauth2/authorize/consent': (ex) => showConsent(ex),
  'POST /services/oauth2/authorize/consent': (ex) => submitConsent(ex),
  'POST /services/oauth2/token': (ex) => token(ex),
  'POST /services/oauth2/revoke': (ex) => revoke(ex),
  'GET /services/oauth2/revoke': (ex) => revoke(ex),
  'GET /services/oauth2/userinfo': (ex) => userinfo(ex),
  'POST /services/oauth2/userinfo': (ex) => userinfo(ex),
  'GET /setup/secur/RemoteAccessErrorPage.apexp': (ex) => renderErrorPage(ex),
  'GET /': (ex) => sendHtml(ex.res, 200, landingPage(ex.state.org.name, ex.state.loginUrl)),
  'GET /one/one.app': (ex) => sendHtml(ex.res, 200, searchPage(ex.state.org.name)),
  'GET /one/search-page.js': (ex) => {
    ex.res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(SEARCH_PAGE_SCRIPT);
  },
};

/** The name a call is counted under: "token", "search", "query", "identity", … */
export function endpointFor(path: string): string {
  const rest = /^\/services\/data\/v[^/]+(\/.*)?$/.exec(path);
  if (rest) return endpointOf(rest[1] ?? '');
  if (path.startsWith('/services/data')) return 'versions';
  if (path.startsWith('/id/')) return 'identity';
  const oauth = /^\/services\/oauth2\/([a-z]+)/.exec(path);
  return oauth ? oauth[1]! : 'page';
}

export function createRequestHandler(state: EmulatorState, control: EmulatorControl) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    let username: string | null = null;
    const ex: Exchange = { req, res, url, state, origin, attribute: (name) => { username = name; } };
    if (path.startsWith('/__emulator/')) return controlRoute(ex, control, path.slice('/__emulator/'.length));

    const endpoint = endpointFor(path);
    const method = req.method ?? 'GET';
    res.on('finish', () => state.calls.record({ endpoint, method, username, status: res.statusCode }));
    const fault = state.faults.take(path, () => {
      const access = state.grants.access(bearerToken(req) ?? '');
      return access ? state.users.byId.get(access.grant.userId)?.username : undefined;
    });
    if (state.faults.latencyMs > 0) await sleep(state.faults.latencyMs);
    if (fault === 'hang') {
      state.calls.record({ endpoint, method, username, status: 0 });
      state.faults.hang(res);
      return;
    }
    if (fault !== undefined) {
      return sendJson(res, fault, [{ message: 'Salesforce is temporarily unavailable. Please try again later.', errorCode: 'SERVER_UNAVAILABLE' }]);
    }
    try {
      const identityPath = /^\/id\/([a-zA-Z0-9]{15,18})\/([a-zA-Z0-9]{15,18})\/?$/.exec(path);
      if (identityPath && method === 'GET') return identity(ex, identityPath[1]!, identityPath[2]!);
      if (path === '/services/data' || path.startsWith('/services/data/')) return await restApi(ex, path);
      const lightning = /^\/lightning\/r\/(\w+)\/([a-zA-Z0-9]{15,18})\/view$/.exec(path);
      if (lightning && method === 'GET') return showRecordPage(ex, lightning[1]!, lightning[2]!);
      const route = ROUTES[`${method} ${path}`];
      if (route) return await route(ex, path);
      sendJson(res, 404, [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      if (error instanceof BodyTooLarge) return sendJson(res, 413, [{ errorCode: 'REQUEST_TOO_LARGE', message: error.message }]);
      sendJson(res, 500, [{ errorCode: 'UNKNOWN_EXCEPTION', message: `An unexpected error occurred: ${(error as Error).message}` }]);
    }
  };
}
