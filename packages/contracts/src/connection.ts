import * as z from 'zod/mini';
import { recordTypeSchema } from './search.ts';

/**
 * Why an employee must connect again: the admin changed the settings, Salesforce ended the grant
 * (expired or revoked; Salesforce's invalid_grant does not say which), access was revoked,
 * the stored connection can no longer be read, or an admin disconnected them.
 */
export const disconnectReasons = ['config-changed', 'token-expired', 'revoked', 'unreadable', 'admin-disconnected'] as const;
export const disconnectReasonSchema = z.enum(disconnectReasons);
export type DisconnectReason = z.infer<typeof disconnectReasonSchema>;

export const connectionSchema = z.object({
  configured: z.boolean(),
  status: z.enum(['connected', 'not-connected', 'reconnect-required']),
  reason: z.optional(disconnectReasonSchema),
  salesforceUser: z.optional(z.object({
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    instanceUrl: z.string(),
  })),
  connectedAt: z.optional(z.string()),
  /** The record types the admin lets employees search: the type chips. */
  searchTypes: z.optional(z.array(recordTypeSchema)),
  /** When the person last searched (to the minute or so: written in batches). */
  lastUsedAt: z.optional(z.nullable(z.string())),
});
export type Connection = z.infer<typeof connectionSchema>;
