// The empty search box over real HTTP against the emulator (docs/decisions/0033): recently viewed
// records in one Salesforce call, cached briefly per person; recent searches recorded by the BFF
// when a search succeeds, per intranet person, refinements folded, clearable, erased on disconnect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

type Recent = {
  records: { id: string; type: string; title: string; url: string }[];
  searches: { q: string; types: string[]; at: string }[];
  notice?: { code: string; message: string; reason?: string };
};

async function connected(intranetUser: string, salesforceUser?: string): Promise<Person> {
  const person = new Person(stack, intranetUser);
  await person.signIn();
  await person.connect(salesforceUser ? { salesforceUser } : {});
  return person;
}

const recent = async (person: Person) => {
  const answer = await person.api('GET', '/api/salesforce/recent');
  return { ...answer, body: answer.json as unknown as Recent };
};
/** Recent searches are recorded in the background, just after the search answered. */
const searchesOf = async (person: Person) => (await recent(person)).body.searches.map((s) => s.q);
const untilSearches = (person: Person, expected: string[]) => expect.poll(() => searchesOf(person), { timeout: 5000 }).toEqual(expected);
const recentCalls = (username: string) => stack.emulator.control.callCount({ endpoint: 'recent', username });

describe('who may ask', () => {
  it('needs an intranet session, and a Salesforce connection for the recent items', async () => {
    const stranger = new Person(stack, 'liam.brown');
    expect(await stranger.api('GET', '/api/salesforce/recent')).toMatchObject({ status: 401, json: { error: { code: 'not-signed-in' } } });
    expect(await stranger.api('DELETE', '/api/salesforce/recent-searches')).toMatchObject({ status: 401, json: { error: { code: 'not-signed-in' } } });
    await stranger.signIn();
    expect(await stranger.api('GET', '/api/salesforce/recent')).toMatchObject({ status: 409, json: { error: { code: 'not-connected' } } });
  });
});

describe('recently viewed records', () => {
  it('lists the person\'s recently viewed records in one Salesforce call, with Lightning links and no token, cached briefly', async () => {
    const sofia = await connected('sofia.rossi');
    stack.emulator.control.resetCalls();
    const first = await recent(sofia);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const seeded = stack.emulator.control.recentViews('sofia.rossi@globex.example');
    expect(first.body.records.map((r) => r.id)).toEqual(seeded.map((v) => v.id));
    for (const record of first.body.records) {
      expect(['account', 'lead', 'campaign']).toContain(record.type);
      expect(record.url).toBe(`${stack.emulator.url}/lightning/r/${record.type[0]!.toUpperCase()}${record.type.slice(1)}/${record.id}/view`);
      expect(record.title).not.toBe('');
    }
    expect(first.body.searches).toEqual([]);
    expect(recentCalls('sofia.rossi@globex.example')).toBe(1);
    expect(stack.emulator.control.calls().total).toBe(1);
    const again = await recent(sofia);
    expect(again.body).toEqual(first.body);
    expect(recentCalls('sofia.rossi@globex.example')).toBe(1);

    const token = await stack.store.tokens.getUsable('sofia.rossi');
    const text = JSON.stringify(first.json);
    expect(text).not.toContain(token!.accessToken);
    expect(text).not.toContain(token!.refreshToken);
  });

  it('counts a record opened from the widget as viewed: its link opens Lightning, where Salesforce records the view', async () => {
    const liam = await connected('liam.brown');
    const found = await liam.search('Logistics');
    const result = (found.json.results as Record<string, { id: string; url: string }[]>).account![0]!;
    // The person's browser follows the link; it is signed in to the org since connecting.
    expect((await liam.browser.request(result.url)).status).toBe(200);
    const { body } = await recent(liam);
    expect(body.records[0]).toMatchObject({ id: result.id, type: 'account', url: result.url });
  });

  it('answers the recent searches with no records and a notice when Salesforce fails, and asks again next time', async () => {
    const ada = await connected('ada.admin');
    expect((await ada.search('Logistics')).status).toBe(200);
    await expect.poll(async () => (await stack.store.recentSearches.list('ada.admin')).length).toBe(1);
    stack.emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/data/v64.0/recent', username: 'ada.admin@globex.example' });
    expect(await recent(ada)).toMatchObject({
      status: 200,
      body: {
        records: [], searches: [{ q: 'Logistics', types: ['account', 'lead', 'task', 'campaign'], at: expect.any(String) }],
        notice: { code: 'salesforce-unavailable', message: "Salesforce isn't answering right now. Try again in a minute." },
      },
    });
    // A failure is not cached.
    const next = await recent(ada);
    expect(next.body.notice).toBeUndefined();
    expect(next.body.records.length).toBeGreaterThan(0);
  });

  it('says so when the org\'s daily API budget is spent, and still answers 401 reconnect-required when the connection is gone', async () => {
    const liam = await connected('liam.brown', 'noah.patel@globex.example');
    stack.emulator.control.setRemainingApiRequests(0);
    try {
      const { status, body } = await recent(liam);
      expect(status).toBe(200);
      expect(body).toMatchObject({ records: [], notice: { code: 'salesforce-rate-limited', reason: 'daily-limit' } });
    } finally {
      stack.emulator.control.setRemainingApiRequests(100_000);
    }
    stack.emulator.control.revokeUser('noah.patel@globex.example');
    stack.emulator.control.expireAccessTokens('noah.patel@globex.example');
    expect(await liam.api('GET', '/api/salesforce/recent')).toMatchObject({ status: 401, json: { error: { code: 'reconnect-required', reason: 'token-expired' } } });
  });
});

describe('recent searches', () => {
  it('remembers each search that succeeded, newest first, folding type-ahead refinements into one', async () => {
    const sofia = await connected('sofia.rossi');
    await sofia.api('DELETE', '/api/salesforce/recent-searches');
    expect((await sofia.search('globex', '&types=account')).status).toBe(200);
    await untilSearches(sofia, ['globex']);
    for (const q of ['heli', 'helios', 'helios bergamo', 'helios']) {
      expect((await sofia.search(q)).status).toBe(200);
      await expect.poll(async () => (await searchesOf(sofia))[0]).toBe(q);
    }
    expect(await searchesOf(sofia)).toEqual(['helios', 'globex']);
    // A search Salesforce was never asked (too short) is not recorded.
    expect((await sofia.search('a')).status).toBe(400);
    const { body } = await recent(sofia);
    expect(body.searches).toEqual([
      { q: 'helios', types: ['account', 'lead', 'task', 'campaign'], at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { q: 'globex', types: ['account'], at: expect.any(String) },
    ]);
    // The same words again move up instead of repeating.
    await sofia.search('globex', '&types=account');
    await untilSearches(sofia, ['globex', 'helios']);
    // "Show more" of one type is the same search, not a search of that type.
    expect((await sofia.search('globex', '&types=lead&offset=5')).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await recent(sofia)).body.searches[0]).toMatchObject({ q: 'globex', types: ['account'] });
    expect(await searchesOf(sofia)).toEqual(['globex', 'helios']);
    // Kept per intranet person: Liam sees none of hers.
    const liam = await connected('liam.brown');
    expect(await searchesOf(liam)).not.toContain('helios');
    // The words are CRM data: they never reach a log line.
    expect(stack.logs.join('\n')).not.toMatch(/helios/i);
  });

  it('clears them with the CSRF token only, and erases them when the person disconnects', async () => {
    const sofia = await connected('sofia.rossi');
    await sofia.search('rossi');
    await expect.poll(async () => (await searchesOf(sofia))[0]).toBe('rossi');
    expect(await sofia.api('DELETE', '/api/salesforce/recent-searches', undefined, { 'x-csrf-token': 'forged' }))
      .toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
    expect(await sofia.api('DELETE', '/api/salesforce/recent-searches', undefined, { origin: 'https://evil.example' }))
      .toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
    expect((await searchesOf(sofia))[0]).toBe('rossi');
    expect(await sofia.api('DELETE', '/api/salesforce/recent-searches')).toMatchObject({ status: 200, json: { ok: true } });
    expect(await searchesOf(sofia)).toEqual([]);

    await sofia.search('logistics');
    await untilSearches(sofia, ['logistics']);
    expect((await sofia.api('POST', '/api/salesforce/connection/disconnect')).status).toBe(200);
    await sofia.connect();
    expect(await searchesOf(sofia)).toEqual([]);
    expect(await stack.store.recentSearches.list('sofia.rossi')).toEqual([]);
  });
});
