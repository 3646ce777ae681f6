// GET /services/oauth2/userinfo (OpenID Connect) and the identity URL GET /id/<org>/<user>.
import { bearerToken, sendJson } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import type { OrgUser } from '../org/types.ts';
import { identityUrl } from './token.ts';

const LATEST_VERSION = '68.0';

function badToken(ex: Exchange, text = 'Bad_OAuth_Token'): void {
  ex.res.writeHead(403, { 'content-type': 'text/plain;charset=UTF-8' });
  ex.res.end(text);
}

function tokenUser(ex: Exchange, token: string | undefined): OrgUser | undefined {
  const access = token ? ex.state.grants.access(token) : undefined;
  const user = access ? ex.state.users.byId.get(access.grant.userId) : undefined;
  if (user) ex.attribute(user.username);
  return user;
}

function urls(ex: Exchange, user: OrgUser, version: string) {
  const base = `${ex.state.instance.current}/services/data/v${version}`;
  return {
    rest: `${base}/`,
    sobjects: `${base}/sobjects/`,
    search: `${base}/search/`,
    query: `${base}/query/`,
    recent: `${base}/recent/`,
    profile: `${ex.state.instance.current}/${user.id}`,
    custom_domain: ex.state.instance.current,
  };
}

function photos(ex: Exchange, user: OrgUser) {
  return {
    picture: `${ex.state.instance.current}/profilephoto/005/F/${user.id}`,
    thumbnail: `${ex.state.instance.current}/profilephoto/005/T/${user.id}`,
  };
}

export function userinfo(ex: Exchange): void {
  const user = tokenUser(ex, bearerToken(ex.req));
  if (!user) return badToken(ex);
  const org = ex.state.org;
  sendJson(ex.res, 200, {
    sub: identityUrl(ex.state.loginUrl, org.id, user.id),
    user_id: user.id,
    organization_id: org.id,
    preferred_username: user.username,
    nickname: user.firstName.toLowerCase(),
    name: user.name,
    email: user.email,
    email_verified: true,
    given_name: user.firstName,
    family_name: user.lastName,
    zoneinfo: user.timezone,
    photos: photos(ex, user),
    profile: `${ex.state.instance.current}/${user.id}`,
    picture: photos(ex, user).picture,
    urls: urls(ex, user, '{version}'),
    active: true,
    user_type: 'STANDARD',
    language: user.locale,
    locale: user.locale,
    utcOffset: 3_600_000,
    updated_at: '2026-01-15T09:30:00Z',
    is_app_installed: true,
  });
}

export function identity(ex: Exchange, orgId: string, userId: string): void {
  const user = tokenUser(ex, bearerToken(ex.req) ?? ex.url.searchParams.get('oauth_token') ?? undefined);
  if (!user) return badToken(ex);
  if (orgId !== ex.state.org.id || userId !== user.id) return badToken(ex, 'Bad_Id');
  const requested = ex.url.searchParams.get('version');
  const version = requested === 'latest' ? LATEST_VERSION : requested ?? '{version}';
  sendJson(ex.res, 200, {
    id: identityUrl(ex.state.loginUrl, orgId, user.id),
    asserted_user: true,
    user_id: user.id,
    organization_id: orgId,
    username: user.username,
    nick_name: user.firstName.toLowerCase(),
    display_name: user.name,
    email: user.email,
    email_verified: true,
    first_name: user.firstName,
    last_name: user.lastName,
    timezone: user.timezone,
    photos: photos(ex, user),
    urls: urls(ex, user, version),
    active: true,
    user_type: 'STANDARD',
    language: user.locale,
    locale: user.locale,
    utcOffset: 3_600_000,
    last_modified_date: '2026-01-15T09:30:00.000+0000',
    is_app_installed: true,
  });
}
