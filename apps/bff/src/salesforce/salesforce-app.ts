// The admin's configuration as the Salesforce client needs it.
import type { SalesforceApp } from '@sfsearch/salesforce';
import type { MarketplaceConfig, Store } from '@sfsearch/store';
import { callbackUrl, type Config } from '../config.ts';
import { AppError } from '../errors.ts';

export const NOT_CONFIGURED_MESSAGE = "Salesforce isn't set up yet — ask your intranet administrator.";

export function toSalesforceApp(config: Pick<Config, 'PUBLIC_URL'>, stored: MarketplaceConfig): SalesforceApp {
  return {
    loginHost: stored.loginHost,
    clientId: stored.consumerKey,
    clientSecret: stored.consumerSecret,
    redirectUri: callbackUrl(config),
    scopes: stored.scopes,
  };
}

/** Whether an admin has configured Salesforce, without decrypting the consumer secret. */
export async function requireConfigured(store: Store): Promise<void> {
  if (!(await store.config.get())) throw new AppError('not-configured', NOT_CONFIGURED_MESSAGE);
}

export async function requireConfiguredApp(config: Config, store: Store): Promise<{ app: SalesforceApp; generation: number }> {
  const stored = await store.config.getWithSecret();
  if (!stored) throw new AppError('not-configured', NOT_CONFIGURED_MESSAGE);
  return { app: toSalesforceApp(config, stored), generation: stored.generation };
}
