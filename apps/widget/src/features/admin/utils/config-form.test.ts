import { describe, expect, it } from 'vitest';
import { buildConfig, buildUnconfiguredConfig } from '../../../testing/data-generators.ts';
import { initialValues, isChanged, validateConfig } from './config-form.ts';

describe('admin form values', () => {
  it('starts a first set-up on production with the default scopes', () => {
    expect(initialValues(buildUnconfiguredConfig())).toEqual({
      consumerKey: '', consumerSecret: '', loginHostChoice: 'production', myDomain: '', scopes: ['api', 'refresh_token', 'id'],
    });
  });

  it('recognises a sandbox, a My Domain and a local emulator', () => {
    expect(initialValues(buildConfig({ loginHost: 'https://test.salesforce.com' })).loginHostChoice).toBe('sandbox');
    expect(initialValues(buildConfig({ loginHost: 'https://acme.my.salesforce.com' }))).toMatchObject({ loginHostChoice: 'my-domain', myDomain: 'acme.my.salesforce.com' });
    expect(initialValues(buildConfig({ loginHost: 'http://127.0.0.1:4010' }))).toMatchObject({ loginHostChoice: 'my-domain', myDomain: 'http://127.0.0.1:4010' });
  });

  it('validates with the contracts schema and keeps the stored secret when none is typed', () => {
    const config = buildConfig();
    const { errors, update } = validateConfig(initialValues(config), config);
    expect(errors).toEqual({});
    expect(update).toEqual({ consumerKey: config.consumerKey, loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });
    expect(update && isChanged(update, config)).toBe(false);
  });

  it('counts any changed field, a typed secret or changed scopes as a change', () => {
    const config = buildConfig();
    const base = initialValues(config);
    const changed = (values: Partial<typeof base>) => {
      const { update } = validateConfig({ ...base, ...values }, config);
      return update !== undefined && isChanged(update, config);
    };
    expect(changed({ consumerKey: 'other' })).toBe(true);
    expect(changed({ consumerSecret: 'typed' })).toBe(true);
    expect(changed({ loginHostChoice: 'sandbox' })).toBe(true);
    expect(changed({ scopes: ['api', 'refresh_token', 'id', 'web'] })).toBe(true);
    expect(changed({ scopes: ['id', 'api', 'refresh_token'] })).toBe(false);
  });

  it('reports each invalid field with the schema’s message', () => {
    const config = buildUnconfiguredConfig();
    const { errors, update } = validateConfig({ consumerKey: '', consumerSecret: '', loginHostChoice: 'my-domain', myDomain: 'example.com', scopes: ['api'] }, config);
    expect(update).toBeUndefined();
    expect(errors.consumerKey).toBe('The consumer key is required.');
    expect(errors.consumerSecret).toMatch(/The consumer secret is required/);
    expect(errors.loginHost).toMatch(/"example.com" is not a Salesforce login host/);
    expect(errors.scopes).toBe('Search needs the scopes id, refresh_token.');
  });
});
