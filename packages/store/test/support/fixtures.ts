import type { ConfigChange, ConnectedGrant, Store } from '../../src/index.ts';

export const ADMIN = 'admin-1';

export function configChange(overrides: Partial<ConfigChange> = {}): ConfigChange {
  return {
    consumerKey: '3MVG9-consumer-key-A',
    consumerSecret: 'consumer-secret-A',
    loginHost: 'https://login.salesforce.com',
    scopes: ['api', 'refresh_token', 'id'],
    ...overrides,
  };
}

export function grant(userId: string, generation: number, overrides: Partial<ConnectedGrant> = {}): ConnectedGrant {
  return {
    generation,
    instanceUrl: 'https://acme.my.salesforce.com',
    accessToken: `access-${userId}`,
    refreshToken: `refresh-${userId}`,
    scopes: ['api', 'refresh_token', 'id'],
    salesforceUserId: `005-${userId}`,
    username: `${userId}@acme.example`,
    displayName: `User ${userId}`,
    orgId: '00D-acme',
    ...overrides,
  };
}

/** Saves the default config and connects `users`; returns the generation they are on. */
export async function configuredWithUsers(store: Store, users: readonly string[]): Promise<number> {
  const { generation } = await store.config.save(configChange(), ADMIN);
  for (const user of users) await store.tokens.saveConnected(user, grant(user, generation));
  return generation;
}
