import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorCode } from './api-client.ts';
import { shouldRetry } from './react-query.ts';

const error = (code: ApiErrorCode, status: number) => new ApiError({ code, status, message: code });

describe('retries', () => {
  it('never retries a 4xx: it is the BFF’s considered answer', () => {
    for (const [code, status] of [['not-signed-in', 401], ['reconnect-required', 401], ['forbidden', 403], ['rate-limited', 429], ['invalid-request', 400]] as const) {
      expect(shouldRetry(0, error(code, status))).toBe(false);
    }
  });

  it('retries a lost connection or a 5xx once', () => {
    expect(shouldRetry(0, error('network', 0))).toBe(true);
    expect(shouldRetry(0, error('salesforce-unavailable', 502))).toBe(true);
    expect(shouldRetry(1, error('salesforce-unavailable', 502))).toBe(false);
  });

  it('does not retry when Salesforce’s daily API limit is reached, a refresh is busy, or Salesforce timed out', () => {
    expect(shouldRetry(0, error('salesforce-rate-limited', 503))).toBe(false);
    expect(shouldRetry(0, error('salesforce-unavailable', 503))).toBe(false);
    // The BFF already waited SALESFORCE_TIMEOUT_MS: the person sees the error now, not after a second wait.
    expect(shouldRetry(0, error('salesforce-unavailable', 504))).toBe(false);
  });
});
