// Sessions that end, and signing out: no 500 after the absolute timeout, no token handed to the
// browser at sign-out, and a clearing cookie the browser will honour.
import { describe, expect, it } from 'vitest';
import { formAction, hiddenInputs } from '@sfsearch/test-browser';
import { configureSalesforce, Person, startStack } from './support/stack.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('after the absolute session timeout', () => {
  it('the first hit on either sign-in or either callback starts a fresh session instead of failing', async () => {
    const stack = await startStack({ env: { SESSION_ABSOLUTE_MINUTES: '0.01' } });
    try {
      await configureSalesforce(stack);
      const routes = [
        ['/auth/sign-in?returnTo=/', 302],
        ['/marketplace/salesforce/account/sign-in?returnTo=/', 302],
        ['/auth/callback?code=x&state=y', 400],
        ['/marketplace/salesforce/account/sign-in/oauth2?code=x&state=y', 401],
      ] as const;
      const people = await Promise.all(routes.map(async () => {
        const person = new Person(stack, 'sofia.rossi');
        await person.signIn();
        return person;
      }));
      await sleep(800);
      for (const [i, [route, status]] of routes.entries()) {
        const page = await people[i]!.browser.request(`${stack.url}${route}`);
        expect({ route, status: page.status }).toEqual({ route, status });
      }
      // The expired person is asked to sign in again, not shown an error.
      expect((await people[0]!.api('GET', '/api/me')).json.error?.code).toBe('not-signed-in');
      expect(new URL(people[1]!.browser.visited.at(-1)!).pathname).toBe('/marketplace/salesforce/account/sign-in');
      expect(stack.logs.join('\n')).not.toContain('Cannot set properties of undefined');
    } finally {
      await stack.close();
    }
  });
});

describe('signing out', () => {
  it('ends the intranet session at the IdP without giving the browser any token', async () => {
    const stack = await startStack();
    try {
      const liam = new Person(stack, 'liam.brown');
      await liam.signIn();
      const out = await liam.api('POST', '/auth/sign-out');
      const endSession = new URL(String(out.json.endSessionUrl));
      expect(endSession.origin + endSession.pathname).toBe(`${stack.idp.issuer}/session/end`);
      expect(Object.fromEntries(endSession.searchParams)).toEqual({ client_id: 'sfsearch-bff', post_logout_redirect_uri: `${stack.url}/` });
      // No ID token (a JWT) anywhere the browser looked.
      expect(liam.browser.seen.join('\n')).not.toMatch(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\./);

      const confirm = await liam.browser.navigate(endSession.href);
      const back = await liam.browser.navigate(formAction(confirm), { form: { ...hiddenInputs(confirm), logout: 'yes' }, stopAt: (to) => to.href === `${stack.url}/` });
      expect(back.url).toBe(`${stack.url}/`);
      // Signed out at the IdP too: the next sign-in asks for the password again.
      const again = await liam.browser.navigate(`${stack.url}/auth/sign-in?returnTo=/`);
      expect(again.body).toContain('name="password"');
    } finally {
      await stack.close();
    }
  });

  it('over https, clears the __Host- cookie with the Secure attribute the browser requires', async () => {
    const stack = await startStack({ https: true });
    try {
      const liam = new Person(stack, 'liam.brown');
      await liam.signIn();
      expect(liam.browser.cookie('__Host-sfsearch')).toBeDefined();
      expect((await liam.api('POST', '/auth/sign-out')).status).toBe(200);
      const clearing = liam.browser.setCookies.at(-1)!;
      expect(clearing).toMatch(/^__Host-sfsearch=;/);
      expect(clearing).toMatch(/; Secure/);
      expect(clearing).toMatch(/; Path=\//);
      expect(clearing).not.toMatch(/Domain=/i);
      expect(liam.browser.cookie('__Host-sfsearch')).toBeUndefined();
      expect((await liam.api('GET', '/api/me')).status).toBe(401);
    } finally {
      await stack.close();
    }
  });
});
