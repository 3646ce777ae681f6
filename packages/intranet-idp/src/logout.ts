import type { KoaContextWithOIDC } from 'oidc-provider';

type Next = () => Promise<unknown>;

/**
 * oidc-provider always asks "Do you want to sign out?" at `/session/end` and, without an IdP
 * session, answers with a page that auto-submits through an inline script. When the relying party
 * proves which session it is ending (an `id_token_hint` for the signed-in account, as openid-client's
 * `buildEndSessionUrl` sends), or there is no one signed in, this does what the confirm form would:
 * revoke the session's grants, destroy the session and 303 to the `post_logout_redirect_uri`.
 * Without a matching hint the confirm page stays, so a third-party page cannot sign people out.
 */
export async function logoutWithoutConfirmation(ctx: KoaContextWithOIDC, next: Next): Promise<void> {
  await next();
  // ctx.oidc is absent for paths the provider does not route (404s).
  const oidc = ctx.oidc as KoaContextWithOIDC['oidc'] | undefined;
  if (oidc?.route !== 'end_session' || ctx.status !== 200 || !oidc.session) return;

  const { session, provider } = oidc;
  const hintSub = oidc.entities.IdTokenHint?.payload.sub;
  if (session.accountId && hintSub !== session.accountId) return;

  // The session middleware has already saved what the confirm step needs in `session.state`.
  const state = (session.state ?? {}) as { postLogoutRedirectUri?: string; state?: string };
  for (const { grantId } of Object.values(session.authorizations ?? {})) {
    if (!grantId) continue;
    await Promise.all([
      provider.AccessToken.revokeByGrantId(grantId),
      provider.RefreshToken.revokeByGrantId(grantId),
      provider.AuthorizationCode.revokeByGrantId(grantId),
      provider.Grant.adapter.destroy(grantId),
    ]);
  }
  await session.destroy();
  ctx.cookies.set(provider.cookieName('session'), null, { signed: true, httpOnly: true, sameSite: 'lax' });

  let target = oidc.urlFor('end_session_success');
  if (state.postLogoutRedirectUri) {
    const url = new URL(state.postLogoutRedirectUri);
    if (state.state !== undefined) url.searchParams.set('state', state.state);
    target = url.href;
  }
  ctx.remove('Content-Security-Policy');
  ctx.status = 303;
  ctx.redirect(target);
}
