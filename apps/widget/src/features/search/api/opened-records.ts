// Records the person opened from this widget, shown first under "Recently viewed" at once. The
// Lightning page they open records the view in Salesforce itself (ADR 0033), but the BFF keeps
// Salesforce's list for 30 s, so without this the record just opened would show up only later.
// Kept in the query cache beside the list, so it goes with it when the identity changes.
import type { RecentRecord } from '@sfsearch/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { recentKeys } from './recent-keys.ts';

const MAX_OPENED = 10;

export function useRememberOpened() {
  const queryClient = useQueryClient();
  return useCallback((record: RecentRecord) => {
    const { id, type, title, url } = record;
    queryClient.setQueryData<RecentRecord[]>(recentKeys.opened(), (old = []) =>
      [{ id, type, title, url }, ...old.filter((o) => o.id !== id)].slice(0, MAX_OPENED));
  }, [queryClient]);
}

export function useOpenedRecords(): RecentRecord[] {
  return useQuery({ queryKey: recentKeys.opened(), queryFn: () => [] as RecentRecord[], initialData: [], staleTime: Infinity, gcTime: Infinity }).data;
}

/** Opened here first, then Salesforce's own list, each record once. */
export function withOpened(opened: readonly RecentRecord[], records: readonly RecentRecord[]): RecentRecord[] {
  const seen = new Set(opened.map((r) => r.id));
  return [...opened, ...records.filter((r) => !seen.has(r.id))].slice(0, MAX_OPENED);
}
