// "Check connection": tells an admin whether the Salesforce app is set up right, without any
// person signing in and without saving anything.
//
// 1. The authorize endpoint, asked with our redirect URI (no login): Salesforce answers its own
//    error page for an unknown consumer key, a callback URL the app does not list, or a scope it
//    does not allow, before it shows a login page (salesforce-api.md §1.2).
// 2. The token endpoint, given a made-up authorization code, twice: with the secret, and with a
//    deliberately wrong one. Salesforce's order of checks is undocumented. If it checks the client
//    first (as seen so far), the first answers invalid_grant and the second invalid_client: key and
//    secret are right. If it checked the code first, both would answer invalid_grant: the key is
//    known, but the secret can only be proven by a real sign-in, and the check says so.
import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_TIMEOUT_MS, type SalesforceApp } from './app-config.ts';
import { fromJsforceError } from './salesforce-error.ts';
import { oauth2WithDeadline } from './transport.ts';

export type SetupProblem =
  | 'unknown-consumer-key'
  | 'wrong-consumer-secret'
  | 'app-not-installed'
  | 'callback-not-registered'
  | 'scope-not-allowed'
  | 'login-host-unreachable'
  | 'unexpected';

export interface SetupCheck {
  problems: { problem: SetupProblem; detail: string }[];
  /** False when Salesforce checked the made-up code before the secret (see above). */
  secretVerified: boolean;
}

const PAGE_ERRORS: Record<string, SetupProblem> = {
  redirect_uri_mismatch: 'callback-not-registered',
  invalid_client_id: 'unknown-consumer-key',
  invalid_scope: 'scope-not-allowed',
  OAUTH_EC_APP_NOT_FOUND: 'app-not-installed',
};

async function probeAuthorize(app: SalesforceApp): Promise<{ problem: SetupProblem; detail: string } | undefined> {
  const challenge = createHash('sha256').update(randomBytes(32).toString('base64url')).digest('base64url');
  const params = new URLSearchParams({
    response_type: 'code', client_id: app.clientId, redirect_uri: app.redirectUri, scope: app.scopes.join(' '),
    code_challenge: challenge, code_challenge_method: 'S256', state: 'setup-check',
  });
  let response: Response;
  try {
    response = await fetch(`${app.loginHost}/services/oauth2/authorize?${params}`, { redirect: 'manual', signal: AbortSignal.timeout(app.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  } catch (error) {
    return { problem: 'login-host-unreachable', detail: (error as Error).message };
  }
  await response.body?.cancel();
  const location = response.headers.get('location');
  if (!location) return response.status < 400 ? undefined : { problem: 'unexpected', detail: `authorize answered HTTP ${response.status}` };
  const target = new URL(location, app.loginHost);
  const error = target.searchParams.get('error');
  // Redirected to our own callback (an error about the request itself, say): key and callback are fine.
  if (error === null || target.href.startsWith(app.redirectUri)) return undefined;
  return { problem: PAGE_ERRORS[error] ?? 'unexpected', detail: `${error}: ${target.searchParams.get('error_description') ?? ''}` };
}

/** What the token endpoint says to a made-up code with this secret. */
async function probeToken(app: SalesforceApp, secret: string): Promise<{ name: string; detail: string; kind: string }> {
  try {
    await oauth2WithDeadline({ loginUrl: app.loginHost, clientId: app.clientId, clientSecret: secret, redirectUri: app.redirectUri }, app.timeoutMs ?? DEFAULT_TIMEOUT_MS)
      .requestToken('aPrx-setup-check-not-a-real-code');
    return { name: 'accepted', detail: 'Salesforce accepted a made-up authorization code', kind: 'unexpected' };
  } catch (error) {
    return { name: (error as { name?: string }).name ?? '', detail: (error as Error).message ?? '', kind: fromJsforceError(error).kind };
  }
}

function tokenProblem(answer: { name: string; detail: string; kind: string }): { problem: SetupProblem; detail: string } | undefined {
  if (answer.name === 'invalid_grant' || answer.name === 'redirect_uri_mismatch') return undefined;
  if (answer.kind === 'app-not-installed') return { problem: 'app-not-installed', detail: answer.detail };
  if (answer.name === 'invalid_client_id') return { problem: 'unknown-consumer-key', detail: answer.detail };
  if (answer.name === 'invalid_client') return { problem: 'wrong-consumer-secret', detail: answer.detail };
  if (answer.kind === 'timeout' || (answer.kind === 'unavailable' && !answer.name.startsWith('ERROR_HTTP_'))) return { problem: 'login-host-unreachable', detail: answer.detail };
  return { problem: 'unexpected', detail: `${answer.name}: ${answer.detail}` };
}

export async function checkSetup(app: SalesforceApp): Promise<SetupCheck> {
  const authorize = await probeAuthorize(app);
  if (authorize?.problem === 'login-host-unreachable' || authorize?.problem === 'unknown-consumer-key') return { problems: [authorize], secretVerified: false };
  const withSecret = tokenProblem(await probeToken(app, app.clientSecret));
  const problems = [authorize, withSecret].filter((p): p is NonNullable<typeof p> => p !== undefined);
  // Deduplicate: an uninstalled app is refused at both endpoints.
  const unique = problems.filter((p, i) => problems.findIndex((q) => q.problem === p.problem) === i);
  if (withSecret) return { problems: unique, secretVerified: false };
  const withWrongSecret = await probeToken(app, `${app.clientSecret}-not-the-secret`);
  return { problems: unique, secretVerified: withWrongSecret.name === 'invalid_client' };
}
