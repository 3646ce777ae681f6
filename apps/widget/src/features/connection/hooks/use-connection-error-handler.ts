// A search can learn before the connection status does that the Salesforce connection is gone
// (an administrator changed the settings, the session expired, access was revoked): show that
// state at once. No refetch here: should the two endpoints ever disagree, a refetch would flip
// the page back and forth; the status is re-read on the next focus or connect anyway.
import type { Connection } from '@sfsearch/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiError } from '../../../lib/api-client.ts';
import { connectionKeys } from '../api/connection-keys.ts';
import { isDisconnectReason } from '../utils/reasons.ts';

function applyError(old: Connection | undefined, error: ApiError): Connection | undefined {
  switch (error.code) {
    case 'not-configured':
      return { configured: false, status: 'not-connected' };
    case 'not-connected':
      return { configured: true, status: 'not-connected' };
    case 'reconnect-required':
      return { configured: true, status: 'reconnect-required', ...(isDisconnectReason(error.reason) ? { reason: error.reason } : {}) };
    default:
      return old;
  }
}

export function useConnectionErrorHandler() {
  const queryClient = useQueryClient();
  return useCallback(
    (error: ApiError) => {
      queryClient.setQueryData<Connection>(connectionKeys.status(), (old) => applyError(old, error));
    },
    [queryClient],
  );
}
