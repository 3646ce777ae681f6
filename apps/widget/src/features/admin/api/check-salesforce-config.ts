// POST /api/admin/marketplace/salesforce/check: try the settings against Salesforce without saving.
import { checkResponseSchema, type SalesforceConfigUpdate } from '@sfsearch/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export function checkSalesforceConfig(update: SalesforceConfigUpdate) {
  return api.post('/api/admin/marketplace/salesforce/check', update, checkResponseSchema);
}

export function useCheckSalesforceConfig() {
  return useMutation({ mutationFn: checkSalesforceConfig });
}
