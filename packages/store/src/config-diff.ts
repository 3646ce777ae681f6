import { InvalidConfigError } from './errors.ts';
import type { ConfigChange, ConfigField } from './types.ts';

export interface NormalizedConfig {
  consumerKey: string;
  consumerSecret: string;
  loginHost: string;
  scopes: string[];
}

/** What is stored; the secret is null when it cannot be decrypted (its key is gone). */
export type StoredConfig = Omit<NormalizedConfig, 'consumerSecret'> & { consumerSecret: string | null };

/**
 * Spelling differences must not count as a change (a purge signs every employee out):
 * the login host loses trailing slashes and its case, scopes are a set.
 */
export function normalizeLoginHost(loginHost: string): string {
  const trimmed = loginHost.trim().replace(/\/+$/, '');
  try {
    const url = new URL(trimmed);
    if (url.pathname === '/' && url.search === '' && url.hash === '') return url.origin;
  } catch {
    // Not a URL: keep the admin's text; validating it is the BFF's job.
  }
  return trimmed;
}

export function normalizeScopes(scopes: readonly string[]): string[] {
  const names = scopes.flatMap((s) => s.split(/\s+/)).filter((s) => s !== '');
  return [...new Set(names)].sort();
}

export function scopesToText(scopes: readonly string[]): string {
  return scopes.join(' ');
}

export function scopesFromText(text: string | null): string[] {
  return text === null || text === '' ? [] : text.split(' ');
}

/** The config the change asks for, given what is stored (the secret is write-only: omitted keeps it). */
export function applyChange(stored: StoredConfig | null, change: ConfigChange): NormalizedConfig {
  const consumerSecret = change.consumerSecret ?? stored?.consumerSecret;
  if (consumerSecret === undefined || consumerSecret === null || consumerSecret === '') {
    throw new InvalidConfigError(
      stored === null
        ? 'A consumer secret is needed the first time the connection is saved.'
        : 'The stored consumer secret cannot be read with the configured keys; enter it again.',
    );
  }
  const consumerKey = change.consumerKey.trim();
  if (consumerKey === '') throw new InvalidConfigError('The consumer key must not be empty.');
  const loginHost = normalizeLoginHost(change.loginHost);
  if (loginHost === '') throw new InvalidConfigError('The login host must not be empty.');
  return { consumerKey, consumerSecret, loginHost, scopes: normalizeScopes(change.scopes) };
}

/** Names of the fields that differ; the first save reports every field. */
export function changedFields(stored: StoredConfig | null, next: NormalizedConfig): ConfigField[] {
  if (stored === null) return ['consumerKey', 'consumerSecret', 'loginHost', 'scopes'];
  const fields: ConfigField[] = [];
  if (stored.consumerKey !== next.consumerKey) fields.push('consumerKey');
  if (stored.consumerSecret !== next.consumerSecret) fields.push('consumerSecret');
  if (stored.loginHost !== next.loginHost) fields.push('loginHost');
  if (scopesToText(stored.scopes) !== scopesToText(next.scopes)) fields.push('scopes');
  return fields;
}
