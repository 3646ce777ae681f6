// DELETE /api/salesforce/recent-searches: the person clears their recent searches.
import { clearRecentSearchesResponseSchema, type RecentResponse } from '@sfsearch/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { recentKeys } from './recent-keys.ts';

export function clearRecentSearches() {
  return api.delete('/api/salesforce/recent-searches', clearRecentSearchesResponseSchema);
}

export function useClearRecentSearches() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: clearRecentSearches,
    onSuccess: () => {
      // Gone at once on screen; then read again, as every mutation invalidates what it changed.
      queryClient.setQueryData<RecentResponse>(recentKeys.list(), (old) => old && { ...old, searches: [] });
      return queryClient.invalidateQueries({ queryKey: recentKeys.all });
    },
  });
}
