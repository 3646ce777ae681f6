// Connecting a person to Salesforce (OAuth 2.0 web server flow with PKCE), framework-free.
// `begin` makes the sign-in transaction and the authorize URL; `finish` redeems Salesforce's
// callback against it. The new grant is stored before the old one is revoked, so a reconnect
// that fails (a replayed code, Salesforce down) leaves a working connection working.
import { authorizationUrl, exchangeCode, newSignInTransaction, readIdentity, revokeToken, SalesforceError } from '@sfsearch/salesforce';
import { DecryptionError, StaleGenerationError, type Store } from '@sfsearch/store';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { safeReturnTo } from '../http/return-to.ts';
import { NOT_CONFIGURED_MESSAGE, revokeInBackground, toSalesforceApp } from './salesforce-app.ts';
import { setupProblemOf, setupProblemOfCallback, type SetupProblemLog } from './setup-problems.ts';

export interface SalesforceSignInTransaction {
  state: string;
  codeVerifier: string;
  returnTo: string;
  popup: boolean;
  /** The config generation it started under: a save in between makes its tokens stale. */
  generation: number;
}

/** A page the person reads: in a popup it also tells the widget how it went. */
export interface ConnectPage {
  status: number;
  ok: boolean;
  title: string;
  message: string;
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
  begin(input: { returnTo: unknown; popup: boolean }): Promise<BeginOutcome>;
  finish(input: { userId: string; transaction: SalesforceSignInTransaction | undefined; query: CallbackQuery }): Promise<FinishOutcome>;
  /** Revokes the person's grant at Salesforce, then forgets their tokens. */
  disconnect(userId: string): Promise<void>;
}

/** What Salesforce may put on the callback instead of a code, and what the person can do about it. */
const CALLBACK_ERRORS: Record<string, Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'>> = {
  access_denied: { status: 403, title: 'Salesforce access was not allowed', message: 'You chose not to allow access, so search stays off. Connect again whenever you like.' },
  OAUTH_EC_APP_NOT_FOUND: {
    status: 403, title: "This intranet's Salesforce app isn't installed",
    message: "Salesforce says the app this intranet uses isn't installed in your company's org. Tell your Salesforce administrator: install it under Setup → External Client App Manager (or Connected Apps OAuth Usage → Install), then connect again.",
  },
  OAUTH_APP_ACCESS_DENIED: {
    status: 403, title: "Your Salesforce administrator hasn't approved you for this app",
    message: "The app this intranet uses admits only users an administrator approved. Tell your Salesforce administrator: add your profile, or a permission set of yours, to the app's policies (Admin approved users are pre-authorized), then connect again.",
  },
};

const SETTINGS_CHANGED = { status: 409, title: 'The Salesforce settings changed', message: 'Your administrator changed the Salesforce connection while you were signing in. Connect again.' };

/** Why the code could not be redeemed, in words the person (or their admin) can act on. */
function redeemFailure(error: unknown): Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'> {
  const kind = error instanceof SalesforceError ? error.kind : undefined;
  switch (kind) {
    case 'app-not-installed':
      return CALLBACK_ERRORS.OAUTH_EC_APP_NOT_FOUND!;
    case 'grant-invalid':
      return { status: 400, title: 'This Salesforce sign-in was already used', message: 'Salesforce did not accept this sign-in: it was used already or took too long. Start again from the search widget.' };
    case 'client-invalid':
      return { status: 502, title: 'Salesforce refused the app settings', message: 'Salesforce no longer accepts the app credentials your administrator entered. Ask your intranet administrator to check the Salesforce settings.' };
    case 'timeout':
      return { status: 504, title: "Salesforce didn't answer", message: "Salesforce didn't answer in time, so you are not connected yet. Try again in a minute." };
    case 'unavailable':
      return { status: 502, title: "Salesforce isn't answering", message: "Salesforce isn't answering right now, so you are not connected yet. Try again in a minute." };
    default:
      return { status: 502, title: 'Could not finish connecting to Salesforce', message: 'Salesforce did not accept the sign-in. Try again; if it keeps failing, ask your intranet administrator.' };
  }
}

export function createSalesforceConnect(config: Config, store: Store, problems: SetupProblemLog, logger: Logger): SalesforceConnect {
  return {
    async begin({ returnTo: requested, popup }) {
      const returnTo = safeReturnTo(requested, config.PUBLIC_URL);
      const stored = await store.config.getWithSecret();
      if (!stored) return { kind: 'page', page: { status: 409, ok: false, title: 'Salesforce is not set up', message: NOT_CONFIGURED_MESSAGE, returnTo, popup } };
      const pkce = newSignInTransaction();
      return {
        kind: 'redirect',
        url: authorizationUrl(toSalesforceApp(config, stored), pkce),
        transaction: { state: pkce.state, codeVerifier: pkce.codeVerifier, returnTo, popup, generation: stored.generation },
      };
    },

    async finish({ userId, transaction, query }) {
      const returnTo = transaction?.returnTo ?? '/';
      const popup = transaction?.popup ?? false;
      const failed = (page: Omit<ConnectPage, 'ok' | 'returnTo' | 'popup'>): FinishOutcome => ({ kind: 'page', page: { ...page, ok: false, returnTo, popup } });

      if (!transaction || typeof query.state !== 'string' || query.state !== transaction.state) {
        return failed({ status: 400, title: 'This sign-in link is no longer valid', message: 'It expired, was already used, or did not start here. Start again from the search widget.' });
      }
      if (query.error !== undefined) {
        logger.info({ user: userId, error: String(query.error) }, 'Salesforce sign-in ended with an error');
        const problem = setupProblemOfCallback(query.error);
        if (problem) problems.record(userId, problem);
        return failed(CALLBACK_ERRORS[String(query.error)]
          ?? { status: 400, title: 'Salesforce refused the sign-in', message: `Salesforce said: ${String(query.error_description ?? query.error)}. Ask your intranet administrator to check the Salesforce settings.` });
      }
      if (typeof query.code !== 'string' || query.code === '') return failed({ status: 400, title: 'Salesforce did not send a code', message: 'Start again from the search widget.' });

      const stored = await store.config.getWithSecret();
      if (!stored || stored.generation !== transaction.generation) return failed(SETTINGS_CHANGED);
      const app = toSalesforceApp(config, stored);

      let tokens;
      let identity;
      try {
        tokens = await exchangeCode(app, query.code, transaction.codeVerifier);
        if (!tokens.refreshToken) {
          revokeInBackground(app, tokens.accessToken, logger);
          return failed({ status: 502, title: 'Salesforce did not allow offline access', message: 'The Salesforce app must grant the refresh_token scope. Ask your intranet administrator.' });
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
        }));
      } catch (error) {
        if (!(error instanceof StaleGenerationError)) throw error;
        revokeInBackground(app, tokens.refreshToken, logger);
        return failed(SETTINGS_CHANGED);
      }
      // Salesforce keeps five refresh tokens per user and app: the one this replaced goes back now.
      if (replaced && replaced !== tokens.refreshToken) revokeInBackground(app, replaced, logger);
      logger.info({ user: userId, salesforceUser: identity.userId, org: identity.orgId }, 'connected to Salesforce');
      if (!popup) return { kind: 'redirect', location: returnTo };
      return { kind: 'page', page: { status: 200, ok: true, title: 'Connected to Salesforce', message: `You are connected as ${identity.displayName} (${identity.username}).`, returnTo, popup } };
    },

    async disconnect(userId) {
      const stored = await store.config.get();
      const revoke = (token: string) => (stored ? revokeToken({ loginHost: stored.loginHost, timeoutMs: config.SALESFORCE_TIMEOUT_MS }, token) : Promise.resolve())
        .catch((err: unknown) => logger.warn({ err, user: userId }, 'could not revoke at Salesforce on disconnect'));
      // Revoke at Salesforce first, then forget (and revoke whatever else the vault held). A row
      // that no longer decrypts is forgotten all the same.
      const usable = await store.tokens.getUsable(userId).catch((error: unknown) => {
        if (error instanceof DecryptionError) return null;
        throw error;
      });
      if (usable) await revoke(usable.refreshToken);
      const erased = await store.tokens.markDisconnected(userId, 'disconnected');
      // Disconnecting themselves, people take their recent searches with them (docs/decisions/0033).
      await store.recentSearches.clear(userId);
      if (erased?.refreshToken && erased.refreshToken !== usable?.refreshToken) await revoke(erased.refreshToken);
      logger.info({ user: userId }, 'disconnected from Salesforce');
    },
  };
}
