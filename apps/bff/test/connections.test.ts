// Issue 14: the admin sees every connection and steers one. Admin only, CSRF-checked, no secret or
// token in any answer, pagination bounds refused with 400, every act in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let ada: Person;
let sofia: Person;
let liam: Person;
const BASE = '/api/admin/marketplace/salesforce';

beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
  ada = new Person(stack, 'ada.admin');
  sofia = new Person(stack, 'sofia.rossi');
  liam = new Person(stack, 'liam.brown');
  for (const person of [ada, sofia, liam]) await person.signIn();
  await sofia.connect();
  await liam.connect();
});
afterAll(() => stack.close());

describe('the admin routes', () => {
  it('answer admins only, and take no state change without the CSRF token', async () => {
    const routes: [string, string][] = [['GET', `${BASE}/connections`], ['POST', `${BASE}/connections/liam.brown/disconnect`], ['GET', `${BASE}/audit`], ['GET', `${BASE}/audit.csv`]];
    for (const [method, path] of routes) {
      expect((await sofia.api(method, path)).json.error?.code, path).toBe('forbidden');
      expect((await new Person(stack, 'nobody').api(method, path)).json.error?.code, path).toBe('not-signed-in');
    }
    const forged = await ada.api('POST', `${BASE}/connections/liam.brown/disconnect`, {}, { 'x-csrf-token': 'forged' });
    expect(forged).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
    expect((await liam.search('Logistics')).status).toBe(200);
  });

  it('refuse page bounds with a 400 that says what is allowed', async () => {
    for (const query of ['limit=0', 'limit=101', 'limit=2.5', 'limit=ten', 'offset=-1', 'offset=100001', `q=${'x'.repeat(101)}`]) {
      const answer = await ada.api('GET', `${BASE}/connections?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.json.error?.code, query).toBe('invalid-request');
    }
    expect((await ada.api('GET', `${BASE}/connections?limit=101`)).json.error?.message).toMatch(/^limit must be a whole number from 1/);
    for (const query of ['limit=0', 'limit=201', 'before=0', 'before=x']) expect((await ada.api('GET', `${BASE}/audit?${query}`)).status, query).toBe(400);
  });
});

describe('connected employees', () => {
  it('lists who is connected, as whom, since when and when they last searched, with no secret', async () => {
    expect((await sofia.search('Logistics')).status).toBe(200);
    const list = await ada.api('GET', `${BASE}/connections?limit=10`);
    expect(list.status).toBe(200);
    const entries = list.json.entries as Record<string, unknown>[];
    const sofiaRow = entries.find((e) => e.userId === 'sofia.rossi');
    expect(sofiaRow).toEqual({
      userId: 'sofia.rossi',
      person: { name: 'Sofia Rossi', email: 'sofia.rossi@intranet.example' },
      salesforceUser: { username: 'sofia.rossi@globex.example', displayName: 'Sofia Rossi', orgId: stack.emulator.org.id },
      state: 'connected',
      connectedAt: expect.any(String),
      // Written by the flush the list asks for first.
      lastUsedAt: expect.any(String),
      refreshedAt: null,
      disconnectedAt: null,
    });
    expect(list.json).toMatchObject({ offset: 0, limit: 10, total: entries.length });
    const tokens = await stack.store.tokens.getUsable('sofia.rossi');
    const body = JSON.stringify(list.json);
    expect(body).not.toContain(tokens!.accessToken);
    expect(body).not.toContain(tokens!.refreshToken);
    expect(body).not.toMatch(/token|secret/i);

    const found = await ada.api('GET', `${BASE}/connections?q=${encodeURIComponent('ROSSI')}`);
    expect((found.json.entries as { userId: string }[]).map((e) => e.userId)).toEqual(['sofia.rossi']);
    const paged = await ada.api('GET', `${BASE}/connections?limit=1&offset=1`);
    expect(paged.json).toMatchObject({ total: entries.length, offset: 1, limit: 1 });
    expect((paged.json.entries as { userId: string }[]).map((e) => e.userId)).toEqual([entries[1]!.userId]);
  });

  it('the employee sees when they last used it, from their own search a moment ago', async () => {
    expect((await liam.search('Energy')).status).toBe(200);
    const own = await liam.api('GET', '/api/salesforce/connection');
    expect(own.json).toMatchObject({ status: 'connected', connectedAt: expect.any(String), lastUsedAt: expect.any(String) });
    expect(Date.now() - Date.parse(own.json.lastUsedAt as string)).toBeLessThan(10_000);
  });

  it("an admin disconnects one employee: revoked at Salesforce, erased, told why, audited; the others go on", async () => {
    await expect.poll(() => stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(1);
    const done = await ada.api('POST', `${BASE}/connections/liam.brown/disconnect`);
    expect(done).toMatchObject({ status: 200, json: { ok: true, revoked: true } });
    expect(stack.emulator.control.activeRefreshTokens('liam.brown@globex.example')).toBe(0);
    expect(await stack.store.tokens.getUsable('liam.brown')).toBeNull();

    const search = await liam.search('Energy');
    expect(search.json.error).toEqual({
      code: 'reconnect-required', reason: 'admin-disconnected',
      message: 'Your administrator disconnected your Salesforce connection — sign in to Salesforce again.',
    });
    expect((await liam.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'reconnect-required', reason: 'admin-disconnected' });
    const row = (await ada.api('GET', `${BASE}/connections?q=liam`)).json.entries as Record<string, unknown>[];
    expect(row[0]).toMatchObject({ userId: 'liam.brown', state: 'reconnect-required', reason: 'admin-disconnected', disconnectedAt: expect.any(String) });
    expect((await sofia.search('Logistics')).status).toBe(200);

    // Nothing left to end: said so, not a 5xx.
    expect((await ada.api('POST', `${BASE}/connections/liam.brown/disconnect`)).json.error).toEqual({ code: 'not-found', message: 'This employee has no Salesforce connection to end.' });
    expect((await ada.api('POST', `${BASE}/connections/nobody/disconnect`)).status).toBe(404);

    // Reconnecting takes one sign-in.
    await liam.connect();
    expect((await liam.search('Energy')).status).toBe(200);
  });
});

describe('the audit trail', () => {
  it('records settings changes (fields, never values), admin disconnections, connects and disconnects, newest first, by page', async () => {
    const all = (await ada.api('GET', `${BASE}/audit?limit=200`)).json.entries as { id: number; actor: string; action: string; details: Record<string, unknown> }[];
    const actions = all.map((e) => `${e.action} ${e.actor}`);
    expect(actions).toContain('salesforce.admin-disconnected ada.admin@intranet.example');
    expect(actions).toContain('salesforce.connected sofia.rossi');
    expect(actions.filter((a) => a === 'salesforce.connected liam.brown')).toHaveLength(2);
    expect(all.find((e) => e.action === 'salesforce.admin-disconnected')?.details).toEqual({ user: 'liam.brown', revoked: true });
    const configChange = all.find((e) => e.action === 'marketplace.config.changed');
    expect(configChange?.details).toMatchObject({ fields: expect.arrayContaining(['consumerSecret']), purgedTokens: 0 });
    expect(JSON.stringify(all)).not.toContain(stack.emulator.app.consumerSecret);
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort((a, b) => b - a));

    const first = (await ada.api('GET', `${BASE}/audit?limit=2`)).json as { entries: { id: number }[]; next: number };
    expect(first.entries.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => e.id));
    const second = (await ada.api('GET', `${BASE}/audit?limit=2&before=${first.next}`)).json as { entries: { id: number }[] };
    expect(second.entries.map((e) => e.id)).toEqual(all.slice(2, 4).map((e) => e.id));
    expect((await ada.api('GET', `${BASE}/audit?limit=200&before=${all.at(-1)!.id}`)).json).toEqual({ entries: [], next: null });
  });

  it('downloads as CSV, every entry, with formulas shown as text', async () => {
    await stack.store.audit.append({ actor: '=HYPERLINK("http://evil.example")', action: 'salesforce.disconnected', details: { user: 'x' } });
    const csv = await ada.browser.request(`${stack.url}${BASE}/audit.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="salesforce-audit-trail.csv"');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('id,at,actor,action,details');
    const total = ((await ada.api('GET', `${BASE}/audit?limit=200`)).json.entries as unknown[]).length;
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(csv.body).toContain('salesforce.admin-disconnected');
  });
});
