// PUT /api/admin/marketplace/salesforce: save; any real change signs every employee out of Salesforce.
import { saveConfigResponseSchema, type SalesforceConfigUpdate } from '@sfsearch/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { salesforceConfigKeys } from './salesforce-config-keys.ts';

export function updateSalesforceConfig(update: SalesforceConfigUpdate) {
  return api.put('/api/admin/marketplace/salesforce', update, saveConfigResponseSchema);
}

export function useUpdateSalesforceConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSalesforceConfig,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: salesforceConfigKeys.all }),
  });
}
