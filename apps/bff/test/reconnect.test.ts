// A reconnect stores the new grant before it revokes the old one: when the reconnect fails, the
// connection that worked before still works, refreshes included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, salesforceUsername, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { SIGN_INS_PER_MINUTE_PER_USER: '100' } });
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

const START = '/marketplace/salesforce/account/sign-in?returnTo=/';

/** Goes through Salesforce's pages and stops at the redirect back to our callback. */
async function callbackFromSalesforce(person: Person): Promise<URL> {
  const stopped = await person.browser.navigate(`${stack.url}${START}`, {
    login: { username: salesforceUsername(person.username), password: 'salesforce-demo' },
    stopAt: (to) => to.pathname.endsWith('/sign-in/oauth2'),
  });
  return new URL(stopped.url);
}

async function stillConnected(person: Person) {
  expect((await person.api('GET', '/api/salesforce/connection')).json.status).toBe('connected');
  expect((await person.search('Logistics')).status).toBe(200);
  // The old refresh token was not given back: an expired session still renews.
  stack.emulator.control.expireAccessTokens(salesforceUsername(person.username));
  expect((await person.search('Energy')).status).toBe(200);
}

describe('a reconnect that fails', () => {
  it('with a replayed authorization code keeps the working connection', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    const used = await callbackFromSalesforce(sofia);
    expect((await sofia.browser.request(used.href)).status).toBe(302);

    // Another reconnect, answered with the code Salesforce already redeemed.
    const fresh = await callbackFromSalesforce(sofia);
    const replayed = new URL(fresh);
    replayed.searchParams.set('code', used.searchParams.get('code')!);
    const page = await sofia.browser.request(replayed.href);
    expect(page.status).toBe(400);
    expect(page.body).toContain('Salesforce did not accept this sign-in');
    await stillConnected(sofia);
  });

  it('with Salesforce\'s token endpoint down keeps the working connection', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    stack.emulator.control.failNext({ count: 1, mode: 503, pathPrefix: '/services/oauth2/token' });
    const page = await liam.connect();
    expect(page.status).toBe(502);
    expect(page.body).toContain('right now, so you are not connected yet');
    await stillConnected(liam);
  });
});

it('a reconnect that works gives the previous refresh token back to Salesforce once the new one is stored', async () => {
  const ada = new Person(stack, 'ada.admin');
  await ada.signIn();
  for (let i = 0; i < 3; i++) await ada.connect();
  await expect.poll(() => stack.emulator.control.activeRefreshTokens('ada.admin@globex.example')).toBe(1);
  expect((await ada.search('Logistics')).status).toBe(200);
});
