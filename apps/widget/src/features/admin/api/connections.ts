// The admin's view of every connection: GET …/connections (a page of it, found by words), POST
// …/connections/:userId/disconnect, GET …/audit (newest first, page after page) and the CSV.
import { adminDisconnectResponseSchema, auditResponseSchema, CONNECTIONS_PAGE_DEFAULT, connectionsResponseSchema } from '@sfsearch/contracts';
import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { salesforceConfigKeys } from './salesforce-config-keys.ts';

const BASE = '/api/admin/marketplace/salesforce';
export const AUDIT_CSV_URL = `${BASE}/audit.csv`;

export const connectionsKeys = {
  all: ['admin', 'connections'] as const,
  page: (q: string, offset: number) => [...connectionsKeys.all, 'page', q, offset] as const,
  audit: () => [...connectionsKeys.all, 'audit'] as const,
};

export function connectionsQueryOptions(q: string, offset: number, limit = CONNECTIONS_PAGE_DEFAULT) {
  const params = new URLSearchParams({ q, offset: String(offset), limit: String(limit) });
  return queryOptions({
    queryKey: connectionsKeys.page(q, offset),
    queryFn: ({ signal }) => api.get(`${BASE}/connections?${params}`, connectionsResponseSchema, { signal }),
    // The page stays up while the next one (or the next search) comes.
    placeholderData: keepPreviousData,
  });
}

export function useConnections(q: string, offset: number) {
  return useQuery(connectionsQueryOptions(q, offset));
}

export function useAdminDisconnect() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.post(`${BASE}/connections/${encodeURIComponent(userId)}/disconnect`, {}, adminDisconnectResponseSchema),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: connectionsKeys.all }),
      queryClient.invalidateQueries({ queryKey: salesforceConfigKeys.all }),
    ]),
  });
}

export function auditQueryOptions() {
  return infiniteQueryOptions({
    queryKey: connectionsKeys.audit(),
    queryFn: ({ pageParam, signal }) =>
      api.get(`${BASE}/audit${pageParam === null ? '' : `?before=${pageParam}`}`, auditResponseSchema, { signal }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next,
  });
}

export function useAudit() {
  return useInfiniteQuery(auditQueryOptions());
}
