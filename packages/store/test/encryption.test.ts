import { describe, expect, it } from 'vitest';
import { createKeyring, DecryptionError, generateEncryptionKey, parseEncryptionKeys, StoreConfigError } from '../src/index.ts';

describe('encryption of secrets', () => {
  const k1 = generateEncryptionKey('k1');
  const k2 = generateEncryptionKey('k2');

  it('round-trips, names its key and never repeats a nonce', () => {
    const ring = createKeyring([k1]);
    const a = ring.encrypt('refresh-token', 'alice', 'refresh_token');
    const b = ring.encrypt('refresh-token', 'alice', 'refresh_token');
    expect(a).toMatch(/^v1\.k1\./);
    expect(a).not.toBe(b);
    expect(a).not.toContain('refresh-token');
    expect(ring.decrypt(a, 'alice', 'refresh_token')).toBe('refresh-token');
    expect(ring.keyIdOf(a)).toBe('k1');
  });

  it("a value encrypted for one user cannot be decrypted as another's, nor as another kind", () => {
    const ring = createKeyring([k1]);
    const sealed = ring.encrypt('access', 'alice', 'access_token');
    expect(() => ring.decrypt(sealed, 'bob', 'access_token')).toThrow(DecryptionError);
    expect(() => ring.decrypt(sealed, 'alice', 'refresh_token')).toThrow(DecryptionError);
    // The error names the secret it was asked for, so the BFF can tell a person's tokens from the admin's secret.
    expect(() => ring.decrypt(sealed, 'bob', 'access_token')).toThrow(expect.objectContaining({ secretKind: 'access_token', code: 'decryption-failed' }));
  });

  it('refuses a tampered, truncated or foreign-key value', () => {
    const ring = createKeyring([k1]);
    const sealed = ring.encrypt('secret', 'alice', 'access_token');
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    expect(() => ring.decrypt(`${sealed.slice(0, -2)}${last}${sealed.at(-1)}`, 'alice', 'access_token')).toThrow(DecryptionError);
    expect(() => ring.decrypt(sealed.split('.').slice(0, 3).join('.'), 'alice', 'access_token')).toThrow(DecryptionError);
    expect(() => createKeyring([k2]).decrypt(sealed, 'alice', 'access_token')).toThrow(/key "k1", which is not configured/);
  });

  it('the first key encrypts and every key decrypts', () => {
    const old = createKeyring([k1]).encrypt('secret', 'alice', 'access_token');
    const rotated = createKeyring([k2, k1]);
    expect(rotated.decrypt(old, 'alice', 'access_token')).toBe('secret');
    expect(rotated.keyIdOf(rotated.encrypt('secret', 'alice', 'access_token'))).toBe('k2');
  });

  it('accepts keys as base64 text or bytes and refuses wrong sizes, ids and duplicates', () => {
    expect(() => createKeyring([{ id: 'raw', key: new Uint8Array(32) }])).not.toThrow();
    expect(() => createKeyring([{ id: 'short', key: Buffer.alloc(16).toString('base64') }])).toThrow(/32 bytes/);
    expect(() => createKeyring([{ id: 'has.dot', key: k1.key }])).toThrow(StoreConfigError);
    expect(() => createKeyring([k1, k1])).toThrow(/twice/);
    expect(() => createKeyring([])).toThrow(/At least one/);
  });

  it('parses a key list from one environment variable, newest first', () => {
    expect(parseEncryptionKeys(`k2:${k2.key}, k1:${k1.key}`)).toEqual([k2, k1]);
    expect(parseEncryptionKeys(k1.key)).toEqual([{ id: 'default', key: k1.key }]);
  });
});
