// The admin's view of every connection (issue 14): who is connected, the audit trail.
import * as z from 'zod/mini';
import { disconnectReasonSchema } from './connection.ts';

export const CONNECTIONS_PAGE_DEFAULT = 25;
export const CONNECTIONS_PAGE_MAX = 100;
export const CONNECTIONS_OFFSET_MAX = 100_000;
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;
export const LIST_QUERY_MAX_LENGTH = 100;

/** A whole number from `min` to `max`, from a query string; `problem` names what is wrong. */
const bounded = (min: number, max: number, problem: 'paging.limit' | 'paging.offset' | 'paging.before') =>
  /* @__PURE__ */ z.coerce.number({ error: problem }).check(z.int(problem), z.minimum(min, problem), z.maximum(max, problem));

/** GET /api/admin/marketplace/salesforce/connections?q=&limit=&offset= (messages are problem keys: problems.ts) */
export const connectionsQuerySchema = z.object({
  q: z._default(z.string({ error: 'paging.q' }).check(z.trim(), z.maxLength(LIST_QUERY_MAX_LENGTH, 'paging.q')), ''),
  limit: z._default(bounded(1, CONNECTIONS_PAGE_MAX, 'paging.limit'), CONNECTIONS_PAGE_DEFAULT),
  offset: z._default(bounded(0, CONNECTIONS_OFFSET_MAX, 'paging.offset'), 0),
});
export type ConnectionsQuery = z.infer<typeof connectionsQuerySchema>;

export const connectionEntrySchema = z.object({
  userId: z.string(),
  /** The intranet person, as their sign-in named them (null for connections made before it was kept). */
  person: z.nullable(z.object({ name: z.string(), email: z.string() })),
  salesforceUser: z.nullable(z.object({ username: z.string(), displayName: z.string(), orgId: z.string() })),
  state: z.enum(['connected', 'reconnect-required', 'disconnected']),
  reason: z.optional(disconnectReasonSchema),
  connectedAt: z.nullable(z.string()),
  lastUsedAt: z.nullable(z.string()),
  refreshedAt: z.nullable(z.string()),
  disconnectedAt: z.nullable(z.string()),
});
export type ConnectionEntry = z.infer<typeof connectionEntrySchema>;

export const connectionsResponseSchema = z.object({
  total: z.number().check(z.int()),
  offset: z.number().check(z.int()),
  limit: z.number().check(z.int()),
  entries: z.array(connectionEntrySchema),
});
export type ConnectionsResponse = z.infer<typeof connectionsResponseSchema>;

/** POST /api/admin/marketplace/salesforce/connections/:userId/disconnect */
export const adminDisconnectResponseSchema = z.object({ ok: z.literal(true), revoked: z.boolean() });
export type AdminDisconnectResponse = z.infer<typeof adminDisconnectResponseSchema>;

/** GET /api/admin/marketplace/salesforce/audit?limit=&before= (newest first; `before` is an entry id) */
export const auditQuerySchema = z.object({
  limit: z._default(bounded(1, AUDIT_PAGE_MAX, 'paging.limit'), AUDIT_PAGE_DEFAULT),
  before: z.optional(bounded(1, Number.MAX_SAFE_INTEGER, 'paging.before')),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** What happened: settings changed, a purge, an admin disconnecting someone, people connecting and disconnecting. */
export const auditActions = [
  'marketplace.config.changed', 'salesforce.admin-disconnected', 'salesforce.connected', 'salesforce.disconnected', 'salesforce.setup-problem',
] as const;

export const auditEntrySchema = z.object({
  id: z.number().check(z.int()),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  /** Field names, counts and whom it concerned; never a value of a setting. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** The `before` of the next page; null on the last. */
  next: z.nullable(z.number().check(z.int())),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;
