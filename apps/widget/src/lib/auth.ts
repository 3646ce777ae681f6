// GET /api/me: who is signed in to the intranet, and the CSRF token for state-changing requests.
import { meSchema } from '@sfsearch/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from './api-client.ts';

export const meKeys = {
  all: ['me'] as const,
};

export async function getMe(signal?: AbortSignal) {
  const me = await api.get('/api/me', meSchema, { signal });
  setCsrfToken(me.csrfToken);
  return me;
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meKeys.all,
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

/** Where the intranet's sign-in sends the user back to: here. */
export function signInUrl(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  return `/auth/sign-in?returnTo=${encodeURIComponent(location.pathname + location.search)}`;
}
