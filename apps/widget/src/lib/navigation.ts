// A router in thirty lines: the pathname as external state, pushState for in-app links, and focus
// moved to the new page's heading after an in-app navigation (not on first load: inside an
// intranet iframe that would steal focus from the host page).
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let focusPending = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  focusPending = true;
  for (const listener of listeners) listener();
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** True once after an in-app navigation: the page heading then takes focus. */
export function takePendingFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}
