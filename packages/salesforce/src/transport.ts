// jsforce's HTTP transport with a deadline. REST calls take a per-call `timeout`, but OAuth2's
// token and revoke requests pass no options, so they would wait jsforce's default 30 minutes.
// On the deadline jsforce aborts the fetch (the socket is closed, nothing is left open) and the
// call fails with an AbortError, which salesforce-error.ts reads as a timeout.
import { OAuth2 } from 'jsforce';
import { Transport } from 'jsforce/lib/transport.js';

type HttpRequest = Parameters<Transport['httpRequest']>[0];
type HttpRequestOptions = NonNullable<Parameters<Transport['httpRequest']>[1]>;

class TransportWithDeadline extends Transport {
  readonly #timeoutMs: number;
  constructor(timeoutMs: number) {
    super();
    this.#timeoutMs = timeoutMs;
  }

  override httpRequest(req: HttpRequest, options: HttpRequestOptions = {}) {
    return super.httpRequest(req, { ...options, timeout: this.#timeoutMs, retry: { maxRetries: 0 } });
  }
}

export function oauth2WithDeadline(config: ConstructorParameters<typeof OAuth2>[0], timeoutMs: number): OAuth2 {
  const oauth2 = new OAuth2(config);
  oauth2._transport = new TransportWithDeadline(timeoutMs);
  return oauth2;
}
