// Every employee's connection as the admin sees it, framework-free: the list (this instance's
// unwritten "last used" times written first), ending one person's connection, and the audit trail.
import type { AuditResponse, ConnectionEntry, ConnectionsQuery, ConnectionsResponse } from '@sfsearch/contracts';
import type { ConnectionListEntry, Store } from '@sfsearch/store';
import { AppError } from '../errors.ts';
import { msg } from '../messages/messages.ts';
import type { LastUsed } from '../salesforce/last-used.ts';
import type { SalesforceConnect } from '../salesforce/salesforce-connect.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

function entryView(entry: ConnectionListEntry): ConnectionEntry {
  const { identity } = entry;
  return {
    userId: entry.userId,
    person: entry.person,
    salesforceUser: identity ? { username: identity.username, displayName: identity.displayName, orgId: identity.orgId } : null,
    state: entry.state,
    // The person's own disconnect is a state, not a reason to reconnect.
    ...(entry.reason && entry.reason !== 'disconnected' ? { reason: entry.reason } : {}),
    connectedAt: iso(entry.connectedAt),
    lastUsedAt: iso(entry.lastUsedAt),
    refreshedAt: iso(entry.refreshedAt),
    disconnectedAt: iso(entry.disconnectedAt),
  };
}

export interface ConnectionsService {
  list(query: ConnectionsQuery): Promise<ConnectionsResponse>;
  disconnect(admin: string, userId: string): Promise<{ revoked: boolean }>;
  audit(page: { limit: number; before?: number | undefined }): Promise<AuditResponse>;
  /** Every audit entry, newest first, a page at a time: for the CSV download. */
  auditPages(pageSize?: number): AsyncGenerator<AuditResponse['entries']>;
}

export function createConnectionsService(store: Store, connect: SalesforceConnect, lastUsed: LastUsed): ConnectionsService {
  const audit = async ({ limit, before }: { limit: number; before?: number | undefined }): Promise<AuditResponse> => {
    // One more than asked tells whether there is a next page.
    const rows = await store.audit.list({ limit: limit + 1, ...(before !== undefined ? { before } : {}) });
    const entries = rows.slice(0, limit).map((e) => ({ id: e.id, at: e.at.toISOString(), actor: e.actor, action: e.action, details: e.details }));
    return { entries, next: rows.length > limit ? entries[entries.length - 1]!.id : null };
  };
  return {
    async list({ q, limit, offset }) {
      await lastUsed.flush();
      const { total, entries } = await store.tokens.list({ q, limit, offset });
      return { total, offset, limit, entries: entries.map(entryView) };
    },
    async disconnect(admin, userId) {
      const { wasConnected, revoked } = await connect.disconnect(userId, admin);
      if (!wasConnected) throw new AppError('not-found', msg('admin.no-such-connection'));
      return { revoked };
    },
    audit,
    async *auditPages(pageSize = 500) {
      let before: number | undefined;
      do {
        const page = await audit({ limit: pageSize, before });
        yield page.entries;
        before = page.next ?? undefined;
      } while (before !== undefined);
    },
  };
}
