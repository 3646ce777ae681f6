import { createCipheriv, createDecipheriv, createSecretKey, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { DecryptionError, StoreConfigError } from './errors.ts';

/** An encryption key from configuration: 32 bytes, raw or base64 (standard or url-safe). */
export interface EncryptionKeyInput {
  id: string;
  key: string | Uint8Array;
}

/** What a secret belongs to; bound into the ciphertext as additional authenticated data. */
export type SecretKind = 'access_token' | 'refresh_token' | 'consumer_secret' | 'recent_searches';

export interface Keyring {
  readonly currentKeyId: string;
  encrypt(plaintext: string, owner: string, kind: SecretKind): string;
  decrypt(envelope: string, owner: string, kind: SecretKind): string;
  /** The same, for a value read once (a purged token on its way to revocation): not remembered. */
  decryptOnce(envelope: string, owner: string, kind: SecretKind): string;
  /** The key id an envelope was sealed with (no decryption). */
  keyIdOf(envelope: string): string;
}

const VERSION = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** A fresh random key, in the shape `openStore` and `parseEncryptionKeys` accept. */
export function generateEncryptionKey(id: string = `k${Date.now().toString(36)}`): { id: string; key: string } {
  return { id, key: randomBytes(32).toString('base64') };
}

/**
 * Parses `id:base64key,id:base64key` (newest first), the form an environment variable can
 * hold. A single key without an id gets the id `default`.
 */
export function parseEncryptionKeys(text: string): EncryptionKeyInput[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p !== '');
  return parts.map((part) => {
    const colon = part.indexOf(':');
    return colon === -1 ? { id: 'default', key: part } : { id: part.slice(0, colon), key: part.slice(colon + 1) };
  });
}

function keyBytes(input: EncryptionKeyInput): Buffer {
  const bytes = typeof input.key === 'string' ? Buffer.from(input.key, 'base64') : Buffer.from(input.key);
  if (bytes.length !== 32) {
    throw new StoreConfigError(`Encryption key "${input.id}" must be 32 bytes (base64 of 32 bytes); it is ${bytes.length}.`);
  }
  return bytes;
}

/**
 * AES-256-GCM with a random 96-bit nonce per value. The envelope is
 * `v1.<keyId>.<nonce>.<ciphertext+tag>` (base64url), so each value names its key and keys
 * can rotate. The AAD binds the value to its owner and kind: a user's token copied onto
 * another user's row, or into another column, no longer decrypts.
 */
/**
 * What was decrypted stays known for as long as its envelope is what the store holds: every search
 * reads its person's token row, and opening a cipher costs more than the rest of the read. The
 * cache is keyed by the whole envelope (a fresh nonce per value) with its owner and kind, so a
 * value that changes, or is erased, is never answered from it; only values that decrypted are kept.
 */
const DECRYPTED_KEPT = 20_000;

export function createKeyring(inputs: readonly EncryptionKeyInput[]): Keyring {
  const first = inputs[0];
  if (first === undefined) throw new StoreConfigError('At least one encryption key is needed.');
  const keys = new Map<string, KeyObject>();
  for (const input of inputs) {
    if (!KEY_ID.test(input.id)) throw new StoreConfigError(`Encryption key id "${input.id}" must match ${KEY_ID}.`);
    if (keys.has(input.id)) throw new StoreConfigError(`Encryption key id "${input.id}" appears twice.`);
    // A KeyObject is about three times faster per operation than passing raw bytes.
    keys.set(input.id, createSecretKey(keyBytes(input)));
  }
  const currentKeyId = first.id;
  const currentKey = keys.get(currentKeyId) as KeyObject;
  const aad = (owner: string, kind: SecretKind) => Buffer.from(JSON.stringify([kind, owner]), 'utf8');
  const decrypted = new LRUCache<string, string>({ max: DECRYPTED_KEPT });

  return {
    currentKeyId,
    encrypt(plaintext, owner, kind) {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', currentKey, nonce);
      cipher.setAAD(aad(owner, kind));
      const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${VERSION}.${currentKeyId}.${nonce.toString('base64url')}.${sealed.toString('base64url')}`;
    },
    decrypt(envelope, owner, kind) {
      const cacheKey = `${kind}\u0000${owner}\u0000${envelope}`;
      const known = decrypted.get(cacheKey);
      if (known !== undefined) return known;
      const plaintext = open(envelope, owner, kind);
      decrypted.set(cacheKey, plaintext);
      return plaintext;
    },
    decryptOnce: (envelope, owner, kind) => open(envelope, owner, kind),
    keyIdOf(envelope) {
      return envelope.split('.', 3)[1] ?? '';
    },
  };

  function open(envelope: string, owner: string, kind: SecretKind): string {
    const [version, keyId, nonceText, sealedText, extra] = envelope.split('.');
    if (version !== VERSION || keyId === undefined || nonceText === undefined || sealedText === undefined || extra !== undefined) {
      throw new DecryptionError(kind, `A stored ${kind} is not a v1 envelope.`);
    }
    const key = keys.get(keyId);
    if (key === undefined) throw new DecryptionError(kind, `A stored ${kind} was encrypted with key "${keyId}", which is not configured.`);
    const nonce = Buffer.from(nonceText, 'base64url');
    const sealed = Buffer.from(sealedText, 'base64url');
    if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) throw new DecryptionError(kind, `A stored ${kind} is truncated.`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(owner, kind));
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch (cause) {
      throw new DecryptionError(kind, `A stored ${kind} does not belong to this owner or was altered.`, { cause });
    }
  }
}
