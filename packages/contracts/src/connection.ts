import * as z from 'zod/mini';

export const disconnectReasons = ['config-changed', 'token-expired', 'revoked'] as const;
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
});
export type Connection = z.infer<typeof connectionSchema>;
