import type { Connection } from '@sfsearch/contracts';

export function isConnected(connection: Connection | undefined): boolean {
  return connection?.configured === true && connection.status === 'connected';
}
