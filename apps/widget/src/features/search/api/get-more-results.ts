// GET /api/salesforce/search?types=<one>&offset=n: "Show more" of one record type, one request
// per click, cached as the first results are.
import { SEARCH_MORE_LIMIT, type RecordType, type SearchResponse } from '@sfsearch/contracts';
import { queryOptions } from '@tanstack/react-query';
import { FRESH_FOR_MS, getSearchResults } from './get-search-results.ts';
import { searchKeys, type MoreParams } from './search-keys.ts';

export function moreParams(q: string, type: RecordType, offset: number): MoreParams {
  return { q, type, offset, limit: SEARCH_MORE_LIMIT };
}

export function moreResultsQueryOptions(params: MoreParams) {
  return queryOptions({
    queryKey: searchKeys.more(params),
    queryFn: ({ signal }): Promise<SearchResponse> =>
      getSearchResults({ q: params.q, types: [params.type], limit: params.limit, offset: params.offset }, signal),
    staleTime: FRESH_FOR_MS,
    gcTime: 2 * FRESH_FOR_MS,
    refetchOnWindowFocus: false,
    retry: false,
  });
}
