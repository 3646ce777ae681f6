import * as client from 'openid-client';
import { describe, expect, it } from 'vitest';
import type { IntranetIdp } from '../src/index.ts';
import { Browser } from '@sfsearch/test-browser';
import { authRequest, discover, REDIRECT_URI, RP, signIn, runIdpForTests } from './relying-party.ts';

let idp: IntranetIdp;
let config: client.Configuration;

runIdpForTests((running, discovered) => {
  idp = running;
  config = discovered;
});

describe('requests the IdP refuses', () => {
  it('answers an unknown client with an error page and never redirects', async () => {
    const { url } = await authRequest(config);
    url.searchParams.set('client_id', 'someone-else');
    const page = await new Browser().request(url.href);
    expect(page.status).toBe(400);
    expect(page.headers.get('location')).toBeNull();
    expect(page.body).toContain('invalid_client');
  });

  it('answers a redirect URI that is not registered with an error page and never redirects', async () => {
    const { url } = await authRequest(config);
    url.searchParams.set('redirect_uri', 'http://127.0.0.1:9/evil');
    const page = await new Browser().request(url.href);
    expect(page.status).toBe(400);
    expect(page.headers.get('location')).toBeNull();
    expect(page.body).toContain('redirect_uri');
  });

  it('requires PKCE, sending the error back to the client', async () => {
    const { url, state } = await authRequest(config);
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const page = await new Browser().request(url.href);
    expect(page.status).toBe(303);
    const location = new URL(page.headers.get('location') ?? '');
    expect(location.href.startsWith(REDIRECT_URI)).toBe(true);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('state')).toBe(state);
  });

  it('refuses the code exchange with a wrong client secret', async () => {
    const wrong = await discover(idp, 'not-the-secret');
    await expect(signIn(idp, wrong, 'sofia.rossi')).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('revokes an access token at the revocation endpoint, after which userinfo refuses it', async () => {
    const { tokens } = await signIn(idp, config, 'sofia.rossi');
    await client.tokenRevocation(config, tokens.access_token);
    await expect(client.fetchUserInfo(config, tokens.access_token, 'sofia.rossi')).rejects.toThrow();
  });

  it('registers the client it was given and nothing more', () => {
    expect(config.clientMetadata().client_id).toBe(RP.clientId);
    expect(config.serverMetadata().response_types_supported).toEqual(['code']);
  });
});
