// REST calls with a person's access token (rest-client.ts). No call refreshes on its own: a 401
// surfaces as INVALID_SESSION_ID and none is retried, because the BFF refreshes under its own lock
// and must not stall on a failing Salesforce.
import { API_VERSION, DEFAULT_TIMEOUT_MS } from './app-config.ts';
import { restGet as get, type ApiUsage, type RestAnswer } from './rest-client.ts';

export type { ApiUsage, RestAnswer };

export interface UserSession {
  accessToken: string;
  instanceUrl: string;
  /** How long each call may take before it is aborted (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Told of every call made, answered or not, with the org's API usage when the answer gave it. */
  onCall?: ((usage: ApiUsage | undefined) => void) | undefined;
}

export async function restGet<T>(session: UserSession, pathOrUrl: string): Promise<RestAnswer<T>> {
  let usage: ApiUsage | undefined;
  try {
    const answer = await get<T>(session, pathOrUrl, session.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    usage = answer.apiUsage;
    return answer;
  } finally {
    session.onCall?.(usage);
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
