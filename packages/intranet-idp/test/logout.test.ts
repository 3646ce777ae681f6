import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import type { IntranetIdp } from '../src/index.ts';
import { formAction, hiddenInputs, startingWith } from '@sfsearch/test-browser';
import { authRequest, POST_LOGOUT_URI, REDIRECT_URI, signIn, runIdpForTests } from './relying-party.ts';

let idp: IntranetIdp;
let config: client.Configuration;

runIdpForTests((running, discovered) => {
  idp = running;
  config = discovered;
});

describe('RP-initiated logout', () => {
  it('with the ID token as hint: ends the IdP session and goes straight back to the app', async () => {
    const { browser, tokens } = await signIn(idp, config, 'sofia.rossi');
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_URI,
      state: 'after-logout',
    });
    expect(endSession.href.startsWith(`${idp.issuer}/session/end`)).toBe(true);

    const back = await browser.navigate(endSession.href, { stopAt: startingWith(POST_LOGOUT_URI) });
    expect(back.url).toBe(`${POST_LOGOUT_URI}?state=after-logout`);

    const again = await browser.navigate((await authRequest(config)).url.href, { stopAt: startingWith(REDIRECT_URI) });
    expect(again.status).toBe(200);
    expect(again.body).toContain('<h1>Sign in</h1>');

    // The grant is revoked with the session: the old access token no longer works.
    await expect(client.fetchUserInfo(config, tokens.access_token, 'sofia.rossi')).rejects.toThrow();
  });

  it('without a hint: asks the user to confirm, then signs them out', async () => {
    const { browser } = await signIn(idp, config, 'liam.brown');
    const endSession = client.buildEndSessionUrl(config, { post_logout_redirect_uri: POST_LOGOUT_URI });

    const confirm = await browser.navigate(endSession.href, { stopAt: startingWith(POST_LOGOUT_URI) });
    expect(confirm.status).toBe(200);
    expect(confirm.body).toContain('<h1>Sign out</h1>');
    expect(confirm.body).toContain('>Sign out</button>');
    expect(confirm.body).not.toContain('<script');

    const back = await browser.navigate(formAction(confirm), { form: { ...hiddenInputs(confirm), logout: 'yes' }, stopAt: startingWith(POST_LOGOUT_URI) });
    expect(back.url).toBe(POST_LOGOUT_URI);

    const again = await browser.navigate((await authRequest(config)).url.href, { stopAt: startingWith(REDIRECT_URI) });
    expect(again.body).toContain('<h1>Sign in</h1>');
  });

  it('sends someone who is already signed out straight back to the app', async () => {
    const { browser, tokens } = await signIn(idp, config, 'ada.admin');
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: POST_LOGOUT_URI,
    });
    await browser.navigate(endSession.href, { stopAt: startingWith(POST_LOGOUT_URI) });
    const second = await browser.navigate(endSession.href, { stopAt: startingWith(POST_LOGOUT_URI) });
    expect(second.url).toBe(POST_LOGOUT_URI);
  });

  it('refuses a post-logout redirect URI that is not registered', async () => {
    const { browser, tokens } = await signIn(idp, config, 'sofia.rossi');
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: 'http://127.0.0.1:9/elsewhere',
    });
    const page = await browser.navigate(endSession.href);
    expect(page.status).toBe(400);
    expect(page.body).toContain('post_logout_redirect_uri');
  });
});
