// What the BFF answers and the admin form shows comes from these issues: their messages, and the
// field they belong to (the form puts each message under issue.path[0]).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionSchema, meSchema, salesforceConfigUpdateSchema, searchQuerySchema } from '../src/index.ts';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
  result.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }));

describe('the admin configuration, field by field', () => {
  const valid = { consumerKey: '3MVG9abc.def_1', consumerSecret: 'secret', loginHost: 'login.salesforce.com' };

  it('names the field of each problem, with the text the admin reads', () => {
    expect(issues(salesforceConfigUpdateSchema.safeParse({ consumerKey: ' ', consumerSecret: ' ', loginHost: 'evil.example.com', scopes: ['id'] }))).toEqual([
      { path: ['consumerKey'], message: 'The consumer key is required.' },
      { path: ['consumerKey'], message: 'The consumer key has only letters, digits, dots and underscores: copy it again from Salesforce.' },
      { path: ['consumerSecret'], message: 'The consumer secret is empty.' },
      { path: ['loginHost'], message: expect.stringContaining('"evil.example.com" is not a Salesforce login host.') },
      { path: ['scopes'], message: 'Search needs the scopes api, refresh_token.' },
    ]);
    // Shown as typed, not as the URL parser spells it ("not%20a%20host").
    expect(issues(salesforceConfigUpdateSchema.safeParse({ ...valid, loginHost: 'not a host' }))).toEqual([
      { path: ['loginHost'], message: expect.stringMatching(/^"not a host" is not a (Salesforce login host|host name)\./) },
    ]);
    expect(issues(salesforceConfigUpdateSchema.safeParse({}))).toEqual([
      { path: ['consumerKey'], message: 'The consumer key is required.' },
      { path: ['loginHost'], message: 'The login host is required.' },
    ]);
    expect(issues(salesforceConfigUpdateSchema.safeParse({ ...valid, consumerKey: 'k'.repeat(257), consumerSecret: 's'.repeat(257) }))).toEqual([
      { path: ['consumerKey'], message: 'The consumer key is too long.' },
      { path: ['consumerSecret'], message: 'The consumer secret is too long.' },
    ]);
  });

  it('trims, keeps the secret optional and de-duplicates scopes', () => {
    expect(salesforceConfigUpdateSchema.parse({ ...valid, consumerKey: ' 3MVG9 ', consumerSecret: undefined, loginHost: 'acme.lightning.force.com', scopes: [' api ', 'id', 'offline_access', 'api'] }))
      .toEqual({ consumerKey: '3MVG9', loginHost: 'https://acme.my.salesforce.com', scopes: ['api', 'id', 'offline_access'] });
  });

  it('gives every parse its own copy of the default scopes', () => {
    const first = salesforceConfigUpdateSchema.parse(valid);
    first.scopes.push('web');
    expect(salesforceConfigUpdateSchema.parse(valid).scopes).toEqual(['api', 'refresh_token', 'id']);
  });
});

describe('the search query, parameter by parameter', () => {
  it('explains each refused parameter', () => {
    expect(issues(searchQuerySchema.safeParse({}))).toEqual([{ path: ['q'], message: 'Type something to search for.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'x'.repeat(101) }))).toEqual([{ path: ['q'], message: 'Searches are limited to 100 characters.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', types: 'lead,deal' }))).toEqual([
      { path: ['types'], message: 'Unknown record type deal: use account, lead, task, campaign.' },
    ]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: 'ten' }))).toEqual([{ path: ['limit'], message: 'limit must be a number.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '2.5' }))).toEqual([{ path: ['limit'], message: 'limit must be a whole number.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '0' }))).toEqual([{ path: ['limit'], message: 'limit must be at least 1.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '26' }))).toEqual([{ path: ['limit'], message: 'limit must be at most 25.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '-1', types: 'lead' }))).toEqual([{ path: ['offset'], message: 'offset must be at least 0.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '2001', types: 'lead' }))).toEqual([{ path: ['offset'], message: 'offset must be at most 2000: Salesforce pages no further.' }]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '5', types: 'lead,task' }))).toEqual([
      { path: ['types'], message: 'Show more asks for one record type at a time: give exactly one type with an offset.' },
    ]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '5' }))).toHaveLength(1);
    expect(searchQuerySchema.parse({ q: 'acme', offset: '5', types: 'lead', limit: '10' })).toEqual({ q: 'acme', types: ['lead'], limit: 10, offset: 5 });
  });

  it('reads a blank or mixed-case type list', () => {
    expect(searchQuerySchema.parse({ q: 'acme', types: '  ' }).types).toEqual(['account', 'lead', 'task', 'campaign']);
    expect(searchQuerySchema.parse({ q: 'acme', types: 'TASK, campaign ,task', limit: 25 })).toEqual({ q: 'acme', types: ['task', 'campaign'], limit: 25, offset: 0 });
  });
});

describe('the answers', () => {
  it('drop unknown keys and refuse a broken answer', () => {
    expect(connectionSchema.parse({ configured: true, status: 'not-connected', extra: 1 })).toEqual({ configured: true, status: 'not-connected' });
    expect(connectionSchema.safeParse({ configured: true, status: 'maybe' }).success).toBe(false);
    expect(() => meSchema.parse({ user: {} })).toThrow(Error);
  });
});

describe('the schema library', () => {
  it('is zod/mini, which bundlers can tree-shake (docs/decisions/0030-widget.md)', () => {
    const dir = join(import.meta.dirname, '..', 'src');
    for (const file of readdirSync(dir)) {
      const imports = [...readFileSync(join(dir, file), 'utf8').matchAll(/from '(zod[^']*)'/g)].map((m) => m[1]);
      expect(imports.filter((name) => name !== 'zod/mini'), file).toEqual([]);
    }
  });
});
