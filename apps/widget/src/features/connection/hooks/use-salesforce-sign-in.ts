// Connect to Salesforce. Salesforce's login page refuses to load in a frame, so inside an intranet
// iframe the sign-in opens in a popup whose callback page posts the outcome back here; otherwise
// the whole page goes to Salesforce and comes back.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from '../../../lib/browser.ts';
import { connectionKeys } from '../api/connection-keys.ts';
import { POPUP_FEATURES, POPUP_NAME, POPUP_SIGN_IN_URL, isPopupMessage, redirectSignInUrl } from '../utils/sign-in.ts';

export const POPUP_POLL_MS = 500;

export type SignInState =
  | { kind: 'idle' }
  /** The popup is open; the employee is signing in there. */
  | { kind: 'waiting' }
  /** The browser refused to open the popup. */
  | { kind: 'blocked' }
  | { kind: 'failed'; message: string };

export function useSalesforceSignIn() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SignInState>({ kind: 'idle' });
  const popupRef = useRef<Window | null>(null);

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: connectionKeys.all }), [queryClient]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only our own callback page, on our own origin, speaks for the connection.
      if (event.origin !== window.location.origin) return;
      if (!isPopupMessage(event.data)) return;
      const { status, message } = event.data;
      popupRef.current = null;
      setState(status === 'connected' ? { kind: 'idle' } : { kind: 'failed', message: message ?? "Salesforce sign-in didn't finish." });
      void refresh();
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [refresh]);

  // A popup closed without a message (the employee gave up, or the callback failed): re-check.
  useEffect(() => {
    if (state.kind !== 'waiting') return;
    const timer = window.setInterval(() => {
      if (!popupRef.current?.closed) return;
      popupRef.current = null;
      setState({ kind: 'idle' });
      void refresh();
    }, POPUP_POLL_MS);
    return () => window.clearInterval(timer);
  }, [state.kind, refresh]);

  const connect = useCallback(() => {
    if (!browser.isFramed()) {
      browser.assign(redirectSignInUrl());
      return;
    }
    const popup = window.open(POPUP_SIGN_IN_URL, POPUP_NAME, POPUP_FEATURES);
    if (!popup) {
      setState({ kind: 'blocked' });
      return;
    }
    popupRef.current = popup;
    popup.focus();
    setState({ kind: 'waiting' });
  }, []);

  return { state, connect };
}
