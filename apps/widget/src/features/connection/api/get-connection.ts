// GET /api/salesforce/connection: is Salesforce set up, and is this employee connected to it?
import { connectionSchema } from '@sfsearch/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { connectionKeys } from './connection-keys.ts';

export function getConnection(signal?: AbortSignal) {
  return api.get('/api/salesforce/connection', connectionSchema, { signal });
}

export function connectionQueryOptions() {
  return queryOptions({
    queryKey: connectionKeys.status(),
    queryFn: ({ signal }) => getConnection(signal),
    // Always re-checked on focus: the employee may have connected in another tab.
    staleTime: 0,
  });
}

export function useConnection() {
  return useQuery(connectionQueryOptions());
}
