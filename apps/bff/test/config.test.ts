import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

const valid = {
  PUBLIC_URL: 'https://search.intranet.example/', ENCRYPTION_KEYS: 'k1:AAAA', SESSION_SECRET: 's'.repeat(40),
  OIDC_ISSUER: 'https://sso.intranet.example', OIDC_CLIENT_ID: 'bff', OIDC_CLIENT_SECRET: 'secret', TRUST_PROXY: '1',
};

describe('configuration', () => {
  it('parses once with defaults and normalises PUBLIC_URL', () => {
    const config = parseConfig({ ...valid, ADMIN_EMAILS: 'Boss@Intranet.example, it@intranet.example', FRAME_ANCESTORS: 'https://intranet.example' });
    expect(config).toMatchObject({ PUBLIC_URL: 'https://search.intranet.example', PORT: 3000, ADMIN_GROUP: 'intranet-admins', ADMIN_EMAILS: ['boss@intranet.example', 'it@intranet.example'], FRAME_ANCESTORS: ['https://intranet.example'] });
  });

  it('trusts no forwarded headers and no local login host unless told to', () => {
    const config = parseConfig({ ...valid, PUBLIC_URL: 'http://127.0.0.1:3000', TRUST_PROXY: undefined });
    expect(config).toMatchObject({ TRUST_PROXY: 0, ALLOW_LOCAL_LOGIN_HOSTS: false, SALESFORCE_TIMEOUT_MS: 10_000 });
    expect(parseConfig({ ...valid, ALLOW_LOCAL_LOGIN_HOSTS: 'true', TRUST_PROXY: '2' })).toMatchObject({ TRUST_PROXY: 2, ALLOW_LOCAL_LOGIN_HOSTS: true });
    expect(() => parseConfig({ ...valid, ALLOW_LOCAL_LOGIN_HOSTS: 'yes please' })).toThrow(/ALLOW_LOCAL_LOGIN_HOSTS must be true or false/);
  });

  it('refuses an https PUBLIC_URL without a trusted proxy: behind TLS termination no session could be kept', () => {
    expect(() => parseConfig({ ...valid, TRUST_PROXY: '0' })).toThrow(/TRUST_PROXY: PUBLIC_URL is https/);
  });

  it('stops start-up naming every bad key', () => {
    expect(() => parseConfig({ ...valid, PUBLIC_URL: 'not a url', SESSION_SECRET: 'short', PORT: '99999', FRAME_ANCESTORS: 'intranet.example', OIDC_ISSUER: undefined }))
      .toThrow(/PUBLIC_URL[\s\S]*SESSION_SECRET|SESSION_SECRET[\s\S]*PUBLIC_URL/);
    try {
      parseConfig({ ...valid, PUBLIC_URL: 'not a url', SESSION_SECRET: 'short', PORT: '99999', FRAME_ANCESTORS: 'intranet.example', OIDC_ISSUER: undefined });
    } catch (error) {
      for (const key of ['PUBLIC_URL', 'SESSION_SECRET', 'PORT', 'FRAME_ANCESTORS', 'OIDC_ISSUER']) expect((error as Error).message).toContain(key);
      expect((error as Error).message).not.toContain(valid.OIDC_CLIENT_SECRET);
    }
  });
});
