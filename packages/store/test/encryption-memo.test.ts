// The keyring opens a cipher once per stored value: every search reads its person's token.
import type * as crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return { ...actual, createDecipheriv: (...args: Parameters<typeof actual.createDecipheriv>) => { opened.count++; return actual.createDecipheriv(...args); } };
});
const { createKeyring, DecryptionError, generateEncryptionKey } = await import('../src/index.ts');

describe('decrypted values remembered', () => {
  it('opens the cipher once per envelope, owner and kind, and never answers another owner or kind from memory', () => {
    const ring = createKeyring([generateEncryptionKey('k1')]);
    const sealed = ring.encrypt('access', 'alice', 'access_token');
    opened.count = 0;
    expect(ring.decrypt(sealed, 'alice', 'access_token')).toBe('access');
    expect(ring.decrypt(sealed, 'alice', 'access_token')).toBe('access');
    expect(opened.count).toBe(1);
    expect(() => ring.decrypt(sealed, 'bob', 'access_token')).toThrow(DecryptionError);
    expect(() => ring.decrypt(sealed, 'alice', 'refresh_token')).toThrow(DecryptionError);
    // A new value for the same person (a refresh) is a new envelope: decrypted afresh.
    const refreshed = ring.encrypt('access-2', 'alice', 'access_token');
    expect(ring.decrypt(refreshed, 'alice', 'access_token')).toBe('access-2');
    expect(opened.count).toBe(4);
  });

  it('remembers nothing that failed: a value that does not decrypt fails every time', () => {
    const ring = createKeyring([generateEncryptionKey('k1')]);
    const sealed = ring.encrypt('access', 'alice', 'access_token');
    const tampered = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.at(-1)}`;
    expect(() => ring.decrypt(tampered, 'alice', 'access_token')).toThrow(DecryptionError);
    expect(() => ring.decrypt(tampered, 'alice', 'access_token')).toThrow(DecryptionError);
  });
});
