import { describe, expect, it } from 'vitest';
import { applyChange, changedFields } from '../src/config-diff.ts';
import { normalizeLoginHost, normalizeScopes } from '../src/index.ts';

const stored = { consumerKey: 'key', consumerSecret: 'secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'id', 'refresh_token'] };

describe('what counts as a config change', () => {
  it('spelling is not a change', () => {
    expect(normalizeLoginHost(' https://Login.Salesforce.com// ')).toBe('https://login.salesforce.com');
    expect(normalizeScopes(['refresh_token api', 'id', 'api'])).toEqual(['api', 'id', 'refresh_token']);
    const next = applyChange(stored, { consumerKey: ' key ', loginHost: 'https://login.salesforce.com/', scopes: ['id', 'refresh_token', 'api'] });
    expect(changedFields(stored, next)).toEqual([]);
  });

  it('names each field that differs, and every field on the first save', () => {
    const next = applyChange(stored, { consumerKey: 'key2', consumerSecret: 'secret2', loginHost: 'https://test.salesforce.com', scopes: ['api'] });
    expect(changedFields(stored, next)).toEqual(['consumerKey', 'consumerSecret', 'loginHost', 'scopes']);
    expect(changedFields(null, next)).toEqual(['consumerKey', 'consumerSecret', 'loginHost', 'scopes']);
  });

  it('refuses an empty key or host, and a missing secret that cannot be kept', () => {
    expect(() => applyChange(stored, { consumerKey: ' ', loginHost: 'https://x', scopes: [] })).toThrow(/consumer key/);
    expect(() => applyChange(stored, { consumerKey: 'k', loginHost: ' ', scopes: [] })).toThrow(/login host/);
    expect(() => applyChange({ ...stored, consumerSecret: null }, { consumerKey: 'k', loginHost: 'https://x', scopes: [] })).toThrow(/enter it again/);
  });
});
