// returnTo after both sign-ins, and in the popup page's link: never another site, whatever form
// the value takes. What a browser does with the answer is judged by WHATWG URL parsing, which is
// what browsers implement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeReturnTo } from '../src/http/return-to.ts';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

const HOSTILE = [
  'https://evil.example/', 'http://evil.example', 'HTTPS://evil.example', '//evil.example/x', '///evil.example', '////evil.example',
  '/\\evil.example', '/\\/evil.example', '/\\\\evil.example', '\\\\evil.example', '/.//evil.example/x', '/..//evil.example',
  '/%2e//evil.example', '/%2E//evil.example', '/%2e%2e//evil.example', '/.%2e//evil.example', '/a/..//evil.example',
  '/a/b/../..//evil.example', '/./\\evil.example', '/.\\./\\evil.example', '/foo/../../\\evil.example', '/\t/evil.example',
  '/\n/evil.example', '/\r\n/evil.example', '\t//evil.example', '/\t\\evil.example', ' //evil.example', 'javascript:alert(1)',
  'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'evil.example', '//evil.example@127.0.0.1',
  '/%5c%5cevil.example', '/%2f%2fevil.example', '/..%2f/evil.example', '/%252e%252e//evil.example', '',
];

/** Where a browser goes when it follows `location` from a page of `publicUrl`. */
function landsOn(location: string, publicUrl: string): string {
  return new URL(location, publicUrl).origin;
}

describe('safeReturnTo', () => {
  const publicUrl = 'https://search.intranet.example';

  it.each(HOSTILE)('keeps %j on our own origin', (value) => {
    const result = safeReturnTo(value, publicUrl);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//') || result.startsWith('/\\')).toBe(false);
    expect(landsOn(result, publicUrl)).toBe(publicUrl);
  });

  it('keeps a same-origin path with its query and fragment, normalised', () => {
    expect(safeReturnTo('/control-panel?x=1#y', publicUrl)).toBe('/control-panel?x=1#y');
    expect(safeReturnTo('/a/./b/../c', publicUrl)).toBe('/a/c');
    expect(safeReturnTo('/?q=//evil.example', publicUrl)).toBe('/?q=//evil.example');
  });
});

describe('returnTo through the sign-ins', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ env: { SIGN_INS_PER_MINUTE_PER_USER: '1000', INTRANET_SIGN_INS_PER_MINUTE_PER_IP: '1000' } });
    await configureSalesforce(stack);
  });
  afterAll(() => stack.close());

  const isOurs = (location: string | null) => {
    expect(location).not.toBeNull();
    expect(location!.startsWith('//') || location!.startsWith('/\\')).toBe(false);
    expect(landsOn(location!, stack.url)).toBe(new URL(stack.url).origin);
  };

  it('sends nobody to another site after the intranet sign-in', async () => {
    const bff = new URL(stack.url).origin;
    for (const value of HOSTILE) {
      const person = new Person(stack, 'liam.brown');
      const landed = await person.browser.navigate(`${stack.url}/auth/sign-in?returnTo=${encodeURIComponent(value)}`, {
        login: { username: 'liam.brown', password: 'intranet-demo' },
        stopAt: (to) => !(to.origin === bff && to.pathname.startsWith('/auth/')) && to.origin !== new URL(stack.idp.issuer).origin,
      });
      expect(landed.status).toBe(302);
      isOurs(landed.headers.get('location'));
    }
  });

  it('sends nobody to another site after the Salesforce sign-in, full page or popup', async () => {
    const person = new Person(stack, 'sofia.rossi');
    await person.signIn();
    for (const value of HOSTILE) {
      const full = await person.browser.navigate(`${stack.url}/marketplace/salesforce/account/sign-in?returnTo=${encodeURIComponent(value)}`, {
        login: { username: 'sofia.rossi@globex.example', password: 'salesforce-demo' },
        stopAt: (to) => to.origin === new URL(stack.url).origin && !to.pathname.startsWith('/marketplace/') && !to.pathname.startsWith('/auth/'),
      });
      expect(full.status).toBe(302);
      expect(landsOn(full.url, stack.url)).toBe(new URL(stack.url).origin);
      isOurs(full.headers.get('location'));

      const popup = await person.browser.navigate(`${stack.url}/marketplace/salesforce/account/sign-in?popup=1&returnTo=${encodeURIComponent(value)}`, {
        login: { username: 'sofia.rossi@globex.example', password: 'salesforce-demo' },
      });
      expect(popup.status).toBe(200);
      isOurs(/<a href="([^"]*)">Back to search<\/a>/.exec(popup.body)?.[1]?.replaceAll('&amp;', '&') ?? null);
    }
  });
});
