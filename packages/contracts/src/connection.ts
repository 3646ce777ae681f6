import { z } from 'zod';

export const disconnectReasons = ['config-changed', 'token-expired', 'revoked'] as const;
export const disconnectReasonSchema = z.enum(disconnectReasons);
export type DisconnectReason = z.infer<typeof disconnectReasonSchema>;

export const connectionSchema = z.object({
  configured: z.boolean(),
  status: z.enum(['connected', 'not-connected', 'reconnect-required']),
  reason: disconnectReasonSchema.optional(),
  salesforceUser: z.object({
    username: z.string(),
    displayName: z.string(),
    orgId: z.string(),
    instanceUrl: z.string(),
  }).optional(),
  connectedAt: z.string().optional(),
});
export type Connection = z.infer<typeof connectionSchema>;
