import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import { ADMINS_GROUP, COOKIE_NAMES, DEMO_PASSWORD } from '../src/index.ts';
import type { IntranetIdp } from '../src/index.ts';
import { alertText, Browser, labelledControl, startingWith } from '@sfsearch/test-browser';
import { authRequest, exchange, REDIRECT_URI, signIn, runIdpForTests, submitLogin } from './relying-party.ts';

let idp: IntranetIdp;
let config: client.Configuration;

runIdpForTests((running, discovered) => {
  idp = running;
  config = discovered;
});

describe('signing in through the intranet IdP', () => {
  it('shows a login form, refuses a wrong password, then returns a code the BFF exchanges for the employee', async () => {
    const browser = new Browser();
    const request = await authRequest(config);

    const loginPage = await browser.navigate(request.url.href, { stopAt: startingWith(REDIRECT_URI) });
    expect(loginPage.status).toBe(200);
    expect(loginPage.body).toContain('<h1>Sign in</h1>');
    expect(loginPage.body).toContain('Salesforce search');
    expect(labelledControl(loginPage, 'Username')).toMatch(/autocomplete="username"/);
    expect(labelledControl(loginPage, 'Password')).toMatch(/type="password"/);
    expect(loginPage.body).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(alertText(loginPage)).toBeUndefined();

    const refused = await submitLogin(browser, loginPage, 'sofia.rossi', 'not-her-password');
    expect(refused.status).toBe(200);
    expect(alertText(refused)).toBe('The username or password is incorrect.');
    expect(labelledControl(refused, 'Username')).toContain('value="sofia.rossi"');
    expect(labelledControl(refused, 'Password')).toContain('aria-invalid="true"');

    const callback = await submitLogin(browser, refused, 'sofia.rossi', DEMO_PASSWORD);
    const callbackUrl = new URL(callback.url);
    expect(callbackUrl.origin + callbackUrl.pathname).toBe(REDIRECT_URI);
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    expect(callbackUrl.searchParams.get('state')).toBe(request.state);

    const tokens = await exchange(config, callback.url, request);
    expect(tokens.claims()).toMatchObject({
      iss: idp.issuer,
      aud: 'test-bff',
      sub: 'sofia.rossi',
      nonce: request.nonce,
      name: 'Sofia Rossi',
      email: 'sofia.rossi@intranet.example',
      groups: ['employees'],
    });

    const userInfo = await client.fetchUserInfo(config, tokens.access_token, 'sofia.rossi');
    expect(userInfo).toEqual({
      sub: 'sofia.rossi',
      name: 'Sofia Rossi',
      given_name: 'Sofia',
      family_name: 'Rossi',
      preferred_username: 'sofia.rossi',
      email: 'sofia.rossi@intranet.example',
      email_verified: true,
      groups: ['employees'],
    });
  });

  it('puts the admin, and only the admin, in the intranet-admins group', async () => {
    const admin = await signIn(idp, config, 'ada.admin');
    expect(admin.tokens.claims()).toMatchObject({ sub: 'ada.admin', name: 'Ada Admin', groups: ['employees', ADMINS_GROUP] });
    const adminInfo = await client.fetchUserInfo(config, admin.tokens.access_token, 'ada.admin');
    expect(adminInfo.groups).toContain(ADMINS_GROUP);

    const liam = await signIn(idp, config, 'liam.brown');
    expect(liam.tokens.claims()).toMatchObject({ sub: 'liam.brown', name: 'Liam Brown', email: 'liam.brown@intranet.example' });
    expect(liam.tokens.claims()?.groups).not.toContain(ADMINS_GROUP);
  });

  it('accepts the email address as the username', async () => {
    const { tokens } = await signIn(idp, config, 'Sofia.Rossi@intranet.example');
    expect(tokens.claims()?.sub).toBe('sofia.rossi');
  });

  it('signs a returning user in without the login page while their IdP session lasts, and never asks for consent', async () => {
    const { browser } = await signIn(idp, config, 'liam.brown');
    const request = await authRequest(config);
    const again = await browser.navigate(request.url.href, { stopAt: startingWith(REDIRECT_URI) });
    expect(again.url.startsWith(REDIRECT_URI)).toBe(true);
    const tokens = await exchange(config, again.url, request);
    expect(tokens.claims()?.sub).toBe('liam.brown');
  });

  it('skips the consent page even when the client asks for consent, e.g. to get a refresh token', async () => {
    const { browser } = await signIn(idp, config, 'sofia.rossi');
    const request = await authRequest(config, 'openid profile offline_access', { prompt: 'consent' });
    const callback = await browser.navigate(request.url.href, { stopAt: startingWith(REDIRECT_URI) });
    expect(callback.url.startsWith(REDIRECT_URI)).toBe(true);
    const tokens = await exchange(config, callback.url, request);
    expect(tokens.refresh_token).toBeTruthy();
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token ?? '');
    expect(refreshed.claims()?.sub).toBe('sofia.rossi');
  });

  it('keeps its cookies apart from the BFF’s: every cookie it sets is prefixed idp_', async () => {
    const { browser } = await signIn(idp, config, 'sofia.rossi');
    const names = browser.cookieNames();
    expect(names).toContain(COOKIE_NAMES.session);
    expect(names.every((name) => name.startsWith('idp_'))).toBe(true);
  });

  it('serves its login page under a strict CSP, with no script and its own stylesheet', async () => {
    const request = await authRequest(config);
    const page = await new Browser().navigate(request.url.href, { stopAt: startingWith(REDIRECT_URI) });
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.body).not.toMatch(/<script|<style|style=|https?:\/\/(?!127\.0\.0\.1)/);

    const css = await fetch(new URL('/assets/idp.css', idp.issuer));
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('tells the user when the sign-in page has expired instead of failing', async () => {
    const page = await new Browser().navigate(new URL('/interaction/unknown-uid', idp.issuer).href);
    expect(page.status).toBe(400);
    expect(page.body).toContain('Sign-in expired');
  });
});
