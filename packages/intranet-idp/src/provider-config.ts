import type { ClientMetadata, Configuration, KoaContextWithOIDC } from 'oidc-provider';
import { processCookieKey, processSigningKey } from './keys.ts';
import { createMemoryAdapter } from './memory-adapter.ts';
import { errorPage, logoutConfirmPage, pageHeaders, signedOutPage } from './pages.ts';
import { claimsOf } from './users.ts';
import type { UserDirectory } from './users.ts';

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Shown on the login page ("continue to …"). */
  clientName?: string;
  /** How the client authenticates at the token endpoint; openid-client 6 defaults to `client_secret_post`. */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic';
}

/** Cookie names prefixed `idp_`: cookies ignore ports, so on 127.0.0.1 the BFF's and the IdP's share one jar. */
export const COOKIE_NAMES = Object.freeze({
  session: 'idp_session',
  interaction: 'idp_interaction',
  resume: 'idp_interaction_resume',
});

export const SCOPES = ['openid', 'offline_access', 'profile', 'email', 'groups'];

const HOUR = 60 * 60;

export function toClientMetadata(client: IdpClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    client_name: client.clientName ?? 'Salesforce search',
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: client.tokenEndpointAuthMethod ?? 'client_secret_post',
  };
}

/** Origins a form on the IdP may end up redirecting to (for the CSP `form-action`). */
export function clientOrigins(clients: readonly IdpClient[]): string[] {
  const uris = clients.flatMap((c) => [...c.redirectUris, ...c.postLogoutRedirectUris]);
  return [...new Set(uris.map((uri) => new URL(uri).origin))];
}

function html(ctx: KoaContextWithOIDC, formTargets: readonly string[], body: string): void {
  ctx.set(pageHeaders(formTargets));
  ctx.type = 'html';
  ctx.body = body;
}

export function providerConfiguration(
  users: UserDirectory,
  clients: readonly IdpClient[],
): Configuration {
  const formTargets = clientOrigins(clients);
  return {
    clients: clients.map(toClientMetadata),
    adapter: createMemoryAdapter(),
    jwks: { keys: [processSigningKey()] },
    cookies: {
      names: COOKIE_NAMES,
      keys: [processCookieKey()],
      long: { signed: true, httpOnly: true, sameSite: 'lax' },
      short: { signed: true, httpOnly: true, sameSite: 'lax' },
    },
    scopes: SCOPES,
    // Authorization code flow only (no implicit or hybrid), with a client secret.
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups'],
    },
    // Put the scope claims (name, email, groups) into the ID token too, not only into userinfo.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      // A client may revoke only its own tokens (the default's rule, without its start-up NOTICE).
      revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => html(ctx, formTargets, logoutConfirmPage(form)),
        postLogoutSuccessSource: async (ctx) => html(ctx, formTargets, signedOutPage()),
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const user = users.findBySub(sub);
      return user && { accountId: user.sub, claims: () => claimsOf(user) };
    },
    // The company's own SSO and its own apps: every requested scope and claim is granted without a
    // consent page, so the consent prompt never shows.
    loadExistingGrant: async (ctx) => {
      const { client, session, account, provider } = ctx.oidc;
      if (!client || !session || !account) return undefined;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await provider.Grant.find(grantId) : undefined;
      const grant = existing ?? new provider.Grant({ clientId: client.clientId, accountId: account.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(' '));
      if (ctx.oidc.requestParamClaims.size) grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
      await grant.save();
      return grant;
    },
    renderError: async (ctx, out) => html(ctx, formTargets, errorPage({ ...out })),
    // Every TTL set explicitly, which also keeps oidc-provider from printing a NOTICE for each default.
    ttl: {
      AccessToken: HOUR,
      AuthorizationCode: 60,
      IdToken: HOUR,
      RefreshToken: 24 * HOUR,
      Interaction: HOUR,
      Session: 8 * HOUR,
      Grant: 8 * HOUR,
      ClientCredentials: 10 * 60,
      DeviceCode: 10 * 60,
      BackchannelAuthenticationRequest: 10 * 60,
      PreAuthorizedCode: 10 * 60,
    },
    // The BFF talks to the IdP server-side; no browser CORS on client endpoints.
    clientBasedCORS: () => false,
  };
}
