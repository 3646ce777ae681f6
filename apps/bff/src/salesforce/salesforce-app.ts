// The admin's configuration as the Salesforce client needs it.
import { revokeToken, type SalesforceApp } from '@sfsearch/salesforce';
import type { MarketplaceConfig, Store } from '@sfsearch/store';
import type { Logger } from 'pino';
import { callbackUrl, type Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { msg } from '../messages/messages.ts';

export const notConfigured = () => new AppError('not-configured', msg('connection.not-configured'));

export function toSalesforceApp(config: Pick<Config, 'PUBLIC_URL' | 'SALESFORCE_TIMEOUT_MS'>, stored: MarketplaceConfig): SalesforceApp {
  return {
    loginHost: stored.loginHost,
    clientId: stored.consumerKey,
    clientSecret: stored.consumerSecret,
    redirectUri: callbackUrl(config),
    scopes: stored.scopes,
    timeoutMs: config.SALESFORCE_TIMEOUT_MS,
  };
}

/** Whether an admin has configured Salesforce, without decrypting the consumer secret. */
export async function requireConfigured(store: Store): Promise<void> {
  if (!(await store.config.get())) throw notConfigured();
}

export async function requireConfiguredApp(config: Config, store: Store): Promise<SalesforceApp> {
  const stored = await store.config.getWithSecret();
  if (!stored) throw notConfigured();
  return toSalesforceApp(config, stored);
}

/**
 * Gives a token back to Salesforce without keeping the person waiting: a token Salesforce no
 * longer honours is harmless, and a failure only leaves one the person can revoke themselves.
 */
export function revokeInBackground(app: Pick<SalesforceApp, 'loginHost' | 'timeoutMs'>, token: string, logger: Logger): void {
  revokeToken(app, token).catch((err: unknown) => logger.warn({ err }, 'could not revoke a Salesforce token'));
}
