// /services/data/…: versions, then for every versioned resource the checks Salesforce makes
// before answering (session, instance, API access, daily limit) and the Sforce-Limit-Info header.
import { bearerToken, sendJson } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import { passesApiAccessControl } from '../org/apps.ts';
import { routeRest } from './rest-routes.ts';
import { notFound, SalesforceError } from './salesforce-error.ts';
import { isSupportedVersion, listVersions } from './versions.ts';

export async function restApi(ex: Exchange, path: string): Promise<void> {
  if (path === '/services/data' || path === '/services/data/') return sendJson(ex.res, 200, listVersions());
  const match = /^\/services\/data\/v(\d+\.\d+)(\/.*)?$/.exec(path);
  const state = ex.state;
  const limitHeader = () => ({ 'sforce-limit-info': `api-usage=${state.apiUsage.used}/${state.org.dailyApiLimit}` });
  try {
    if (!match || !isSupportedVersion(match[1]!)) throw notFound();
    const access = state.grants.access(bearerToken(ex.req) ?? '');
    const user = access ? state.users.byId.get(access.grant.userId) : undefined;
    if (!access || !user) throw new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    ex.attribute(user.username);
    if (!access.grant.scopes.some((s) => s === 'api' || s === 'full') || !passesApiAccessControl(state.org, state.findApp(access.grant.consumerKey), user)) {
      throw new SalesforceError(401, 'INVALID_SESSION_ID', 'This session is not valid for use with the REST API');
    }
    // After an instance move the old instance no longer serves this org's sessions.
    if (ex.origin !== state.instance.current) throw new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    if (!state.org.apiEnabled) throw new SalesforceError(403, 'API_DISABLED_FOR_ORG', 'The REST API is not enabled for this Organization.');
    if (!user.apiEnabled) throw new SalesforceError(403, 'API_CURRENTLY_DISABLED', 'API is disabled for this User');
    if (state.apiUsage.used >= state.org.dailyApiLimit) throw new SalesforceError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');
    state.apiUsage.used++;
    await routeRest({ ex, user, version: match[1]!, resource: match[2] ?? '', headers: limitHeader() });
  } catch (error) {
    if (!(error instanceof SalesforceError)) throw error;
    sendJson(ex.res, error.status, error.toBody(), limitHeader());
  }
}
