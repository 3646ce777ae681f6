import { describe, expect, expectTypeOf, it } from 'vitest';
import { clearRecentSearchesResponseSchema, recentResponseSchema, type RecentRecord, type RecentResponse, type SearchResult } from '../src/index.ts';

describe('the empty search box\'s answer', () => {
  it('carries records as search results without subtitle and card, searches with their types and time, and an optional notice', () => {
    const answer: RecentResponse = {
      records: [{ id: '001A', type: 'account', title: 'Acme', url: 'https://acme.lightning.force.com/lightning/r/Account/001A/view' }],
      searches: [{ q: 'acme', types: ['account', 'lead'], at: '2026-11-01T10:00:00.000Z' }],
    };
    expect(recentResponseSchema.parse(answer)).toEqual(answer);
    const failed = { records: [], searches: [], notice: { code: 'salesforce-unavailable', message: "Salesforce isn't answering right now." } };
    expect(recentResponseSchema.parse(failed)).toEqual(failed);
    expect(recentResponseSchema.safeParse({ ...answer, searches: [{ q: 'acme', types: ['deal'], at: 'x' }] }).success).toBe(false);
    expect(recentResponseSchema.safeParse({ records: [], searches: [], notice: { code: 'made-up', message: '' } }).success).toBe(false);
    expect(clearRecentSearchesResponseSchema.safeParse({ ok: true }).success).toBe(true);
    expect(clearRecentSearchesResponseSchema.safeParse({ ok: false }).success).toBe(false);
    expectTypeOf<RecentRecord>().toEqualTypeOf<Pick<SearchResult, 'id' | 'type' | 'title' | 'url'>>();
  });
});
