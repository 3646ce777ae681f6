// GET /api/admin/marketplace/salesforce: the connection settings (never the secret itself).
import { salesforceConfigSchema } from '@sfsearch/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { salesforceConfigKeys } from './salesforce-config-keys.ts';

export function getSalesforceConfig(signal?: AbortSignal) {
  return api.get('/api/admin/marketplace/salesforce', salesforceConfigSchema, { signal });
}

export function salesforceConfigQueryOptions() {
  return queryOptions({
    queryKey: salesforceConfigKeys.detail(),
    queryFn: ({ signal }) => getSalesforceConfig(signal),
    // A form being edited must not be reset under the admin's hands.
    refetchOnWindowFocus: false,
  });
}

export function useSalesforceConfig() {
  return useQuery(salesforceConfigQueryOptions());
}
