// GET /api/salesforce/search: results of one query across the chosen record types.
import { recordTypes, searchResponseSchema, type RecordType, type SearchResponse } from '@sfsearch/contracts';
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { matchesEveryTerm, queryTerms } from '../utils/highlight.ts';
import { searchKeys, type SearchParams } from './search-keys.ts';

/** Search results hardly change within minutes, and every request spends the org's daily API budget. */
export const FRESH_FOR_MS = 5 * 60_000;

export function normaliseQuery(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function getSearchResults(params: SearchParams & { offset?: number }, signal?: AbortSignal): Promise<SearchResponse> {
  const query = new URLSearchParams({ q: params.q, types: params.types.join(','), limit: String(params.limit) });
  if (params.offset) query.set('offset', String(params.offset));
  return api.get(`/api/salesforce/search?${query}`, searchResponseSchema, { signal });
}

export function searchResultsQueryOptions(params: SearchParams) {
  return queryOptions({
    queryKey: searchKeys.results(params),
    queryFn: ({ signal }) => getSearchResults(params, signal),
    staleTime: FRESH_FOR_MS,
    gcTime: 2 * FRESH_FOR_MS,
    refetchOnWindowFocus: false,
  });
}

/**
 * Cached results that answer `params` without a request: the same query with the same types, or
 * with more types (each type has its own limit, so narrowing the filter only drops groups).
 */
export function findCachedResults(queryClient: QueryClient, params: SearchParams): { data: SearchResponse; updatedAt: number } | undefined {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: searchKeys.all })) {
    const [, , cached] = query.queryKey as ReturnType<typeof searchKeys.results>;
    const data = query.state.data as SearchResponse | undefined;
    if (!data || query.isStale() || cached.q !== params.q || cached.limit !== params.limit) continue;
    if (!params.types.every((type) => cached.types.includes(type))) continue;
    const results = Object.fromEntries(
      Object.entries(data.results).map(([type, list]) => [type, params.types.includes(type as RecordType) ? list : []]),
    ) as SearchResponse['results'];
    const keep = (type: RecordType) => params.types.includes(type);
    return {
      data: { ...data, results, more: data.more.filter(keep), notices: data.notices.filter((n) => keep(n.type)) },
      updatedAt: query.state.dataUpdatedAt,
    };
  }
  return undefined;
}

/**
 * While a query loads, what is already on screen for the previous one stays only where it still
 * matches what is typed now (every word, where a word starts, in the fields shown): results of
 * an earlier query are never shown under text they no longer match.
 */
export function stillMatching(previous: SearchResponse | undefined, params: SearchParams): SearchResponse | undefined {
  if (!previous) return undefined;
  const terms = queryTerms(params.q);
  const results = Object.fromEntries(recordTypes.map((type) => [type, params.types.includes(type)
    ? previous.results[type].filter((r) => matchesEveryTerm([r.title, r.subtitle, ...r.fields.map((f) => f.value)], terms))
    : []])) as SearchResponse['results'];
  if (!Object.values(results).some((list) => list.length > 0)) return undefined;
  // What the earlier answer said of more results, notices and crowding belongs to its own query.
  // Salesforce's search page link is the BFF's to build, for the query it answers.
  return { query: params.q, results, more: [], notices: [], crowded: false, searchPageUrl: '' };
}

/** `params` null means "nothing to search for yet". */
export function useSearchResults(params: SearchParams | null) {
  const queryClient = useQueryClient();
  const key = params ?? { q: '', types: [], limit: 0 };
  return useQuery({
    ...searchResultsQueryOptions(key),
    enabled: params !== null,
    placeholderData: (previous) => (params ? stillMatching(previous, params) : undefined),
    initialData: () => (params ? findCachedResults(queryClient, params)?.data : undefined),
    initialDataUpdatedAt: () => (params ? findCachedResults(queryClient, params)?.updatedAt : undefined),
  });
}

export function useClearSearchResults() {
  const queryClient = useQueryClient();
  return () => queryClient.removeQueries({ queryKey: searchKeys.all });
}
