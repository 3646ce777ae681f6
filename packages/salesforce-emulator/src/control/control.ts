// Test controls, on the in-process handle and over HTTP under /__emulator/ (outside Salesforce's paths).
import { readBody, sendJson } from '../http/http-utils.ts';
import type { Exchange } from '../http/exchange.ts';
import type { ConnectedApp, OrgUser } from '../org/types.ts';
import type { EmulatorState } from '../state.ts';
import type { CallSummary, FailureSpec } from './faults.ts';

export interface EmulatorControl {
  /** Expires every live access token, or those of one user (by username). */
  expireAccessTokens(username?: string): number;
  /** Revokes every grant of a user: refresh and access tokens stop working. */
  revokeUser(username: string): number;
  setOrgApiEnabled(enabled: boolean): void;
  /** API Access Control (Setup → API Access Control). */
  setApiAccessControl(enabled: boolean): void;
  setUserApiEnabled(username: string, enabled: boolean): void;
  /** Sets how many REST requests the org has left today. */
  setRemainingApiRequests(remaining: number): void;
  /** API requests counted in the org's current 24-hour window (what Sforce-Limit-Info reports as used). */
  apiRequestsUsed(): number;
  /** Moves the org to a new instance URL; the old instance stops answering API calls. */
  moveInstance(): Promise<string>;
  setLatency(ms: number): void;
  failNext(spec: FailureSpec): void;
  /** Forgets pending failures and latency. */
  clearFaults(): void;
  /** Requests left hanging by `failNext({ mode: 'hang' })` whose client has not closed them. */
  hangingRequests(): number;
  updateApp(changes: Partial<ConnectedApp>, consumerKey?: string): ConnectedApp;
  /** Moves the emulator's clock forward (codes, sessions and refresh tokens expire). */
  advanceClock(ms: number): void;
  calls(): CallSummary;
  callCount(filter?: { endpoint?: string; username?: string }): number;
  resetCalls(): void;
  activeRefreshTokens(username: string, consumerKey?: string): number;
  /** Records that the user opened the record's page in Lightning (what makes it recently viewed). */
  viewRecord(username: string, recordId: string): void;
  /** The user's recently viewed records, newest first, whether or not they may still read them. */
  recentViews(username: string): { type: string; id: string; viewedAt: number }[];
}

export function createControl(state: EmulatorState, openInstance: () => Promise<string>): EmulatorControl {
  const user = (username: string): OrgUser => {
    const found = state.users.byUsername.get(username.toLowerCase());
    if (!found) throw new Error(`no user ${username} in the emulated org`);
    return found;
  };
  const app = (consumerKey?: string): ConnectedApp => {
    const found = consumerKey ? state.findApp(consumerKey) : state.org.apps[0];
    if (!found) throw new Error(`no connected app ${consumerKey}`);
    return found;
  };
  return {
    expireAccessTokens: (username) => state.grants.expireAccessTokens(username === undefined ? undefined : user(username).id),
    revokeUser: (username) => state.grants.revokeUser(user(username).id),
    setOrgApiEnabled: (enabled) => { state.org.apiEnabled = enabled; },
    setApiAccessControl: (enabled) => { state.org.apiAccessControl = enabled; },
    setUserApiEnabled: (username, enabled) => { user(username).apiEnabled = enabled; },
    setRemainingApiRequests: (remaining) => { state.apiUsage.used = Math.max(0, state.org.dailyApiLimit - remaining); },
    apiRequestsUsed: () => state.apiUsage.used,
    moveInstance: async () => {
      const next = await openInstance();
      state.instance.retired.add(state.instance.current);
      state.instance.current = next;
      return next;
    },
    setLatency: (ms) => state.faults.setLatency(ms),
    failNext: (spec) => state.faults.failNext(spec),
    clearFaults: () => state.faults.clear(),
    hangingRequests: () => state.faults.hangingRequests,
    updateApp: (changes, consumerKey) => Object.assign(app(consumerKey), changes),
    advanceClock: (ms) => state.clock.advance(ms),
    calls: () => state.calls.summary(),
    callCount: (filter) => state.calls.count(filter),
    resetCalls: () => state.calls.reset(),
    activeRefreshTokens: (username, consumerKey) => state.grants.activeRefreshTokens(user(username).id, app(consumerKey).consumerKey),
    viewRecord: (username, recordId) => {
      const found = state.lookup(recordId);
      if (!found) throw new Error(`no record ${recordId} in the emulated org`);
      if (!state.recentViews.record(user(username).id, found.type, found.record.Id, state.clock.now())) {
        throw new Error(`RecentlyViewed does not track ${found.type} records`);
      }
    },
    recentViews: (username) => state.recentViews.list(user(username).id, state.clock.now()),
  };
}

const READ_ONLY = new Set(['calls', 'hanging-requests', 'recent-views']);

/** POST /__emulator/<action> with a JSON body naming the arguments; GET /__emulator/calls and /hanging-requests. */
export async function controlRoute(ex: Exchange, control: EmulatorControl, action: string): Promise<void> {
  let args: Record<string, unknown> = {};
  if (ex.req.method === 'POST') {
    // A web page can POST text/plain across origins without asking; application/json it cannot
    // (that needs a CORS preflight, which the emulator never grants), so a page cannot steer a demo.
    if (!/^application\/json\s*(;|$)/i.test(ex.req.headers['content-type'] ?? '')) {
      return sendJson(ex.res, 415, { error: 'controls take a JSON body: send Content-Type: application/json' });
    }
    const body = await readBody(ex.req);
    try {
      args = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    } catch {
      return sendJson(ex.res, 400, { error: 'the body must be JSON' });
    }
  }
  const str = (name: string) => (typeof args[name] === 'string' ? (args[name] as string) : undefined);
  const num = (name: string) => Number(args[name] ?? 0);
  const actions: Record<string, () => unknown> = {
    'calls': () => control.calls(),
    'hanging-requests': () => ({ open: control.hangingRequests() }),
    'reset-calls': () => control.resetCalls(),
    'expire-access-tokens': () => ({ expired: control.expireAccessTokens(str('username')) }),
    'revoke-user': () => ({ revoked: control.revokeUser(str('username') ?? '') }),
    'org-api': () => control.setOrgApiEnabled(args.enabled !== false),
    'api-access-control': () => control.setApiAccessControl(args.enabled !== false),
    'user-api': () => control.setUserApiEnabled(str('username') ?? '', args.enabled !== false),
    'api-budget': () => control.setRemainingApiRequests(num('remaining')),
    'move-instance': () => control.moveInstance().then((instanceUrl) => ({ instanceUrl })),
    'latency': () => control.setLatency(num('ms')),
    'fail-next': () => control.failNext({
      count: num('count') || 1, mode: args.mode === 'hang' ? 'hang' : num('status') || 503,
      ...(str('pathPrefix') ? { pathPrefix: str('pathPrefix')! } : {}), ...(str('username') ? { username: str('username')! } : {}),
    }),
    'advance-clock': () => control.advanceClock(num('ms')),
    'view-record': () => control.viewRecord(str('username') ?? '', str('id') ?? ''),
    'recent-views': () => ({ views: control.recentViews(str('username') ?? '') }),
    'clear-faults': () => control.clearFaults(),
    // The default app's credentials, as the demo banner prints them for the admin.
    'app': () => {
      const { consumerKey, consumerSecret, callbackUrls } = control.updateApp({});
      return { consumerKey, consumerSecret, callbackUrls };
    },
    'update-app': () => {
      const { consumerKey, ...changes } = args as Partial<ConnectedApp>;
      const updated = control.updateApp(changes, consumerKey);
      return { consumerKey: updated.consumerKey, callbackUrls: updated.callbackUrls };
    },
  };
  const run = actions[action];
  if (!run || (ex.req.method !== 'POST' && !READ_ONLY.has(action))) return sendJson(ex.res, 404, { error: `unknown control ${action}` });
  try {
    sendJson(ex.res, 200, (await run()) ?? { ok: true });
  } catch (error) {
    sendJson(ex.res, 400, { error: (error as Error).message });
  }
}
