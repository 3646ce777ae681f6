// Where focus goes once the employee is connected: to the search box, whether the sign-in came
// back in a popup (the connection changes under this page) or as a full-page redirect (this page
// loads anew, and a note left in sessionStorage before leaving says a sign-in was under way).
import { useEffect, useRef, useState } from 'react';

const SIGNING_IN = 'sfsearch:signing-in';

/** Called as the employee leaves for Salesforce's sign-in. */
export function noteSignInStarted(): void {
  try {
    window.sessionStorage.setItem(SIGNING_IN, '1');
  } catch {
    // Storage refused (a privacy mode): focus simply stays where the browser puts it.
  }
}

function takeSignInNote(): boolean {
  try {
    const noted = window.sessionStorage.getItem(SIGNING_IN) === '1';
    window.sessionStorage.removeItem(SIGNING_IN);
    return noted;
  } catch {
    return false;
  }
}

/** A number that changes each time the search box should take focus (0: never yet). */
export function useFocusAfterConnect(connected: boolean | undefined): number {
  const [request, setRequest] = useState(0);
  const was = useRef<boolean | undefined>(undefined);
  useEffect(() => {
    if (connected === undefined) return;
    const before = was.current;
    was.current = connected;
    if (!connected) return;
    // Connected now: after being disconnected here, or on a page a sign-in redirect came back to.
    if (before === false || (before === undefined && takeSignInNote())) setRequest((n) => n + 1);
  }, [connected]);
  return request;
}
