export const SIGN_IN_PATH = '/marketplace/salesforce/account/sign-in';
export const POPUP_SIGN_IN_URL = `${SIGN_IN_PATH}?popup=1`;
export const POPUP_NAME = 'salesforce-sign-in';
export const POPUP_FEATURES = 'popup,width=520,height=720';

/** Full-page sign-in comes back to where the employee was, search text included. */
export function redirectSignInUrl(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  return `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(location.pathname + location.search)}`;
}

/** What the BFF's callback page posts to its opener before it closes. */
export type PopupMessage = {
  source: 'sfsearch';
  type: 'salesforce-connection';
  status: 'connected' | 'error';
  message?: string;
};

// Checked by hand rather than with zod, which stays out of the initial bundle.
export function isPopupMessage(data: unknown): data is PopupMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { source, type, status, message } = data as Record<string, unknown>;
  return (
    source === 'sfsearch' &&
    type === 'salesforce-connection' &&
    (status === 'connected' || status === 'error') &&
    (message === undefined || typeof message === 'string')
  );
}
