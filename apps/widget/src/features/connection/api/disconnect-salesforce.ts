// POST /api/salesforce/connection/disconnect: revoke and forget this employee's Salesforce tokens.
import type { Connection } from '@sfsearch/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { connectionKeys } from './connection-keys.ts';

export function disconnectSalesforce() {
  return api.post('/api/salesforce/connection/disconnect', {}, 'disconnect');
}

export function useDisconnectSalesforce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disconnectSalesforce,
    onSuccess: () => {
      queryClient.setQueryData<Connection>(connectionKeys.status(), (old) => old && { configured: old.configured, status: 'not-connected' });
      return queryClient.invalidateQueries({ queryKey: connectionKeys.all });
    },
  });
}
