import { describe, expect, it } from 'vitest';
import { hasSearchableTerm, lightningHostOf, normaliseLoginHost, salesforceConfigUpdateSchema, searchQuerySchema } from '../src/index.ts';

describe('the login host an admin pastes', () => {
  // Salesforce Help, "My Domain URL Formats" (enhanced domains): each login host and where its records open.
  it.each([
    ['acme.my.salesforce.com', 'https://acme.my.salesforce.com', 'acme.lightning.force.com'],
    ['acme--uat.sandbox.my.salesforce.com', 'https://acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.lightning.force.com'],
    ['acme-dev-ed.develop.my.salesforce.com', 'https://acme-dev-ed.develop.my.salesforce.com', 'acme-dev-ed.develop.lightning.force.com'],
    ['fun-page-1234.scratch.my.salesforce.com', 'https://fun-page-1234.scratch.my.salesforce.com', 'fun-page-1234.scratch.lightning.force.com'],
    ['globex.demo.my.salesforce.com', 'https://globex.demo.my.salesforce.com', 'globex.demo.lightning.force.com'],
    ['acme.patch.my.salesforce.com', 'https://acme.patch.my.salesforce.com', 'acme.patch.lightning.force.com'],
    ['acme.free.my.salesforce.com', 'https://acme.free.my.salesforce.com', 'acme.free.lightning.force.com'],
    ['curious-bear-abc.trailblaze.my.salesforce.com', 'https://curious-bear-abc.trailblaze.my.salesforce.com', 'curious-bear-abc.trailblaze.lightning.force.com'],
    ['agency.my.salesforce.mil', 'https://agency.my.salesforce.mil', 'agency.lightning.crmforce.mil'],
    ['agency--uat.sandbox.my.salesforce.mil', 'https://agency--uat.sandbox.my.salesforce.mil', 'agency--uat.sandbox.lightning.crmforce.mil'],
    ['https://acme.lightning.force.com/lightning/page/home', 'https://acme.my.salesforce.com', 'acme.lightning.force.com'],
    ['agency.lightning.crmforce.mil', 'https://agency.my.salesforce.mil', 'agency.lightning.crmforce.mil'],
    ['acme--uat.sandbox.lightning.force.com', 'https://acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.lightning.force.com'],
  ])('accepts the My Domain %s, and opens its records on the matching Lightning host', (input, loginHost, lightning) => {
    expect(normaliseLoginHost(input)).toEqual({ ok: true, loginHost, kind: 'my-domain' });
    expect(lightningHostOf(new URL(loginHost).hostname)).toBe(lightning);
  });

  it.each([
    ['acme.my.site.com', 'Experience Cloud'],
    ['acme.force.com', 'Experience Cloud'],
    ['acme.secure.force.com', 'Experience Cloud'],
    ['acme.my.salesforce-sites.com', 'Experience Cloud'],
    ['na123.salesforce.com', 'instance host'],
    ['eu45.salesforce.com', 'instance host'],
    ['cs42.salesforce.com', 'instance host'],
    ['acme.my.salesforce-setup.com', 'Setup or content'],
    ['acme--c.vf.force.com.evil.example', 'is not a Salesforce login host'],
  ])('refuses %s with a sentence saying what to enter instead', (input, says) => {
    const result = normaliseLoginHost(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(says);
    expect(!result.ok && result.message).toMatch(/My Domain|login\.salesforce\.com/);
  });

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
    expect(searchQuerySchema.parse({ q: ' acme ' })).toEqual({ q: 'acme', types: ['account', 'lead', 'task', 'campaign'], limit: 5, offset: 0 });
  });

  it('refuses what Salesforce would: a search whose words are all single characters', () => {
    for (const q of ['a b', 'a-', '"a"', 'x ?', 'a or b', 'é ü']) {
      expect(hasSearchableTerm(q), q).toBe(false);
      expect(searchQuerySchema.safeParse({ q }).error?.issues[0]?.message, q).toContain('two letters or digits in a row');
    }
    for (const q of ['ab', 'a bc', 'or', 'O\'Brien', '漢字', '42']) expect(hasSearchableTerm(q), q).toBe(true);
  });

  it('refuses fewer than two characters, unknown types and silly limits with a message', () => {
    expect(searchQuerySchema.safeParse({ q: 'a' }).error?.issues[0]?.message).toBe('Type at least 2 characters to search.');
    expect(searchQuerySchema.safeParse({ q: 'acme', types: 'account,opportunity' }).error?.issues[0]?.message).toContain('opportunity');
    expect(searchQuerySchema.safeParse({ q: 'acme', limit: '500' }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: 'acme', types: 'Lead,lead', limit: '3' })).toMatchObject({ types: ['lead'], limit: 3 });
  });
});
