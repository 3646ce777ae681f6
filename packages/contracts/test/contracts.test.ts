import { describe, expect, it } from 'vitest';
import { normaliseLoginHost, salesforceConfigUpdateSchema, searchQuerySchema } from '../src/index.ts';

describe('the login host an admin pastes', () => {
  it.each([
    ['login.salesforce.com', 'https://login.salesforce.com', 'production'],
    ['https://login.salesforce.com/', 'https://login.salesforce.com', 'production'],
    ['  TEST.salesforce.com ', 'https://test.salesforce.com', 'sandbox'],
    ['acme.my.salesforce.com', 'https://acme.my.salesforce.com', 'my-domain'],
    ['https://acme--uat.sandbox.my.salesforce.com/', 'https://acme--uat.sandbox.my.salesforce.com', 'my-domain'],
    ['https://acme-dev-ed.develop.my.salesforce.com/lightning/page/home', 'https://acme-dev-ed.develop.my.salesforce.com', 'my-domain'],
    ['acme.lightning.force.com', 'https://acme.my.salesforce.com', 'my-domain'],
    ['acme--uat.sandbox.lightning.force.com', 'https://acme--uat.sandbox.my.salesforce.com', 'my-domain'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010', 'local'],
  ])('accepts %s as %s', (input, loginHost, kind) => {
    expect(normaliseLoginHost(input)).toEqual({ ok: true, loginHost, kind });
  });

  it.each([
    ['', 'required'],
    ['http://login.salesforce.com', 'only reached over https'],
    ['login.salesforce.com:8443', 'Leave out ports'],
    ['evil.example.com', 'is not a Salesforce login host'],
    ['acme.my.salesforce.com.evil.example', 'is not a Salesforce login host'],
    ['https://user:pw@acme.my.salesforce.com', 'Leave out ports and credentials'],
    ['ht tp://x', 'not a host name'],
  ])('refuses %j, saying what is expected', (input, message) => {
    const result = normaliseLoginHost(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
    expect(!result.ok && result.message).toMatch(/login\.salesforce\.com|required/);
  });
});

describe('the admin configuration', () => {
  const valid = { consumerKey: '3MVG9abc.def_1', consumerSecret: 'secret', loginHost: 'login.salesforce.com' };

  it('defaults to the least-privilege scopes and normalises the host', () => {
    expect(salesforceConfigUpdateSchema.parse(valid)).toEqual({ ...valid, loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });
  });

  it('refuses scopes that are unknown, too broad or missing what search needs', () => {
    expect(salesforceConfigUpdateSchema.safeParse({ ...valid, scopes: ['api', 'full', 'id', 'refresh_token'] }).error?.issues[0]?.message).toContain('full');
    expect(salesforceConfigUpdateSchema.safeParse({ ...valid, scopes: ['id'] }).error?.issues[0]?.message).toBe('Search needs the scopes api, refresh_token.');
  });

  it('refuses a consumer key with characters Salesforce never uses', () => {
    expect(salesforceConfigUpdateSchema.safeParse({ ...valid, consumerKey: 'abc def' }).success).toBe(false);
  });
});

describe('the search query', () => {
  it('defaults to every type and five results', () => {
    expect(searchQuerySchema.parse({ q: ' acme ' })).toEqual({ q: 'acme', types: ['account', 'lead', 'task', 'campaign'], limit: 5 });
  });

  it('refuses fewer than two characters, unknown types and silly limits with a message', () => {
    expect(searchQuerySchema.safeParse({ q: 'a' }).error?.issues[0]?.message).toBe('Type at least 2 characters to search.');
    expect(searchQuerySchema.safeParse({ q: 'acme', types: 'account,opportunity' }).error?.issues[0]?.message).toContain('opportunity');
    expect(searchQuerySchema.safeParse({ q: 'acme', limit: '500' }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: 'acme', types: 'Lead,lead', limit: '3' })).toMatchObject({ types: ['lead'], limit: 3 });
  });
});
