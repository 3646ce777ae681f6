// What the BFF answers and the admin form shows comes from these issues: the problem each names
// (a key and its values, said in the person's language by the BFF and the widget), and the field
// it belongs to (the form puts each under issue.path[0]).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionSchema, meSchema, problemKeys, problemOf, salesforceConfigUpdateSchema, searchQuerySchema } from '../src/index.ts';

type Issue = { path: PropertyKey[]; message: string; params?: unknown; minimum?: unknown; maximum?: unknown };
const issues = (result: { error?: { issues: Issue[] } | undefined }) =>
  result.error?.issues.map((issue) => ({ path: issue.path, problem: problemOf(issue) }));
const at = (field: string, key: string, values: Record<string, string | number> = {}) => ({ path: [field], problem: { key, values } });

describe('the admin configuration, field by field', () => {
  const valid = { consumerKey: '3MVG9abc.def_1', consumerSecret: 'secret', loginHost: 'login.salesforce.com' };

  it('names the field of each problem, and the problem', () => {
    expect(issues(salesforceConfigUpdateSchema.safeParse({ consumerKey: ' ', consumerSecret: ' ', loginHost: 'evil.example.com', scopes: ['id'] }))).toEqual([
      at('consumerKey', 'consumer-key.required', { min: 1 }),
      at('consumerKey', 'consumer-key.characters'),
      at('consumerSecret', 'consumer-secret.empty', { min: 1 }),
      at('loginHost', 'login-host.not-salesforce', { text: 'evil.example.com' }),
      at('scopes', 'scopes.missing', { scopes: 'api, refresh_token' }),
    ]);
    // As typed, not as the URL parser spells it ("not%20a%20host").
    expect(issues(salesforceConfigUpdateSchema.safeParse({ ...valid, loginHost: 'not a host' }))).toEqual([
      at('loginHost', 'login-host.not-a-host', { text: 'not a host' }),
    ]);
    expect(issues(salesforceConfigUpdateSchema.safeParse({}))).toEqual([
      at('consumerKey', 'consumer-key.required'),
      at('loginHost', 'login-host.required'),
    ]);
    expect(issues(salesforceConfigUpdateSchema.safeParse({ ...valid, consumerKey: 'k'.repeat(257), consumerSecret: 's'.repeat(257) }))).toEqual([
      at('consumerKey', 'consumer-key.too-long', { max: 256 }),
      at('consumerSecret', 'consumer-secret.too-long', { max: 256 }),
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
  it('names the problem of each refused parameter, with its bound', () => {
    expect(issues(searchQuerySchema.safeParse({}))).toEqual([at('q', 'search.q-required')]);
    expect(issues(searchQuerySchema.safeParse({ q: 'x'.repeat(101) }))).toEqual([at('q', 'search.too-long', { max: 100 })]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', types: 'lead,deal' }))).toEqual([
      at('types', 'search.types-unknown', { types: 'deal', allowed: 'account, lead, task, campaign, contact, opportunity, case' }),
    ]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: 'ten' }))).toEqual([at('limit', 'search.limit-number')]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '2.5' }))).toEqual([at('limit', 'search.limit-whole')]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '0' }))).toEqual([at('limit', 'search.limit-min', { min: 1 })]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', limit: '26' }))).toEqual([at('limit', 'search.limit-max', { max: 25 })]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '-1', types: 'lead' }))).toEqual([at('offset', 'search.offset-min', { min: 0 })]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '2001', types: 'lead' }))).toEqual([at('offset', 'search.offset-max', { max: 2000 })]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '5', types: 'lead,task' }))).toEqual([at('types', 'search.more-one-type')]);
    expect(issues(searchQuerySchema.safeParse({ q: 'acme', offset: '5' }))).toHaveLength(1);
    expect(searchQuerySchema.parse({ q: 'acme', offset: '5', types: 'lead', limit: '10' })).toEqual({ q: 'acme', types: ['lead'], limit: 10, offset: 5 });
  });

  it('reads a blank or mixed-case type list', () => {
    expect(searchQuerySchema.parse({ q: 'acme', types: '  ' }).types).toEqual(['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case']);
    expect(searchQuerySchema.parse({ q: 'acme', types: 'TASK, campaign ,task', limit: 25 })).toEqual({ q: 'acme', types: ['task', 'campaign'], limit: 25, offset: 0 });
  });
});

describe('the problems', () => {
  it('are all keys the schemas use, and a message zod wrote itself is none of them', () => {
    const source = readdirSync(join(import.meta.dirname, '..', 'src')).map((file) => readFileSync(join(import.meta.dirname, '..', 'src', file), 'utf8')).join('\n');
    const used = new Set([...source.matchAll(/'((?:login-host|consumer-key|consumer-secret|scopes|search|paging|settings)\.[a-z-]+)'/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...problemKeys].sort());
    expect(problemOf({ message: 'Invalid input: expected string, received number' })).toBeUndefined();
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
