import type { Connection } from '@sfsearch/contracts';
import type { Store } from '@sfsearch/store';

/** GET /api/salesforce/connection: the user's own disconnect reads as not-connected. */
export async function connectionStatus(store: Store, userId: string): Promise<Connection> {
  const [config, status] = await Promise.all([store.config.get(), store.tokens.getStatus(userId)]);
  const configured = config !== null;
  if (status.state === 'connected' && config && status.generation === config.generation) {
    return {
      configured, status: 'connected', connectedAt: status.connectedAt.toISOString(),
      salesforceUser: { username: status.identity.username, displayName: status.identity.displayName, orgId: status.identity.orgId, instanceUrl: status.instanceUrl },
    };
  }
  if (status.state === 'connected') return { configured, status: 'reconnect-required', reason: 'config-changed' };
  if (status.state === 'disconnected' && status.reason !== 'disconnected' && configured) return { configured, status: 'reconnect-required', reason: status.reason };
  return { configured, status: 'not-connected' };
}
