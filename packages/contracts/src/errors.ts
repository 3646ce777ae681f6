import * as z from 'zod/mini';

/** Every error code the BFF answers with (DESIGN.md, HTTP contract) and its HTTP status. */
export const ERROR_STATUS = {
  'not-signed-in': 401,
  'forbidden': 403,
  'not-configured': 409,
  'not-connected': 409,
  'reconnect-required': 401,
  'invalid-request': 400,
  'not-found': 404,
  'rate-limited': 429,
  'salesforce-api-disabled': 403,
  'salesforce-insufficient-access': 403,
  'salesforce-rate-limited': 503,
  'salesforce-unavailable': 502,
  /** The BFF's own database is not answering: try again in a moment. */
  'service-unavailable': 503,
  'internal': 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const errorCodes = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    /** Why a reconnect is required, or which Salesforce limit was hit. */
    reason: z.optional(z.string()),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
