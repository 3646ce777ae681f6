import type { QueryClient } from '@tanstack/react-query';
import { AppShell } from './app-shell.tsx';
import { AppProvider } from './provider.tsx';

/** The whole widget; main.tsx and the tests render exactly this. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <AppProvider queryClient={queryClient}>
      <AppShell />
    </AppProvider>
  );
}
