// PUT /api/admin/marketplace/salesforce/settings: what changes without anyone signing in again.
import { settingsResponseSchema, type SettingsUpdate } from '@sfsearch/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { connectionsKeys } from './connections.ts';
import { salesforceConfigKeys } from './salesforce-config-keys.ts';

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: SettingsUpdate) => api.put('/api/admin/marketplace/salesforce/settings', update, settingsResponseSchema),
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: salesforceConfigKeys.all }),
      queryClient.invalidateQueries({ queryKey: connectionsKeys.audit() }),
    ]),
  });
}
