// QueryClient defaults. A 4xx is the BFF's considered answer, so it is never retried; a lost
// connection or a quick 5xx (500, 502) gets one more try. A 503 or 504 is not retried: the daily
// limit or a busy refresh will not have changed, and a timeout retried doubles the wait.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client.ts';
import { meKeys } from './auth.ts';

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status === 500 || error.status === 502;
}

export function createQueryClient(): QueryClient {
  // The intranet session can end while the page is open; any 401 not-signed-in re-checks /api/me,
  // which then shows the sign-in prompt.
  const onError = (error: unknown, queryKey?: readonly unknown[]) => {
    if (!isApiError(error, 'not-signed-in')) return;
    if (queryKey?.[0] === meKeys.all[0]) return;
    void queryClient.invalidateQueries({ queryKey: meKeys.all });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 0 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
