// Connecting a person to Salesforce (OAuth 2.0 web server flow with PKCE), framework-free.
// `begin` makes the sign-in transaction and the authorize URL; `finish` redeems Salesforce's
// callback against it. The new grant is stored before the old one is revoked, so a reconnect
// that fails (a replayed code, Salesforce down) leaves a working connection working.
import { authorizationUrl, exchangeCode, newSignInTransaction, readIdentity, revokeToken, SalesforceError } from '@sfsearch/salesforce';
import { DecryptionError, StaleGenerationError, type IntranetPerson, type Store } from '@sfsearch/store';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { safeReturnTo } from '../http/return-to.ts';
import { msg, type Locale, type Message } from '../messages/messages.ts';
import { revokeInBackground, toSalesforceApp } from './salesforce-app.ts';
import { setupProblemOf, setupProblemOfCallback, type SetupProblemLog } from './setup-problems.ts';

export interface SalesforceSignInTransaction {
  state: string;
  codeVerifier: string;
  returnTo: string;
  popup: boolean;
  /** The config generation it started under: a save in between makes its tokens stale. */
  generation: number;
  /** The language the person started in: the callback's page answers in it. */
  locale: Locale;
}

/** A page the person reads: in a popup it also tells the widget how it went. */
export interface ConnectPage {
  status: number;
  ok: boolean;
  title: Message;
  message: Message;
  returnTo: string;
  popup: boolean;
}

export type BeginOutcome =
  | { kind: 'redirect'; url: string; transaction: SalesforceSignInTransaction }
  | { kind: 'page'; page: ConnectPage };

export type FinishOutcome =
  | { kind: 'redirect'; location: string }
  | { kind: 'page'; page: ConnectPage };

/** What Salesforce put on the callback URL. */
export interface CallbackQuery {
  state?: unknown;
  code?: unknown;
  error?: unknown;
  error_description?: unknown;
}

export interface SalesforceConnect {
  begin(input: { returnTo: unknown; popup: boolean; locale: Locale }): Promise<BeginOutcome>;
  finish(input: { userId: string; person: IntranetPerson; transaction: SalesforceSignInTransaction | undefined; query: CallbackQuery }): Promise<FinishOutcome>;
  /**
   * Revokes the person's grant at Salesforce, then forgets their tokens; audited. `admin`: an
   * intranet admin ends someone's connection (they keep their recent searches, and are told why).
   */
  disconnect(userId: string, admin?: string): Promise<{ wasConnected: boolean; revoked: boolean }>;
}

/** What Salesforce may put on the callback instead of a code, and what the person can do about it. */
const CALLBACK_ERRORS: Record<string, Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'>> = {
  access_denied: { status: 403, title: msg('connect.access-denied'), message: msg('connect.access-denied-how') },
  OAUTH_EC_APP_NOT_FOUND: { status: 403, title: msg('connect.app-not-found'), message: msg('connect.app-not-found-how') },
  OAUTH_APP_ACCESS_DENIED: { status: 403, title: msg('connect.not-approved'), message: msg('connect.not-approved-how') },
};

const SETTINGS_CHANGED = { status: 409, title: msg('connect.settings-changed'), message: msg('connect.settings-changed-how') };

/** Why the code could not be redeemed, in words the person (or their admin) can act on. */
function redeemFailure(error: unknown): Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'> {
  const kind = error instanceof SalesforceError ? error.kind : undefined;
  switch (kind) {
    case 'app-not-installed':
      return CALLBACK_ERRORS.OAUTH_EC_APP_NOT_FOUND!;
    case 'grant-invalid':
      return { status: 400, title: msg('connect.code-used'), message: msg('connect.code-used-how') };
    case 'client-invalid':
      return { status: 502, title: msg('connect.client-invalid'), message: msg('salesforce.client-invalid') };
    case 'timeout':
      return { status: 504, title: msg('connect.timeout'), message: msg('connect.timeout-how') };
    case 'unavailable':
      return { status: 502, title: msg('page.salesforce-unavailable'), message: msg('connect.unavailable-how') };
    default:
      return { status: 502, title: msg('connect.failed'), message: msg('connect.failed-how') };
  }
}

export function createSalesforceConnect(config: Config, store: Store, problems: SetupProblemLog, logger: Logger): SalesforceConnect {
  return {
    async begin({ returnTo: requested, popup, locale }) {
      const returnTo = safeReturnTo(requested, config.PUBLIC_URL);
      const stored = await store.config.getWithSecret();
      if (!stored) return { kind: 'page', page: { status: 409, ok: false, title: msg('page.not-configured'), message: msg('connection.not-configured'), returnTo, popup } };
      const pkce = newSignInTransaction();
      return {
        kind: 'redirect',
        url: authorizationUrl(toSalesforceApp(config, stored), pkce),
        transaction: { state: pkce.state, codeVerifier: pkce.codeVerifier, returnTo, popup, generation: stored.generation, locale },
      };
    },

    async finish({ userId, person, transaction, query }) {
      const returnTo = transaction?.returnTo ?? '/';
      const popup = transaction?.popup ?? false;
      const failed = (page: Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'>): FinishOutcome => ({ kind: 'page', page: { ...page, ok: false, returnTo, popup } });

      if (!transaction || typeof query.state !== 'string' || query.state !== transaction.state) {
        return failed({ status: 400, title: msg('connect.link-invalid'), message: msg('connect.link-invalid-how') });
      }
      if (query.error !== undefined) {
        logger.info({ user: userId, error: String(query.error) }, 'Salesforce sign-in ended with an error');
        const problem = setupProblemOfCallback(query.error);
        if (problem) problems.record(userId, problem);
        return failed(CALLBACK_ERRORS[String(query.error)]
          ?? { status: 400, title: msg('connect.refused'), message: msg('connect.refused-how', { detail: String(query.error_description ?? query.error) }) });
      }
      if (typeof query.code !== 'string' || query.code === '') return failed({ status: 400, title: msg('connect.no-code'), message: msg('connect.start-again') });

      const stored = await store.config.getWithSecret();
      if (!stored || stored.generation !== transaction.generation) return failed(SETTINGS_CHANGED);
      const app = toSalesforceApp(config, stored);

      let tokens;
      let identity;
      try {
        tokens = await exchangeCode(app, query.code, transaction.codeVerifier);
        if (!tokens.refreshToken) {
          revokeInBackground(app, tokens.accessToken, logger);
          return failed({ status: 502, title: msg('connect.no-offline-access'), message: msg('connect.no-offline-access-how') });
        }
        identity = await readIdentity({ ...tokens, timeoutMs: app.timeoutMs }, tokens.identityUrl);
      } catch (error) {
        logger.warn({ err: error, user: userId }, 'Salesforce sign-in failed');
        const problem = setupProblemOf(error);
        if (problem) problems.record(userId, problem);
        if (tokens?.refreshToken) revokeInBackground(app, tokens.refreshToken, logger);
        return failed(redeemFailure(error));
      }

      let replaced: string | null;
      try {
        ({ replacedRefreshToken: replaced } = await store.tokens.saveConnected(userId, {
          generation: transaction.generation, instanceUrl: tokens.instanceUrl, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken,
          scopes: tokens.scopes, salesforceUserId: identity.userId, username: identity.username, displayName: identity.displayName, orgId: identity.orgId,
          person,
        }));
      } catch (error) {
        if (!(error instanceof StaleGenerationError)) throw error;
        revokeInBackground(app, tokens.refreshToken, logger);
        return failed(SETTINGS_CHANGED);
      }
      // Salesforce keeps five refresh tokens per user and app: the one this replaced goes back now.
      if (replaced && replaced !== tokens.refreshToken) revokeInBackground(app, replaced, logger);
      logger.info({ user: userId, salesforceUser: identity.userId, org: identity.orgId }, 'connected to Salesforce');
      await store.audit.append({ actor: userId, action: 'salesforce.connected', details: { user: userId, salesforceUsername: identity.username, org: identity.orgId } });
      if (!popup) return { kind: 'redirect', location: returnTo };
      return { kind: 'page', page: { status: 200, ok: true, title: msg('connect.connected'), message: msg('connect.connected-as', { name: identity.displayName, username: identity.username }), returnTo, popup } };
    },

    async disconnect(userId, admin) {
      const stored = await store.config.get();
      let revoked = false;
      const revoke = (token: string) => (stored ? revokeToken({ loginHost: stored.loginHost, timeoutMs: config.SALESFORCE_TIMEOUT_MS }, token) : Promise.resolve())
        .then(() => { revoked = stored !== null; })
        .catch((err: unknown) => logger.warn({ err, user: userId }, 'could not revoke at Salesforce on disconnect'));
      // Revoke at Salesforce first, then forget (and revoke whatever else the vault held). A row
      // that no longer decrypts is forgotten all the same.
      const usable = await store.tokens.getUsable(userId).catch((error: unknown) => {
        if (error instanceof DecryptionError) return null;
        throw error;
      });
      if (usable) await revoke(usable.refreshToken);
      const erased = await store.tokens.markDisconnected(userId, admin ? 'admin-disconnected' : 'disconnected');
      // Disconnecting themselves, people take their recent searches with them (docs/decisions/0033).
      if (!admin) await store.recentSearches.clear(userId);
      if (erased?.refreshToken && erased.refreshToken !== usable?.refreshToken) await revoke(erased.refreshToken);
      if (erased) {
        await store.audit.append(admin
          ? { actor: admin, action: 'salesforce.admin-disconnected', details: { user: userId, revoked } }
          : { actor: userId, action: 'salesforce.disconnected', details: { user: userId, revoked } });
      }
      logger.info({ user: userId, by: admin ?? userId }, 'disconnected from Salesforce');
      return { wasConnected: erased !== null, revoked };
    },
  };
}
