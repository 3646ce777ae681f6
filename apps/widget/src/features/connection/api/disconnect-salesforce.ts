// POST /api/salesforce/connection/disconnect: revoke and forget this employee's Salesforce tokens.
import type { Connection } from '@sfsearch/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api } from '../../../lib/api-client.ts';
import { connectionKeys } from './connection-keys.ts';

/** The contracts have no schema for this answer. */
const disconnectResponseSchema = z.object({ ok: z.literal(true) });

export function disconnectSalesforce() {
  return api.post('/api/salesforce/connection/disconnect', {}, disconnectResponseSchema);
}

/** Lets the connection panel tell "you just disconnected" from "never connected". */
export const DISCONNECT_MUTATION_KEY = ['salesforce-disconnect'] as const;

export function useDisconnectSalesforce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: DISCONNECT_MUTATION_KEY,
    mutationFn: disconnectSalesforce,
    onSuccess: () => {
      queryClient.setQueryData<Connection>(connectionKeys.status(), (old) => old && { configured: old.configured, status: 'not-connected' });
      return queryClient.invalidateQueries({ queryKey: connectionKeys.all });
    },
  });
}
