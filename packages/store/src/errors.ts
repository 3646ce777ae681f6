/**
 * Errors the store throws on purpose. Each has a stable `code` so the BFF can map it
 * to an HTTP answer without matching on messages; messages never contain secrets.
 */
export class StoreError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** DATABASE_URL or another option cannot be used. */
export class StoreConfigError extends StoreError {
  constructor(message: string) {
    super('store-config', message);
  }
}

/** A stored secret could not be decrypted: unknown key id, wrong owner (AAD) or tampered bytes. */
export class DecryptionError extends StoreError {
  /**
   * Which secret: a person's `access_token`, `refresh_token` or `recent_searches` (which never
   * reaches the caller: an unreadable list reads as empty), or the admin's `consumer_secret`.
   */
  readonly secretKind: 'access_token' | 'refresh_token' | 'consumer_secret' | 'recent_searches';

  constructor(secretKind: DecryptionError['secretKind'], message: string, options?: ErrorOptions) {
    super('decryption-failed', message, options);
    this.secretKind = secretKind;
  }
}

/** A config save that cannot be applied (e.g. the first save has no consumer secret). */
export class InvalidConfigError extends StoreError {
  constructor(message: string) {
    super('invalid-config', message);
  }
}

/**
 * Tokens obtained under an older marketplace config: the admin changed the connection
 * while the user was signing in. The caller should revoke what it holds and ask the
 * user to sign in again.
 */
export class StaleGenerationError extends StoreError {
  readonly currentGeneration: number | null;

  constructor(currentGeneration: number | null) {
    super('stale-generation', 'The Salesforce connection changed while signing in; sign in again.');
    this.currentGeneration = currentGeneration;
  }
}

/**
 * The database does not answer (down, restarting, unreachable). Callers answer "try again soon";
 * the pool reconnects by itself once the server is back.
 */
export class StoreUnavailableError extends StoreError {
  constructor(options?: ErrorOptions) {
    super('store-unavailable', 'The database is not answering.', options);
  }
}

/** The refresh lock could not be taken in time (another holder is stuck or the database is slow). */
export class RefreshLockTimeoutError extends StoreError {
  constructor(timeoutMs: number) {
    super('refresh-lock-timeout', `Timed out after ${timeoutMs} ms waiting for the token refresh lock.`);
  }
}
