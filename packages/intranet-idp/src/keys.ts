import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'oidc-provider';

let signingKey: JWK | undefined;
let cookieKey: string | undefined;

/**
 * One RS256 signing key per process: every IdP started in this process (tests start several)
 * signs with it, and oidc-provider does not warn about "quick start development-only keys".
 */
export function processSigningKey(): JWK {
  if (!signingKey) {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    signingKey = {
      ...(privateKey.export({ format: 'jwk' }) as JWK),
      kid: `intranet-idp-${randomBytes(6).toString('hex')}`,
      use: 'sig',
      alg: 'RS256',
    };
  }
  return signingKey;
}

/** Key that signs the IdP's cookies (`idp_session.sig`, …); sessions die with the process anyway. */
export function processCookieKey(): string {
  cookieKey ??= randomBytes(32).toString('base64url');
  return cookieKey;
}
