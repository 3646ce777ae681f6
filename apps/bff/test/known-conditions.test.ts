// Answers a person can act on: every known condition maps to its own code, in one place, and
// never to 500 internal.
import { DatabaseSync } from 'node:sqlite';
import { SalesforceError } from '@sfsearch/salesforce';
import { DecryptionError, InvalidConfigError, RefreshLockTimeoutError, StaleGenerationError } from '@sfsearch/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAppError } from '../src/http/error-handling.ts';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

describe('one translation of domain errors to HTTP', () => {
  it.each([
    [new SalesforceError('timeout', 'x'), 504, 'salesforce-unavailable'],
    [new SalesforceError('unavailable', 'x'), 502, 'salesforce-unavailable'],
    [new SalesforceError('grant-invalid', 'x'), 401, 'reconnect-required'],
    [new SalesforceError('invalid-search', 'x'), 400, 'invalid-request'],
    [new SalesforceError('rate-limited', 'x'), 503, 'salesforce-rate-limited'],
    [new DecryptionError('access_token', 'x'), 401, 'reconnect-required'],
    [new DecryptionError('refresh_token', 'x'), 401, 'reconnect-required'],
    [new DecryptionError('consumer_secret', 'x'), 409, 'not-configured'],
    [new InvalidConfigError('The first save needs a consumer secret.'), 400, 'invalid-request'],
    [new RefreshLockTimeoutError(100), 503, 'salesforce-unavailable'],
    [new StaleGenerationError(3), 401, 'reconnect-required'],
    [Object.assign(new Error('bad json'), { type: 'entity.parse.failed' }), 400, 'invalid-request'],
  ])('%s → %i %s', (error, status, code) => {
    expect(toAppError(error)).toMatchObject({ status, code });
  });

  it('keeps 500 for what nobody foresaw', () => {
    expect(toAppError(new TypeError('boom'))).toMatchObject({ status: 500, code: 'internal' });
  });
});

describe('without a session', () => {
  it('a state-changing request answers 401 not-signed-in (sign in), not 403 (reload)', async () => {
    const stranger = new Person(stack, 'nobody');
    for (const [method, route] of [
      ['POST', '/api/salesforce/connection/disconnect'], ['PUT', '/api/admin/marketplace/salesforce'],
      ['POST', '/api/admin/marketplace/salesforce/check'], ['POST', '/auth/sign-out'],
    ] as const) {
      const answer = await stranger.api(method, route, {});
      expect({ route, status: answer.status, code: answer.json.error?.code }).toEqual({ route, status: 401, code: 'not-signed-in' });
    }
  });
});

describe('a stored connection that does not decrypt for its owner', () => {
  it('asks that person to reconnect (reason unreadable), forgets it, and a reconnect works', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    const liam = new Person(stack, 'liam.brown');
    for (const p of [sofia, liam]) { await p.signIn(); await p.connect(); }
    // Swap Sofia's tokens for Liam's: each is sealed for its owner, so neither opens as hers.
    const db = new DatabaseSync(stack.config.DATABASE_URL!);
    try {
      db.prepare(`UPDATE salesforce_tokens SET access_token = (SELECT access_token FROM salesforce_tokens WHERE user_id = 'liam.brown'),
        refresh_token = (SELECT refresh_token FROM salesforce_tokens WHERE user_id = 'liam.brown') WHERE user_id = 'sofia.rossi'`).run();
    } finally {
      db.close();
    }
    const answer = await sofia.search('Logistics');
    expect(answer.status).toBe(401);
    expect(answer.json.error).toMatchObject({ code: 'reconnect-required', reason: 'unreadable', message: expect.stringContaining('could not be read') });
    expect((await sofia.api('GET', '/api/salesforce/connection')).json).toEqual({ configured: true, status: 'reconnect-required', reason: 'unreadable' });
    expect((await sofia.api('POST', '/api/salesforce/connection/disconnect')).status).toBe(200);
    await sofia.connect();
    expect((await sofia.search('Logistics')).status).toBe(200);
    // Liam's own connection was never touched.
    expect((await liam.search('Logistics')).status).toBe(200);
  });
});

describe('a consumer secret that no longer decrypts', () => {
  it('tells the employee on the connect page to ask their admin, with a page, not a 500', async () => {
    const other = await startStack();
    try {
      await configureSalesforce(other);
      const db = new DatabaseSync(other.config.DATABASE_URL!);
      try {
        db.prepare("UPDATE marketplace_config SET consumer_secret = 'v1.gone.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAA'").run();
      } finally {
        db.close();
      }
      const sofia = new Person(other, 'sofia.rossi');
      await sofia.signIn();
      const page = await sofia.browser.request(`${other.url}/marketplace/salesforce/account/sign-in`);
      expect(page.status).toBe(409);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.body).toContain('Ask your intranet administrator to enter it again');
    } finally {
      await other.close();
    }
  });
});
