import { describe, expect, it } from 'vitest';
import { allowedScopes, hasSearchableTerm, lightningHostOf, normaliseLoginHost, problemOf, salesforceConfigUpdateSchema, searchQuerySchema } from '../src/index.ts';

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
    ['acme.my.site.com', 'login-host.site'],
    ['acme.force.com', 'login-host.site'],
    ['acme.secure.force.com', 'login-host.site'],
    ['acme.my.salesforce-sites.com', 'login-host.site'],
    ['na123.salesforce.com', 'login-host.instance'],
    ['eu45.salesforce.com', 'login-host.instance'],
    ['cs42.salesforce.com', 'login-host.instance'],
    ['acme.my.salesforce-setup.com', 'login-host.setup-or-content'],
  ])('refuses %s as Salesforce but not a login host', (input, key) => {
    expect(normaliseLoginHost(input)).toEqual({ ok: false, problem: { key, values: { host: input } } });
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
    ['', 'login-host.required', {}],
    ['http://login.salesforce.com', 'login-host.not-https', {}],
    ['login.salesforce.com:8443', 'login-host.port-or-credentials', {}],
    ['evil.example.com', 'login-host.not-salesforce', { text: 'evil.example.com' }],
    ['acme.my.salesforce.com.evil.example', 'login-host.not-salesforce', { text: 'acme.my.salesforce.com.evil.example' }],
    ['acme--c.vf.force.com.evil.example', 'login-host.not-salesforce', { text: 'acme--c.vf.force.com.evil.example' }],
    ['https://user:pw@acme.my.salesforce.com', 'login-host.port-or-credentials', {}],
    ['ht tp://x', 'login-host.not-a-host', { text: 'ht tp://x' }],
    // As typed, not as the URL parser spells it ("not%20a%20host").
    [' not a host ', 'login-host.not-a-host', { text: 'not a host' }],
  ])('refuses %j, naming the problem', (input, key, values) => {
    expect(normaliseLoginHost(input)).toEqual({ ok: false, problem: { key, values } });
  });
});

describe('the admin configuration', () => {
  const valid = { consumerKey: '3MVG9abc.def_1', consumerSecret: 'secret', loginHost: 'login.salesforce.com' };

  it('defaults to the least-privilege scopes and normalises the host', () => {
    expect(salesforceConfigUpdateSchema.parse(valid)).toEqual({ ...valid, loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });
  });

  it('refuses scopes that are unknown, too broad or missing what search needs', () => {
    const problem = (scopes: string[]) => problemOf(salesforceConfigUpdateSchema.safeParse({ ...valid, scopes }).error!.issues[0]!);
    expect(problem(['api', 'full', 'id', 'refresh_token'])).toEqual({ key: 'scopes.unknown', values: { scopes: 'full', allowed: allowedScopes.join(', ') } });
    expect(problem(['id'])).toEqual({ key: 'scopes.missing', values: { scopes: 'api, refresh_token' } });
  });

  it('refuses a consumer key with characters Salesforce never uses', () => {
    expect(salesforceConfigUpdateSchema.safeParse({ ...valid, consumerKey: 'abc def' }).success).toBe(false);
  });
});

describe('the search query', () => {
  it('defaults to every type and five results', () => {
    expect(searchQuerySchema.parse({ q: ' acme ' })).toEqual({ q: 'acme', types: ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'], limit: 5, offset: 0 });
  });

  it('refuses what Salesforce would: a search whose words are all single characters', () => {
    for (const q of ['a b', 'a-', '"a"', 'x ?', 'a or b', 'é ü']) {
      expect(hasSearchableTerm(q), q).toBe(false);
      expect(searchQuerySchema.safeParse({ q }).error?.issues[0]?.message, q).toBe('search.single-characters');
    }
    for (const q of ['ab', 'a bc', 'or', 'O\'Brien', '漢字', '42']) expect(hasSearchableTerm(q), q).toBe(true);
  });

  it('refuses fewer than two characters, unknown types and silly limits with a message', () => {
    expect(problemOf(searchQuerySchema.safeParse({ q: 'a' }).error!.issues[0]!)).toEqual({ key: 'search.too-short', values: { min: 2 } });
    expect(problemOf(searchQuerySchema.safeParse({ q: 'acme', types: 'account,deal' }).error!.issues[0]!))
      .toEqual({ key: 'search.types-unknown', values: { types: 'deal', allowed: 'account, lead, task, campaign, contact, opportunity, case' } });
    expect(searchQuerySchema.safeParse({ q: 'acme', limit: '500' }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: 'acme', types: 'Lead,lead', limit: '3' })).toMatchObject({ types: ['lead'], limit: 3 });
  });
});
