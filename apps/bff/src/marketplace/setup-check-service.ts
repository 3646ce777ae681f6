// "Check connection", framework-free: probes the app at Salesforce without anyone signing in,
// then adds what employees met since the settings changed and what the admin's own connection
// meets. The saved secret is only ever sent to the saved login host with the saved key.
import { API_VERSION, checkSetup, restGet, SalesforceError, type SalesforceApp } from '@sfsearch/salesforce';
import type { CheckResponse, SalesforceConfigChange } from '@sfsearch/contracts';
import type { Store } from '@sfsearch/store';
import { callbackUrl, type Config } from '../config.ts';
import { invalidRequest } from '../errors.ts';
import { setupProblemOf, type SetupProblemLog } from '../salesforce/setup-problems.ts';
import type { UserSessions } from '../salesforce/user-session.ts';
import { msg, translate, type Locale, type Message } from '../messages/messages.ts';
import { adviceIn, employeeAdvice, setupAdvice, type Advice } from './check-advice.ts';

export interface SetupCheckService {
  check(change: SalesforceConfigChange, adminUserId: string, locale: Locale): Promise<CheckResponse>;
}

export function createSetupCheckService(config: Config, store: Store, problems: SetupProblemLog, sessions: UserSessions): SetupCheckService {
  async function secretToCheck(change: SalesforceConfigChange): Promise<string> {
    if (change.consumerSecret) return change.consumerSecret;
    const saved = await store.config.getWithSecret();
    if (!saved) throw invalidRequest(msg('check.secret-to-check'));
    if (saved.loginHost !== change.loginHost || saved.consumerKey !== change.consumerKey) {
      throw invalidRequest(msg('check.secret-again'));
    }
    return saved.consumerSecret;
  }

  /** The admin's own connection, if they have one under the saved settings: can it use the API? */
  async function ownConnection(adminUserId: string): Promise<Advice | undefined> {
    try {
      await sessions.run(adminUserId, (session) => restGet(session, `/services/data/v${API_VERSION}/limits`));
      return undefined;
    } catch (error) {
      const problem = error instanceof SalesforceError ? setupProblemOf(error) : undefined;
      return problem ? employeeAdvice(problem, 'you') : undefined;
    }
  }

  return {
    async check(change, adminUserId, locale) {
      const app: SalesforceApp = {
        loginHost: change.loginHost, clientId: change.consumerKey, clientSecret: await secretToCheck(change), redirectUri: callbackUrl(config),
        scopes: change.scopes, timeoutMs: config.SALESFORCE_TIMEOUT_MS,
      };
      const probed = await checkSetup(app);
      const found: Advice[] = probed.problems.map((p) => setupAdvice(p.problem, change.loginHost));
      const notes: Message[] = [];
      const saved = await store.config.get();
      // What people met concerns the saved settings: only when those are what is checked.
      if (saved && saved.loginHost === change.loginHost && saved.consumerKey === change.consumerKey) {
        for (const [problem, people] of await problems.since(saved.updatedAt)) found.push(employeeAdvice(problem, people));
        const own = await ownConnection(adminUserId);
        if (own && !found.some((a) => a.code === own.code)) found.push(own);
      }
      if (probed.problems.length === 0 && !probed.secretVerified) {
        notes.push(msg('check.secret-unproven'));
      }
      const said = found.map((advice) => adviceIn(locale, advice));
      const [first] = said;
      return {
        ok: said.length === 0, ...(first ? { problem: first.problem, hint: first.hint } : {}), problems: said,
        ...(notes.length ? { notes: notes.map((note) => translate(locale, note)) } : {}),
      };
    },
  };
}
