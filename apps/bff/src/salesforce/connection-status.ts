import type { Connection } from '@sfsearch/contracts';
import type { Store } from '@sfsearch/store';

/**
 * GET /api/salesforce/connection: the user's own disconnect reads as not-connected. `unwritten`:
 * a search this instance has not written down yet, newer than what the store knows.
 */
export async function connectionStatus(store: Store, userId: string, unwritten?: Date): Promise<Connection> {
  const [config, status] = await Promise.all([store.config.get(), store.tokens.getStatus(userId)]);
  const configured = config !== null;
  if (status.state === 'connected' && config && status.generation === config.generation) {
    return {
      configured, status: 'connected', connectedAt: status.connectedAt.toISOString(),
      lastUsedAt: (unwritten ?? status.lastUsedAt)?.toISOString() ?? null,
      salesforceUser: { username: status.identity.username, displayName: status.identity.displayName, orgId: status.identity.orgId, instanceUrl: status.instanceUrl },
    };
  }
  if (status.state === 'connected') return { configured, status: 'reconnect-required', reason: 'config-changed' };
  if (status.state === 'disconnected' && status.reason !== 'disconnected' && configured) return { configured, status: 'reconnect-required', reason: status.reason };
  return { configured, status: 'not-connected' };
}
