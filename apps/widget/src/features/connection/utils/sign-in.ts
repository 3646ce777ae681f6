import { popupMessageSchema, type PopupMessage } from '@sfsearch/contracts';

export const SIGN_IN_PATH = '/marketplace/salesforce/account/sign-in';
export const POPUP_SIGN_IN_URL = `${SIGN_IN_PATH}?popup=1`;
export const POPUP_NAME = 'salesforce-sign-in';
export const POPUP_FEATURES = 'popup,width=520,height=720';

/** Full-page sign-in comes back to where the employee was, search text included. */
export function redirectSignInUrl(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  return `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(location.pathname + location.search)}`;
}

/** What the BFF's callback page posts before it closes. */
export function isPopupMessage(data: unknown): data is PopupMessage {
  return popupMessageSchema.safeParse(data).success;
}
