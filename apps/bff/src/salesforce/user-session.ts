// Runs a Salesforce call with a user's token; on INVALID_SESSION_ID refreshes once under the
// store's refresh lock (one refresh per user across instances) and retries once. jsforce's own
// auto-refresh is never used (salesforce-api.md §6.3).
import { refreshAccessToken, revokeToken, SalesforceError, type UserSession } from '@sfsearch/salesforce';
import type { Store, UsableToken } from '@sfsearch/store';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { requireConfiguredApp } from './salesforce-app.ts';
import { reconnectRequired } from './salesforce-errors.ts';

export interface UserSessions {
  run<T>(userId: string, call: (session: UserSession) => Promise<T>): Promise<T>;
}

export async function notUsable(store: Store, userId: string): Promise<AppError> {
  const status = await store.tokens.getStatus(userId);
  if (status.state === 'disconnected' && status.reason !== 'disconnected') return reconnectRequired(status.reason);
  return new AppError('not-connected', 'Connect to Salesforce to search your records.');
}

export function createUserSessions(config: Config, store: Store, logger: Logger): UserSessions {
  const refresh = (userId: string, failedAccessToken: string): Promise<UsableToken> =>
    store.withRefreshLock(userId, async (current) => {
      if (!current) throw await notUsable(store, userId);
      // Someone refreshed while we waited for the lock: use theirs, do not refresh again.
      if (current.accessToken !== failedAccessToken) return current;
      const { app } = await requireConfiguredApp(config, store);
      let fresh;
      try {
        fresh = await refreshAccessToken(app, current.refreshToken);
      } catch (error) {
        if (error instanceof SalesforceError && error.kind === 'grant-invalid') {
          await store.tokens.markDisconnected(userId, 'token-expired');
          logger.info({ user: userId }, 'Salesforce refused the refresh token; the user must reconnect');
          throw reconnectRequired('token-expired');
        }
        throw error;
      }
      // Stored (rotated refresh token and new instance included) before anything uses it.
      const saved = await store.tokens.saveRefreshed(userId, {
        accessToken: fresh.accessToken, refreshToken: fresh.refreshToken, instanceUrl: fresh.instanceUrl,
      });
      if (!saved) {
        await revokeToken(app, fresh.refreshToken ?? fresh.accessToken).catch(() => undefined);
        throw await notUsable(store, userId);
      }
      logger.info({ user: userId, rotated: fresh.refreshToken !== undefined }, 'refreshed a Salesforce session');
      return saved;
    });

  return {
    async run(userId, call) {
      const token = await store.tokens.getUsable(userId);
      if (!token) throw await notUsable(store, userId);
      try {
        return await call({ accessToken: token.accessToken, instanceUrl: token.instanceUrl });
      } catch (error) {
        if (!(error instanceof SalesforceError && error.kind === 'session-invalid')) throw error;
      }
      const fresh = await refresh(userId, token.accessToken);
      return call({ accessToken: fresh.accessToken, instanceUrl: fresh.instanceUrl });
    },
  };
}
