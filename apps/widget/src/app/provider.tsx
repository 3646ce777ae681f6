import { I18nProvider } from '@lingui/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary.tsx';
import { meQueryOptions } from '../lib/auth.ts';
import { activateLocale, i18n, preferredLocale } from '../lib/i18n.ts';

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Who is signed in is asked for while the catalogue loads, not after it.
  useState(() => void queryClient.prefetchQuery(meQueryOptions()));
  return (
    <ErrorBoundary>
      <LanguageGate>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </LanguageGate>
    </ErrorBoundary>
  );
}

/**
 * Nothing is shown until the person's language is active: a page that starts in English and
 * turns Japanese a moment later would be worse than a blank one for those few milliseconds.
 * The catalogue (about 5 kB gzip) is fetched alongside GET /api/me, which AppProvider starts.
 */
function LanguageGate({ children }: { children: ReactNode }) {
  const [wanted] = useState(preferredLocale);
  const [ready, setReady] = useState(() => i18n.locale === wanted);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    activateLocale(wanted).then(
      () => current && setReady(true),
      (error: unknown) => current && setFailed(error),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  // A catalogue that cannot load (a deploy replaced its chunk) goes to the error boundary.
  if (failed) throw failed;
  return ready ? <I18nProvider i18n={i18n}>{children}</I18nProvider> : null;
}
