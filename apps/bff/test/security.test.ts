// One negative test (at least) for every rule of SECURITY.md.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let sofia: Person;
beforeAll(async () => {
  stack = await startStack({ env: { FRAME_ANCESTORS: 'https://intranet.example.com', SEARCHES_PER_MINUTE_PER_USER: '30' } });
  await configureSalesforce(stack);
  sofia = new Person(stack, 'sofia.rossi');
  await sofia.signIn();
  await sofia.connect();
});
afterAll(() => stack.close());

function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => { res.resume(); resolve({ status: res.statusCode ?? 0, headers: res.headers }); });
    req.on('error', reject);
    req.end();
  });
}

describe('Salesforce OAuth', () => {
  it('refuses a replayed callback (state is single use) with a clear page', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    const callback = liam.browser.visited.find((u) => u.includes('/sign-in/oauth2?code='))!;
    expect(callback).toBeDefined();
    const replay = await liam.browser.request(callback);
    expect(replay.status).toBe(400);
    expect(replay.body).toContain('This sign-in link is no longer valid');
  });

  it('refuses a callback whose sign-in (state and verifier) lives in another session', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const start = await liam.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in`);
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    const other = new Person(stack, 'liam.brown');
    await other.signIn();
    const page = await other.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2?code=aPrxabc%3D%3D&state=${state}`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('did not start here');
  });

  it('builds the redirect URI from PUBLIC_URL only, whatever Host the request claims', async () => {
    const cookie = `sfsearch=${sofia.browser.cookie('sfsearch')}`;
    const answer = await rawGet(`${stack.url}/marketplace/salesforce/account/sign-in`, { host: 'evil.example', 'x-forwarded-host': 'evil.example', cookie });
    const location = new URL(String(answer.headers.location));
    expect(location.searchParams.get('redirect_uri')).toBe(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2`);
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)'])('drops returnTo %s for /', async (returnTo) => {
    const liam = new Person(stack, 'liam.brown');
    const landed = await liam.signIn(returnTo);
    expect(landed.url).toBe(`${stack.url}/`);
  });

  it('keeps a same-origin returnTo', async () => {
    const liam = new Person(stack, 'liam.brown');
    expect((await liam.signIn('/control-panel?x=1')).url).toBe(`${stack.url}/control-panel?x=1`);
  });

  it('never calls an instance_url outside the configured login host\'s family', async () => {
    const port = new URL(stack.emulator.url).port;
    // Configured as localhost, the emulator answers 127.0.0.1 as its instance: another host.
    await stack.store.config.save({ consumerKey: stack.emulator.app.consumerKey, loginHost: `http://localhost:${port}`, scopes: ['api', 'refresh_token', 'id'] }, 'test');
    try {
      const liam = new Person(stack, 'liam.brown');
      await liam.signIn();
      stack.emulator.control.resetCalls();
      const page = await liam.connect();
      expect(page.status).toBe(502);
      expect(page.body).toContain('Could not finish connecting to Salesforce');
      expect(stack.emulator.control.callCount({ endpoint: 'identity' })).toBe(0);
    } finally {
      await configureSalesforce(stack);
      await sofia.connect();
    }
  });
});

describe('tokens and secrets at rest', () => {
  it('stores tokens and the consumer secret encrypted: the database file holds none of them in clear', async () => {
    const token = await stack.store.tokens.getUsable('sofia.rossi');
    expect(token).not.toBeNull();
    const db = new DatabaseSync(stack.config.DATABASE_URL!, { readOnly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      const dump = tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}"`).all(), (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))).join('\n');
      for (const secret of [token!.accessToken, token!.refreshToken, stack.emulator.app.consumerSecret]) expect(dump).not.toContain(secret);
    } finally {
      db.close();
    }
  });

  it('lets no token reach the browser (bodies, redirects, cookies) or a log line', async () => {
    stack.emulator.control.expireAccessTokens('sofia.rossi@globex.example');
    expect((await sofia.search('Logistics')).status).toBe(200);
    const token = (await stack.store.tokens.getUsable('sofia.rossi'))!;
    const everything = [...sofia.browser.seen, ...sofia.browser.setCookies, ...stack.logs].join('\n');
    for (const secret of [token.accessToken, token.refreshToken, stack.emulator.app.consumerSecret, stack.config.SESSION_SECRET]) {
      expect(everything).not.toContain(secret);
    }
    expect(stack.logs.join('\n')).not.toMatch(/aPrx[A-Za-z0-9+/=%]{20,}/);
    expect(stack.logs.join('\n')).toContain('refreshed a Salesforce session');
  });
});

describe('sessions and requests', () => {
  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, without Domain, and a new id at sign-in', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.browser.request(`${stack.url}/auth/sign-in?returnTo=/`);
    const before = liam.browser.cookie('sfsearch');
    await liam.signIn();
    const after = liam.browser.cookie('sfsearch');
    expect(before).toBeDefined();
    expect(after).not.toBe(before);
    const line = liam.browser.setCookies.filter((c) => c.startsWith('sfsearch=')).at(-1)!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Lax/);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Domain=/i);
  });

  it('uses a Secure __Host- cookie and HSTS when PUBLIC_URL is https', async () => {
    const https = await startStack({ env: { PUBLIC_URL: 'https://intranet-search.example.com', TRUST_PROXY: '1' } });
    try {
      const answer = await rawGet(`${https.url}/auth/sign-in?returnTo=/`, { 'x-forwarded-proto': 'https' });
      const cookie = String(answer.headers['set-cookie']);
      expect(cookie).toMatch(/^__Host-sfsearch=/);
      expect(cookie).toMatch(/Secure/);
      expect(answer.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await https.close();
    }
  });

  it('ends sessions after the idle timeout and after the absolute timeout', async () => {
    const idle = await startStack({ env: { SESSION_IDLE_MINUTES: '0.02' } });
    const absolute = await startStack({ env: { SESSION_ABSOLUTE_MINUTES: '0.02' } });
    try {
      const a = new Person(idle, 'sofia.rossi');
      await a.signIn();
      const b = new Person(absolute, 'sofia.rossi');
      await b.signIn();
      for (let i = 0; i < 4; i++) {
        await new Promise((r) => setTimeout(r, 400));
        await b.api('GET', '/api/me');
      }
      expect((await a.api('GET', '/api/me')).status).toBe(401);
      expect((await b.api('GET', '/api/me')).status).toBe(401);
    } finally {
      await Promise.all([idle.close(), absolute.close()]);
    }
  });

  it('requires the CSRF header on every state-changing request', async () => {
    const noHeader = await sofia.api('POST', '/api/salesforce/connection/disconnect', undefined, { 'x-csrf-token': '' });
    expect(noHeader.status).toBe(403);
    const wrong = await sofia.api('POST', '/api/salesforce/connection/disconnect', undefined, { 'x-csrf-token': 'forged' });
    expect(wrong.json.error?.code).toBe('forbidden');
    const signOut = await sofia.api('POST', '/auth/sign-out', undefined, { 'x-csrf-token': 'forged' });
    expect(signOut.status).toBe(403);
    expect((await sofia.api('GET', '/api/salesforce/connection')).json.status).toBe('connected');
  });

  it('refuses cross-site state-changing requests even with the token', async () => {
    expect((await sofia.api('POST', '/api/salesforce/connection/disconnect', undefined, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await sofia.api('POST', '/api/salesforce/connection/disconnect', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await sofia.api('GET', '/api/salesforce/connection')).json.status).toBe('connected');
  });

  it('sends CSP without inline scripts, frame-ancestors from configuration, and no-store on /api', async () => {
    const me = await sofia.api('GET', '/api/me');
    const csp = me.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self' https://intranet.example.com");
    expect(me.headers.get('cache-control')).toBe('no-store');
    expect(me.headers.get('x-powered-by')).toBeNull();
    // Nothing stored, nothing to revalidate: no ETag (a hash of every answer) on the API.
    expect(me.headers.get('etag')).toBeNull();
  });

  it('never lets user text reach SOSL unescaped, and refuses malformed or oversized input', async () => {
    for (const q of ['acme} RETURNING User(Id', '"unclosed', 'ab\\', '*acme', '(or)']) {
      expect((await sofia.search(q)).status).toBe(200);
    }
    // What Salesforce would refuse is refused here first, saying why.
    expect((await sofia.search('a\\')).json.error).toMatchObject({ code: 'invalid-request', message: expect.stringContaining('two letters or digits in a row') });
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    const badJson = await ada.browser.request(`${stack.url}/api/admin/marketplace/salesforce`, {
      method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': ada.csrfToken }, raw: '{"consumerKey": ',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toEqual({ error: { code: 'invalid-request', message: 'The request body is not valid JSON.' } });
    const raw = await ada.browser.request(`${stack.url}/api/admin/marketplace/salesforce`, { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': ada.csrfToken } });
    expect(raw.status).toBe(400);
    const huge = await ada.api('PUT', '/api/admin/marketplace/salesforce', { consumerKey: 'x'.repeat(20_000) });
    expect(huge.status).toBe(400);
    expect(huge.json.error?.code).toBe('invalid-request');
  });

  it('limits searches per person', async () => {
    const limited = await startStack({ env: { SEARCHES_PER_MINUTE_PER_USER: '3' } });
    try {
      await configureSalesforce(limited);
      const liam = new Person(limited, 'liam.brown');
      await liam.signIn();
      await liam.connect();
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await liam.search('Logistics')).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await liam.search('Logistics')).json.error?.code).toBe('rate-limited');
    } finally {
      await limited.close();
    }
  });
});

describe('learned from attacking it', () => {
  it('keeps every step of the popup sign-in free of a Cross-Origin-Opener-Policy, which would sever the popup from the widget', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>widget</title>');
    const framed = await startStack({ env: { WIDGET_DIST: dist } });
    try {
      await configureSalesforce(framed);
      const liam = new Person(framed, 'liam.brown');
      // Not yet signed in to the intranet: the popup goes through the intranet sign-in first.
      const atSalesforce = await liam.browser.navigate(`${framed.url}/marketplace/salesforce/account/sign-in?popup=1`, {
        login: { username: 'liam.brown', password: 'intranet-demo' }, stopAt: (to) => to.origin === new URL(framed.emulator.url).origin,
      });
      const connected = await liam.browser.navigate(atSalesforce.url, { login: { username: 'liam.brown@globex.example', password: 'salesforce-demo' } });
      expect(connected.body).toContain('data-status="connected"');
      const ours = liam.browser.visited.filter((u) => u.startsWith(framed.url));
      expect(ours.some((u) => u.includes('/auth/callback'))).toBe(true);
      expect(ours.some((u) => u.includes('/sign-in/oauth2'))).toBe(true);
      for (const url of ours) {
        const answer = await fetch(url, { redirect: 'manual', headers: { cookie: `sfsearch=${liam.browser.cookie('sfsearch')}` } });
        expect({ url, coop: answer.headers.get('cross-origin-opener-policy') }).toEqual({ url, coop: null });
      }
      // The widget's own page keeps its opener protection: popups it opens may still talk back.
      const widget = await fetch(`${framed.url}/`);
      expect(widget.headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
    } finally {
      await framed.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('trusts X-Forwarded-For only with TRUST_PROXY: forged addresses do not dodge the sign-in limit', async () => {
    const direct = await startStack({ env: { INTRANET_SIGN_INS_PER_MINUTE_PER_IP: '5' } });
    const proxied = await startStack({ env: { INTRANET_SIGN_INS_PER_MINUTE_PER_IP: '5', TRUST_PROXY: '1' } });
    try {
      const attempts = (url: string, forwardedFor: (i: number) => string) => Promise.all(Array.from({ length: 6 }, (_, i) =>
        fetch(`${url}/auth/sign-in`, { redirect: 'manual', headers: { 'x-forwarded-for': forwardedFor(i) } }).then((r) => r.status)));
      expect((await attempts(direct.url, (i) => `203.0.113.${i}`)).filter((s) => s === 429)).toHaveLength(1);
      // Behind a proxy that the setting trusts, each forwarded address is its own client…
      expect((await attempts(proxied.url, (i) => `203.0.113.${i}`)).every((s) => s === 302)).toBe(true);
      // …and one address is limited.
      expect((await attempts(proxied.url, () => '198.51.100.7')).filter((s) => s === 429)).toHaveLength(1);
    } finally {
      await Promise.all([direct.close(), proxied.close()]);
    }
  });

  it('logs each request once with its id, method, path without query, status and duration, and answers the id', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const answer = await liam.api('GET', '/api/salesforce/search?q=Confidential%20Merger%20Plans', undefined, { 'x-request-id': 'forged-by-the-client-123' });
    const id = answer.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = stack.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => (l.req as { id?: string } | undefined)?.id === id && 'responseTime' in l);
    expect(line).toMatchObject({ req: { id, method: 'GET', path: '/api/salesforce/search' }, res: { status: expect.any(Number) }, responseTime: expect.any(Number) });
    expect(stack.logs.join('\n')).not.toContain('Confidential');
  });

  it('keeps error codes readable in logs while OAuth codes never reach them', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    const code = new URL(liam.browser.visited.find((u) => u.includes('/sign-in/oauth2?code='))!).searchParams.get('code')!;
    stack.emulator.control.revokeUser('liam.brown@globex.example');
    await liam.search('Logistics');
    const logs = stack.logs.join('\n');
    expect(logs).toContain('"code":"reconnect-required"');
    expect(logs).not.toContain('"code":"[redacted]"');
    expect(logs).not.toContain(code);
    expect(logs).not.toContain(encodeURIComponent(code));
    await liam.connect();
  });
});
