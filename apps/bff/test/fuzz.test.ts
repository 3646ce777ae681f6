// Hostile input, generated: 10,000 search strings and a few thousand values for the other inputs
// a browser controls (returnTo, callback parameters, admin bodies). None may answer 5xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let sofia: Person;
let ada: Person;
beforeAll(async () => {
  stack = await startStack({
    env: { SEARCHES_PER_MINUTE_PER_USER: '1000000', SEARCHES_PER_MINUTE_ORG: '1000000', SIGN_INS_PER_MINUTE_PER_USER: '1000000', INTRANET_SIGN_INS_PER_MINUTE_PER_IP: '1000000', LOG_LEVEL: 'warn' },
  });
  await configureSalesforce(stack);
  sofia = new Person(stack, 'sofia.rossi');
  ada = new Person(stack, 'ada.admin');
  for (const p of [sofia, ada]) await p.signIn();
  await sofia.connect();
});
afterAll(() => stack.close());

// SOSL's reserved characters, its words, quotes, wildcards, and what breaks parsers elsewhere.
const PIECES = ['?', '&', '|', '!', '{', '}', '[', ']', '(', ')', '^', '~', '*', ':', '\\', '"', "'", '+', '-', ' ', '\t', '\n', '\u0000',
  'AND', 'OR', 'NOT', 'and', 'or', 'not', 'FIND', 'RETURNING', 'IN ALL FIELDS', 'LIMIT', 'WHERE', 'User(Id)', '%', '%25', '%00', '..', '/',
  '<script>', '${x}', "' OR 1=1 --", 'acme', 'Blue Harbor', 'ü', 'ß', '漢字', '🙂', '\u202e', '\ud800', 'a', 'x'];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
);

/** A query string as a browser encodes it (lone surrogates become U+FFFD, as in a form). */
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Runs `count` requests from `values`, a few at a time, and answers every status seen. */
async function statusesOf<T>(arbitrary: fc.Arbitrary<T>, count: number, send: (value: T) => Promise<number>): Promise<Map<number, T[]>> {
  const values = fc.sample(arbitrary, { numRuns: count, seed: 20261201 });
  const seen = new Map<number, T[]>();
  let next = 0;
  await Promise.all(Array.from({ length: 6 }, async () => {
    while (next < values.length) {
      const value = values[next++]!;
      const status = await send(value);
      seen.set(status, [...(seen.get(status) ?? []), value]);
    }
  }));
  return seen;
}

function no5xx<T>(seen: Map<number, T[]>) {
  const failures = [...seen].filter(([status]) => status >= 500).map(([status, values]) => ({ status, examples: values.slice(0, 3) }));
  expect(failures).toEqual([]);
}

describe('hostile input never answers 5xx', () => {
  it('10,000 search strings', { timeout: 180_000 }, async () => {
    const seen = await statusesOf(hostileText, 10_000, async (q) => (await sofia.api('GET', `/api/salesforce/search?${query({ q })}`)).status);
    no5xx(seen);
    // Most reach Salesforce (the rest are refused here: too short, single characters, too long).
    expect(seen.get(200)?.length ?? 0).toBeGreaterThan(3_000);
  });

  it('search types and limits', async () => {
    const params = fc.record({ types: hostileText, limit: fc.oneof(hostileText, fc.integer().map(String)) });
    no5xx(await statusesOf(params, 500, async ({ types, limit }) => (await sofia.api('GET', `/api/salesforce/search?${query({ q: 'acme', types, limit })}`)).status));
  });

  it('returnTo on both sign-ins, and forged callback parameters', async () => {
    no5xx(await statusesOf(hostileText, 500, async (returnTo) => (await sofia.browser.request(`${stack.url}/auth/sign-in?${query({ returnTo })}`)).status));
    no5xx(await statusesOf(hostileText, 500, async (returnTo) => (await sofia.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in?${query({ popup: '1', returnTo })}`)).status));
    const callback = fc.record({ code: hostileText, state: hostileText, error: fc.option(hostileText) });
    no5xx(await statusesOf(callback, 300, async ({ code, state, error }) => {
      return (await sofia.browser.request(`${stack.url}/marketplace/salesforce/account/sign-in/oauth2?${query({ code, state, ...(error === null ? {} : { error }) })}`)).status;
    }));
    no5xx(await statusesOf(callback, 300, async ({ code, state }) => (await new Person(stack, 'x').browser.request(`${stack.url}/auth/callback?${query({ code, state })}`)).status));
  });

  it('admin bodies', async () => {
    const body = fc.record({
      consumerKey: fc.oneof(hostileText, fc.constant(stack.emulator.app.consumerKey)),
      consumerSecret: fc.option(hostileText),
      loginHost: fc.oneof(hostileText, fc.constantFrom(stack.emulator.url, 'https://login.salesforce.com', 'http://127.0.0.1:1', 'https://[::1]:0')),
      scopes: fc.oneof(fc.array(hostileText, { maxLength: 4 }), fc.constant(['api', 'refresh_token', 'id'])),
    }, { requiredKeys: [] });
    no5xx(await statusesOf(body, 300, async (b) => (await ada.api('POST', '/api/admin/marketplace/salesforce/check', b)).status));
    no5xx(await statusesOf(fc.oneof(body, fc.anything()), 300, async (b) => (await ada.api('PUT', '/api/admin/marketplace/salesforce', b)).status));
  });
});
