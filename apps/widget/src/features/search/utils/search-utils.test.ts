import { describe, expect, it } from 'vitest';
import { activateLocale, i18n } from '../../../lib/i18n.ts';
import { queryTerms, splitMatches } from './highlight.ts';
import * as local from './record-types.ts';

describe('highlighting', () => {
  const marked = (text: string, query: string) => splitMatches(text, queryTerms(query)).filter((p) => p.match).map((p) => p.text);

  it('marks each word of the query where a word of the text starts, ignoring case and accents', () => {
    expect(marked('Acme Logistics', 'log ACME')).toEqual(['Acme', 'Log']);
    expect(marked('Café Müller', 'cafe muller')).toEqual(['Café', 'Müller']);
  });

  it('does not mark the middle of a word', () => {
    expect(marked('Isaac Newton', 'ac')).toEqual([]);
  });

  it('prefers the longer of two overlapping terms', () => {
    expect(marked('acme', 'ac acme')).toEqual(['acme']);
  });

  it('ignores wildcards and quotes in the query', () => {
    expect(marked('Acme Corp', '"acm*"')).toEqual(['Acm']);
  });

  it('keeps the text whole', () => {
    const parts = splitMatches('Call Acme about the renewal', queryTerms('acme renewal'));
    expect(parts.map((p) => p.text).join('')).toBe('Call Acme about the renewal');
  });
});

describe('type names', () => {
  it('reads naturally', () => {
    expect(local.joinTypeNames(i18n, ['account'], 'or')).toBe('Accounts');
    expect(local.joinTypeNames(i18n, ['account', 'lead'], 'or')).toBe('Accounts or Leads');
    expect(local.joinTypeNames(i18n, ['account', 'lead', 'task', 'campaign'], 'and')).toBe('Accounts, Leads, Tasks and Campaigns');
  });

  it("reads Salesforce's own Japanese names, joined the Japanese way", async () => {
    await activateLocale('ja');
    expect(local.joinTypeNames(i18n, ['account', 'lead', 'task', 'campaign'], 'and')).toBe('取引先、リード、ToDo、キャンペーン');
    expect(local.joinTypeNames(i18n, ['account', 'lead'], 'or')).toBe('取引先またはリード');
  });

  it('reads the filter from the URL, ignoring unknown types', () => {
    expect(local.parseTypes('lead,bogus,account')).toEqual(['account', 'lead']);
    expect(local.parseTypes('bogus')).toEqual(['account', 'lead', 'task', 'campaign']);
    expect(local.parseTypes(null)).toEqual(['account', 'lead', 'task', 'campaign']);
    // Of the types offered only: a link from before the admin removed Tasks searches the rest.
    expect(local.parseTypes('task,contact', ['account', 'contact'])).toEqual(['contact']);
    expect(local.parseTypes('task', ['account', 'contact'])).toEqual(['account', 'contact']);
  });
});
