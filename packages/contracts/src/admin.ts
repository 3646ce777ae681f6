import { z } from 'zod';
import { normaliseLoginHost } from './login-host.ts';

/** Scopes the admin may grant; the product needs api and a refresh token, id to read who connected. */
export const allowedScopes = ['api', 'refresh_token', 'offline_access', 'id', 'openid', 'profile', 'email', 'web'] as const;
export const DEFAULT_SCOPES = ['api', 'refresh_token', 'id'];

export const scopesSchema = z.array(z.string().trim().min(1)).transform((list, ctx) => {
  const scopes = [...new Set(list)];
  const unknown = scopes.filter((s) => !(allowedScopes as readonly string[]).includes(s));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `Unknown or too broad scope ${unknown.join(', ')}: choose from ${allowedScopes.join(', ')}.` });
    return z.NEVER;
  }
  const missing = ['api', 'id'].filter((s) => !scopes.includes(s));
  if (!scopes.includes('refresh_token') && !scopes.includes('offline_access')) missing.push('refresh_token');
  if (missing.length > 0) {
    ctx.addIssue({ code: 'custom', message: `Search needs the scopes ${missing.join(', ')}.` });
    return z.NEVER;
  }
  return scopes;
});

export const loginHostSchema = z.string({ error: 'The login host is required.' }).transform((value, ctx) => {
  const result = normaliseLoginHost(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  }
  return result.loginHost;
});

const consumerKeySchema = z.string({ error: 'The consumer key is required.' }).trim()
  .min(1, 'The consumer key is required.').max(256, 'The consumer key is too long.')
  .regex(/^[A-Za-z0-9._]+$/, 'The consumer key has only letters, digits, dots and underscores: copy it again from Salesforce.');
const consumerSecretSchema = z.string().trim().min(1, 'The consumer secret is empty.').max(256, 'The consumer secret is too long.');

/** PUT /api/admin/marketplace/salesforce — the secret may be left out to keep the stored one. */
export const salesforceConfigUpdateSchema = z.object({
  consumerKey: consumerKeySchema,
  consumerSecret: consumerSecretSchema.optional(),
  loginHost: loginHostSchema,
  scopes: scopesSchema.default(DEFAULT_SCOPES),
});
export type SalesforceConfigUpdate = z.input<typeof salesforceConfigUpdateSchema>;
export type SalesforceConfigChange = z.output<typeof salesforceConfigUpdateSchema>;

/** POST …/check: the same fields, checked against Salesforce without saving. */
export const salesforceConfigCheckSchema = salesforceConfigUpdateSchema;

export const salesforceConfigSchema = z.object({
  configured: z.boolean(),
  consumerKey: z.string(),
  hasConsumerSecret: z.boolean(),
  loginHost: z.string(),
  scopes: z.array(z.string()),
  callbackUrl: z.string(),
  connectedUsers: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  apiUsage: z.object({ used: z.number(), limit: z.number(), at: z.string() }).nullable(),
});
export type SalesforceConfig = z.infer<typeof salesforceConfigSchema>;

export const saveConfigResponseSchema = z.object({ purgedTokens: z.number().int() });
export type SaveConfigResponse = z.infer<typeof saveConfigResponseSchema>;

export const checkResponseSchema = z.object({
  ok: z.boolean(),
  problem: z.string().optional(),
  hint: z.string().optional(),
});
export type CheckResponse = z.infer<typeof checkResponseSchema>;
