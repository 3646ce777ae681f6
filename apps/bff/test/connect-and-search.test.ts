import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

describe('intranet sign-in', () => {
  it('knows nobody before sign-in and the person (admin or not) after', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    expect((await sofia.api('GET', '/api/me')).json).toEqual({ error: { code: 'not-signed-in', message: 'Sign in to the intranet first.' } });
    await sofia.signIn();
    const me = await sofia.api('GET', '/api/me');
    expect(me.json).toEqual({ user: { id: 'sofia.rossi', name: 'Sofia Rossi', email: 'sofia.rossi@intranet.example', isAdmin: false }, csrfToken: expect.any(String) });
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    expect((await ada.api('GET', '/api/me')).json.user).toMatchObject({ isAdmin: true });
  });

  it('signs out of the intranet: the session ends', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const out = await liam.api('POST', '/auth/sign-out');
    expect(out.json).toMatchObject({ ok: true, endSessionUrl: expect.stringContaining(stack.idp.issuer) });
    expect((await liam.api('GET', '/api/me')).status).toBe(401);
  });
});

describe('connecting to Salesforce', () => {
  it('goes from not-connected through Salesforce\'s login and consent pages to connected', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    expect((await sofia.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'not-connected' });
    const landed = await sofia.connect();
    expect(landed.url).toBe(`${stack.url}/`);
    const status = (await sofia.api('GET', '/api/salesforce/connection')).json;
    expect(status).toMatchObject({
      configured: true, status: 'connected', connectedAt: expect.any(String),
      salesforceUser: { username: 'sofia.rossi@globex.example', displayName: 'Sofia Rossi', orgId: stack.emulator.org.id, instanceUrl: stack.emulator.url },
    });
  });

  it('sends Salesforce a state and an S256 PKCE challenge made for this sign-in', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const first = await liam.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in`);
    const second = await liam.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in`);
    const a = new URL(first.headers.get('location')!);
    const b = new URL(second.headers.get('location')!);
    expect(a.origin + a.pathname).toBe(`${stack.emulator.url}/services/oauth2/authorize`);
    expect(a.searchParams.get('code_challenge_method')).toBe('S256');
    expect(a.searchParams.get('redirect_uri')).toBe(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2`);
    expect(a.searchParams.get('scope')!.split(' ').sort()).toEqual(['api', 'id', 'refresh_token']);
    expect(a.searchParams.get('state')).not.toBe(b.searchParams.get('state'));
    expect(a.searchParams.get('code_challenge')).not.toBe(b.searchParams.get('code_challenge'));
  });

  it('in popup mode answers a page that tells the opener and closes', async () => {
    const noah = new Person(stack, 'liam.brown');
    await noah.signIn();
    const page = await noah.connect({ popup: true });
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-status="connected"');
    expect(page.body).toContain('<script src="/assets/popup-done.js"></script>');
    // No COOP here: the popup must keep its opener to report back.
    expect(page.headers.get('cross-origin-opener-policy')).toBeNull();
    const script = await noah.browser.request(`${stack.url}/assets/popup-done.js`);
    expect(script.body).toContain("{source:'sfsearch',type:'salesforce-connection',status:d.status,message:d.message}");
    expect(script.body).toContain('window.opener.postMessage(m,window.location.origin)');
    // Heard even by a widget whose popup lost its opener.
    expect(script.body).toContain("new BroadcastChannel('sfsearch-salesforce-connection')");
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('ends a denial on a clear page with a way back', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    stack.emulator.control.updateApp({ scopes: [...stack.emulator.app.scopes] });
    const page = await liam.browser.navigate(`${stack.url}/marketplace/salesforce/account/sign-in?returnTo=/`, { login: { username: 'noah.patel@globex.example', password: 'salesforce-demo', consent: 'deny' } });
    expect(page.status).toBe(403);
    expect(page.body).toContain('You chose not to allow access');
    expect(page.body).toContain('href="/"');
  });

  it('refuses a replayed or foreign state with a clear page', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const forged = await liam.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2?code=aPrx1&state=made-up`);
    expect(forged.status).toBe(400);
    expect(forged.body).toContain('This sign-in link is no longer valid');
    expect(forged.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers the deprecated callback with 410 and the URL to register instead', async () => {
    const page = await new Person(stack, 'x').browser.request(`${stack.url}/salesforce/Account/RetrieveAccessToken?code=abc`);
    expect(page.status).toBe(410);
    expect(page.body).toContain(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2`);
  });
});

describe('search', () => {
  it('shows two people different records for the same words (Salesforce sharing), in one Salesforce call each', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    const liam = new Person(stack, 'liam.brown');
    for (const p of [sofia, liam]) { await p.signIn(); await p.connect(); }
    stack.emulator.control.resetCalls();
    const [a, b] = await Promise.all([sofia.search('Logistics'), liam.search('Logistics')]);
    expect(a.status).toBe(200);
    const ids = (r: typeof a) => (r.json.results as Record<string, { id: string }[]>).account!.map((x) => x.id);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(b).length).toBeGreaterThan(0);
    expect(ids(a).some((id) => ids(b).includes(id))).toBe(false);
    expect(stack.emulator.control.callCount({ endpoint: 'search', username: 'sofia.rossi@globex.example' })).toBe(1);
    expect(stack.emulator.control.callCount({ endpoint: 'search', username: 'liam.brown@globex.example' })).toBe(1);
  });

  it('normalises results with Lightning URLs and honours types and limit', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    const answer = await sofia.search("O'Brien & Sons", '&types=account,lead&limit=2');
    expect(answer.status).toBe(200);
    const results = answer.json.results as Record<string, { type: string; url: string; title: string }[]>;
    expect(results.task).toEqual([]);
    expect(results.campaign).toEqual([]);
    for (const r of [...results.account!, ...results.lead!]) expect(r.url).toMatch(new RegExp(`^${stack.emulator.url}/lightning/r/(Account|Lead)/[A-Za-z0-9]{18}/view$`));
    expect(results.account!.length).toBeLessThanOrEqual(2);
  });

  it('shows more of one type in one Salesforce call, and links to Salesforce\'s own search page', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    const first = await sofia.search('Logistics', '&types=task&limit=5');
    const tasks = (r: typeof first) => (r.json.results as Record<string, { id: string }[]>).task!.map((t) => t.id);
    expect(first.json.more).toEqual(['task']);
    expect(String(first.json.searchPageUrl)).toMatch(new RegExp(`^${stack.emulator.url}/one/one\\.app#`));
    stack.emulator.control.resetCalls();
    const next = await sofia.search('Logistics', '&types=task&limit=10&offset=5');
    expect(next.status).toBe(200);
    expect(stack.emulator.control.callCount({ endpoint: 'search', username: 'sofia.rossi@globex.example' })).toBe(1);
    expect(tasks(next).length).toBeGreaterThan(0);
    expect(tasks(next).some((id) => tasks(first).includes(id))).toBe(false);
    const both = await sofia.search('Logistics', '&types=task,lead&offset=5');
    expect(both.status).toBe(400);
    expect(both.json.error).toEqual({ code: 'invalid-request', message: 'Show more asks for one record type at a time: give exactly one type with an offset.' });
    expect((await sofia.search('Logistics', '&types=task&offset=2001')).status).toBe(400);
  });

  it('refuses fewer than two characters, unknown types and a missing session with a message', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    expect((await sofia.search('a')).json).toEqual({ error: { code: 'invalid-request', message: 'Type at least 2 characters to search.' } });
    expect((await sofia.search('acme', '&types=deal')).status).toBe(400);
    expect((await sofia.search('x'.repeat(101))).status).toBe(400);
    const stranger = new Person(stack, 'nobody');
    expect((await stranger.search('acme')).json.error?.code).toBe('not-signed-in');
  });
});
