import type { RecordType } from '@sfsearch/contracts';

export type SearchParams = {
  /** Normalised: trimmed, single spaces, lower case (Salesforce search ignores case). */
  q: string;
  /** In canonical order, so the same filter is the same cache entry. */
  types: readonly RecordType[];
  limit: number;
};

/** "Show more" of one type: the `limit` records after the first `offset`. */
export type MoreParams = { q: string; type: RecordType; offset: number; limit: number };

export const searchKeys = {
  all: ['salesforce-search'] as const,
  results: (params: SearchParams) => [...searchKeys.all, 'results', params] as const,
  more: (params: MoreParams) => ['salesforce-search-more', params] as const,
};
