// Runs Salesforce calls with a person's token. On INVALID_SESSION_ID it refreshes once under the
// store's refresh lock (one refresh per person across instances) and retries once; requests of
// the same person that fail meanwhile wait for that refresh and share its outcome, instead of
// each taking the lock and trying again in turn. jsforce's own auto-refresh is never used
// (salesforce-api.md §6.3). All calls of one request share one deadline, SALESFORCE_TIMEOUT_MS.
import { refreshAccessToken, SalesforceError, type UserSession } from '@sfsearch/salesforce';
import { DecryptionError, type Store, type UsableToken } from '@sfsearch/store';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { AppError, reconnectRequired } from '../errors.ts';
import { msg } from '../messages/messages.ts';
import type { ApiBudget } from './api-budget.ts';
import { requireConfigured, revokeInBackground, requireConfiguredApp } from './salesforce-app.ts';

/** A person's Salesforce session, and who they are at Salesforce (`orgId/userId`). */
export interface PersonSession extends UserSession {
  salesforceKey: string;
}

export interface UserSessions {
  run<T>(userId: string, call: (session: PersonSession) => Promise<T>): Promise<T>;
}

/** Why a person has no usable token: Salesforce is not set up, or they must (re)connect. */
export async function notUsable(store: Store, userId: string): Promise<AppError> {
  await requireConfigured(store);
  const status = await store.tokens.getStatus(userId);
  if (status.state === 'disconnected' && status.reason !== 'disconnected') return reconnectRequired(status.reason);
  return new AppError('not-connected', msg('connection.not-connected'));
}

export function createUserSessions(config: Config, store: Store, logger: Logger, budget: Pick<ApiBudget, 'record'>): UserSessions {
  /** One refresh in flight per person and failed access token, in this process. */
  const inFlight = new Map<string, Promise<UsableToken>>();

  const refreshUnderLock = (userId: string, failedAccessToken: string, timeoutMs: number): Promise<UsableToken> =>
    store.withRefreshLock(userId, async (current) => {
      if (!current) throw await notUsable(store, userId);
      // Another instance refreshed while we waited for the lock: use theirs, do not refresh again.
      if (current.accessToken !== failedAccessToken) return current;
      const app = { ...(await requireConfiguredApp(config, store)), timeoutMs };
      let fresh;
      try {
        fresh = await refreshAccessToken(app, current.refreshToken);
      } catch (error) {
        if (error instanceof SalesforceError && error.kind === 'grant-invalid') {
          await store.tokens.markDisconnected(userId, 'token-expired');
          logger.info({ user: userId }, 'Salesforce refused the refresh token; the user must reconnect');
          throw reconnectRequired('token-expired', error);
        }
        throw error;
      }
      // Stored (rotated refresh token and new instance included) before anything uses it.
      const saved = await store.tokens.saveRefreshed(userId, {
        accessToken: fresh.accessToken, refreshToken: fresh.refreshToken, instanceUrl: fresh.instanceUrl,
      });
      if (!saved) {
        revokeInBackground(app, fresh.refreshToken ?? fresh.accessToken, logger);
        throw await notUsable(store, userId);
      }
      logger.info({ user: userId, rotated: fresh.refreshToken !== undefined }, 'refreshed a Salesforce session');
      return saved;
    });

  const refresh = (userId: string, failedAccessToken: string, timeoutMs: number): Promise<UsableToken> => {
    const key = `${userId}\u0000${failedAccessToken}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = refreshUnderLock(userId, failedAccessToken, timeoutMs).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return shared;
  };

  async function usableToken(userId: string): Promise<UsableToken> {
    let token: UsableToken | null;
    try {
      token = await store.tokens.getUsable(userId);
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
      // Tampered, swapped, or its key was dropped: forget it, and say so.
      await store.tokens.markDisconnected(userId, 'unreadable');
      logger.warn({ user: userId, err: error }, 'a stored Salesforce token does not decrypt for its owner');
      throw reconnectRequired('unreadable', error);
    }
    if (!token) throw await notUsable(store, userId);
    return token;
  }

  return {
    async run(userId, call) {
      const deadline = Date.now() + config.SALESFORCE_TIMEOUT_MS;
      const remaining = () => Math.max(1, deadline - Date.now());
      const token = await usableToken(userId);
      const salesforceKey = `${token.orgId}/${token.salesforceUserId}`;
      try {
        return await call({ accessToken: token.accessToken, instanceUrl: token.instanceUrl, timeoutMs: remaining(), salesforceKey, onCall: budget.record });
      } catch (error) {
        if (!(error instanceof SalesforceError && error.kind === 'session-invalid')) throw error;
      }
      const fresh = await refresh(userId, token.accessToken, remaining());
      return call({ accessToken: fresh.accessToken, instanceUrl: fresh.instanceUrl, timeoutMs: remaining(), salesforceKey, onCall: budget.record });
    },
  };
}
