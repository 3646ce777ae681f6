// Configuration, parsed once at start: a bad value stops the process naming every bad key.
import { z } from 'zod';

const list = (value: string | undefined) => (value ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
const url = (name: string) => z.string({ error: `${name} is required` }).url(`${name} must be a URL, e.g. http://127.0.0.1:3000`).transform((v) => v.replace(/\/+$/, ''));
const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const flag = (name: string) => z.enum(['true', 'false', '1', '0', ''], { error: `${name} must be true or false` }).default('false').transform((v) => v === 'true' || v === '1');

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Where people reach the BFF; the OAuth redirect URI is built from it and nothing else. */
  PUBLIC_URL: url('PUBLIC_URL'),
  DATABASE_URL: z.string().optional(),
  /** Comma-separated `id:base64key` pairs, newest first (see packages/store). */
  ENCRYPTION_KEYS: z.string({ error: 'ENCRYPTION_KEYS is required (id:base64-32-bytes, newest first)' }).min(1, 'ENCRYPTION_KEYS is required'),
  SESSION_SECRET: z.string({ error: 'SESSION_SECRET is required' }).min(32, 'SESSION_SECRET must be at least 32 characters'),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(60),
  SESSION_ABSOLUTE_MINUTES: z.coerce.number().positive().default(12 * 60),
  OIDC_ISSUER: url('OIDC_ISSUER'),
  OIDC_CLIENT_ID: z.string({ error: 'OIDC_CLIENT_ID is required' }).min(1, 'OIDC_CLIENT_ID is required'),
  OIDC_CLIENT_SECRET: z.string({ error: 'OIDC_CLIENT_SECRET is required' }).min(1, 'OIDC_CLIENT_SECRET is required'),
  OIDC_SCOPES: z.string().default('openid profile email groups'),
  /** The claim that lists a person's groups, and the group that makes them an admin. */
  ADMIN_CLAIM: z.string().default('groups'),
  ADMIN_GROUP: z.string().default('intranet-admins'),
  ADMIN_EMAILS: z.string().optional().transform((v) => list(v).map((e) => e.toLowerCase())),
  /** Intranet origins allowed to frame the widget (CSP frame-ancestors). */
  FRAME_ANCESTORS: z.string().optional().transform((v, ctx) => {
    const origins = list(v);
    for (const origin of origins) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) ctx.addIssue({ code: 'custom', message: `FRAME_ANCESTORS: "${origin}" is not an origin like https://intranet.example.com` });
    }
    return origins;
  }),
  WIDGET_DIST: z.string().optional(),
  SEARCHES_PER_MINUTE_PER_USER: positive(120),
  SEARCHES_PER_MINUTE_ORG: positive(1200),
  SIGN_INS_PER_MINUTE_PER_USER: positive(10),
  /** Intranet sign-ins come before we know who it is: counted per address (offices share one). */
  INTRANET_SIGN_INS_PER_MINUTE_PER_IP: positive(300),
  SALESFORCE_TIMEOUT_MS: positive(10_000),
  /** How long a sign-in (OAuth state, PKCE verifier) may take before its callback is refused. */
  SIGN_IN_TTL_SECONDS: z.coerce.number().positive().default(600),
  /**
   * How many proxies in front of the BFF to trust for X-Forwarded-For/-Proto/-Host (Express's
   * "trust proxy" hop count). 0, the default, trusts none: the socket address is the client,
   * so a forged X-Forwarded-For cannot dodge the per-address sign-in limit.
   */
  TRUST_PROXY: z.coerce.number({ error: 'TRUST_PROXY must be a number of proxy hops (0 trusts none)' }).int().min(0).max(10).default(0),
  /**
   * Development only: accept loopback login hosts (a local Salesforce emulator, over http or
   * https). Off in a deployment, so the admin page cannot be used to probe the BFF's own network.
   */
  ALLOW_LOCAL_LOGIN_HOSTS: flag('ALLOW_LOCAL_LOGIN_HOSTS'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.output<typeof configSchema>;

/** Settings that are fine one by one but not together. */
function checkTogether(config: Config): string[] {
  const problems: string[] = [];
  if (config.PUBLIC_URL.startsWith('https://') && config.TRUST_PROXY === 0) {
    problems.push('  TRUST_PROXY: PUBLIC_URL is https, so a TLS-terminating proxy forwards to the BFF: set TRUST_PROXY to how many proxies do (usually 1), or sessions cannot be kept');
  }
  return problems;
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  const lines = result.success ? checkTogether(result.data) : result.error.issues.map((issue) => `  ${issue.path.join('.') || '(config)'}: ${issue.message}`);
  if (result.success && lines.length === 0) return result.data;
  throw new ConfigError(`The BFF cannot start; fix these settings:\n${lines.join('\n')}`);
}

export const callbackUrl = (config: Pick<Config, 'PUBLIC_URL'>) => `${config.PUBLIC_URL}/marketplace/salesforce/account/sign-in/oauth2`;
