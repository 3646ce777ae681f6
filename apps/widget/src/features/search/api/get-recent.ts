// GET /api/salesforce/recent: what the empty search box shows, the person's recently viewed
// records and recent searches. When Salesforce could not give the records, the answer still
// carries the searches, with a notice instead of records.
import { recentResponseSchema, type RecentResponse } from '@sfsearch/contracts';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../../lib/api-client.ts';
import { recentKeys } from './recent-keys.ts';

export function getRecent(signal?: AbortSignal): Promise<RecentResponse> {
  return api.get('/api/salesforce/recent', recentResponseSchema, { signal });
}

/**
 * Read again each time the box is emptied and when the person comes back to the tab (from the
 * record they opened): the BFF keeps the records for 30 s, so this costs no Salesforce call
 * most of the time, and the searches change with every search. Cached data shows meanwhile.
 */
export function recentQueryOptions() {
  return queryOptions({
    queryKey: recentKeys.list(),
    queryFn: ({ signal }) => getRecent(signal),
    staleTime: 0,
    gcTime: 10 * 60_000,
  });
}

export function useRecent() {
  return useQuery(recentQueryOptions());
}

/** Drops the recent items: they belong to one Salesforce identity and one intranet person. */
export function useClearRecentCache() {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.removeQueries({ queryKey: recentKeys.all }), [queryClient]);
}
