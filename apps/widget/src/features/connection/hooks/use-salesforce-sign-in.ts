// Connect to Salesforce. Salesforce's login page refuses to load in a frame, so inside an intranet
// iframe the sign-in opens in a popup; otherwise the whole page goes to Salesforce and comes back.
//
// The popup's outcome arrives three ways, because a person may take minutes on Salesforce's
// pages and something on the way (a Cross-Origin-Opener-Policy, a browser's own policy) may
// sever the popup from this page, which then reads `popup.closed` as true while it is still open:
// - the callback page's postMessage to its opener;
// - the same message on a BroadcastChannel of our origin, which needs no opener;
// - polling the connection every couple of seconds for a few minutes after the popup opened.
import { t } from '@lingui/core/macro';
import { POPUP_CHANNEL, type PopupMessage } from '@sfsearch/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from '../../../lib/browser.ts';
import { connectionKeys } from '../api/connection-keys.ts';
import { POPUP_FEATURES, POPUP_NAME, isPopupMessage, popupSignInUrl, redirectSignInUrl } from '../utils/sign-in.ts';
import { noteSignInStarted } from './use-focus-after-connect.ts';

/** How often the popup is looked at, and the connection re-read, while a sign-in may be under way. */
export const POPUP_POLL_MS = 500;
export const CONNECTION_POLL_MS = 2_000;
/** How long after opening the popup the connection is still watched: a slow person, MFA, a password reset. */
export const SIGN_IN_WATCH_MS = 5 * 60_000;

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
  const [watchingUntil, setWatchingUntil] = useState(0);
  const popupRef = useRef<Window | null>(null);

  const refresh = useCallback(() => queryClient.invalidateQueries({ queryKey: connectionKeys.all }), [queryClient]);

  const onOutcome = useCallback((message: PopupMessage) => {
    popupRef.current = null;
    setWatchingUntil(0);
    setState(message.status === 'connected' ? { kind: 'idle' } : { kind: 'failed', message: message.message ?? t`Salesforce sign-in didn't finish.` });
    void refresh();
  }, [refresh]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      // Only our own callback page, on our own origin, speaks for the connection.
      if (event.origin !== window.location.origin || !isPopupMessage(event.data)) return;
      onOutcome(event.data);
    };
    window.addEventListener('message', onMessage);
    // A BroadcastChannel only ever carries messages of our own origin.
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(POPUP_CHANNEL) : undefined;
    if (channel) channel.onmessage = (event: MessageEvent) => { if (isPopupMessage(event.data)) onOutcome(event.data); };
    return () => {
      window.removeEventListener('message', onMessage);
      channel?.close();
    };
  }, [onOutcome]);

  // A popup that reads as closed may have been closed by the person, or only severed from this
  // page: re-check at once, show the button again, and keep watching the connection meanwhile.
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

  useEffect(() => {
    if (watchingUntil === 0) return;
    const timer = window.setInterval(() => {
      if (Date.now() > watchingUntil) setWatchingUntil(0);
      else void refresh();
    }, CONNECTION_POLL_MS);
    return () => window.clearInterval(timer);
  }, [watchingUntil, refresh]);

  const connect = useCallback(() => {
    if (!browser.isFramed()) {
      noteSignInStarted();
      browser.assign(redirectSignInUrl());
      return;
    }
    const popup = window.open(popupSignInUrl(), POPUP_NAME, POPUP_FEATURES);
    // A blocked popup may still be opened from the link offered: watch for that sign-in too.
    setWatchingUntil(Date.now() + SIGN_IN_WATCH_MS);
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
