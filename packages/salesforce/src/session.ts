// REST calls with a user's access token. jsforce's auto-refresh is never armed (no client id, no
// refresh function: a 401 surfaces as INVALID_SESSION_ID) and its retries are off, because the
// BFF refreshes under its own lock and must not stall 15 s on a failing Salesforce.
import { Connection } from 'jsforce';
import { API_VERSION, DEFAULT_TIMEOUT_MS } from './app-config.ts';
import { fromJsforceError } from './salesforce-error.ts';

export interface UserSession {
  accessToken: string;
  instanceUrl: string;
  /** How long each call may take before it is aborted (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface ApiUsage {
  used: number;
  limit: number;
}

export interface RestAnswer<T> {
  body: T;
  apiUsage: ApiUsage | undefined;
}

export async function restGet<T>(session: UserSession, pathOrUrl: string): Promise<RestAnswer<T>> {
  const conn = new Connection({ instanceUrl: session.instanceUrl, accessToken: session.accessToken, version: API_VERSION });
  try {
    const body = await conn.request<T>({ method: 'GET', url: pathOrUrl }, { retry: { maxRetries: 0 }, timeout: session.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    return { body, apiUsage: conn.limitInfo?.apiUsage };
  } catch (error) {
    throw fromJsforceError(error);
  }
}

export interface SalesforceIdentity {
  userId: string;
  orgId: string;
  username: string;
  displayName: string;
  email: string;
}

/** Reads the identity URL with the token in a header (jsforce's identity() puts it in the URL). */
export async function readIdentity(session: UserSession, identityUrl: string): Promise<SalesforceIdentity> {
  const { body } = await restGet<Record<string, unknown>>(session, `${identityUrl}?format=json&version=${API_VERSION}`);
  return {
    userId: String(body.user_id),
    orgId: String(body.organization_id),
    username: String(body.username),
    displayName: String(body.display_name ?? body.username),
    email: String(body.email ?? ''),
  };
}
