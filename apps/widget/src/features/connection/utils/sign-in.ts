import { i18n } from '@lingui/core';
import { popupMessageSchema, type PopupMessage } from '@sfsearch/contracts';
import { preferredLocale } from '../../../lib/i18n.ts';

export const SIGN_IN_PATH = '/marketplace/salesforce/account/sign-in';

/** `lang`: the BFF's pages at the end of the sign-in speak the person's language, not the browser's. */
export function popupSignInUrl(): string {
  return `${SIGN_IN_PATH}?popup=1&lang=${i18n.locale || preferredLocale()}`;
}
export const POPUP_NAME = 'salesforce-sign-in';
export const POPUP_FEATURES = 'popup,width=520,height=720';

/** Full-page sign-in comes back to where the employee was, search text included. */
export function redirectSignInUrl(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  return `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(location.pathname + location.search)}&lang=${i18n.locale || preferredLocale()}`;
}

/** What the BFF's callback page posts before it closes. */
export function isPopupMessage(data: unknown): data is PopupMessage {
  return popupMessageSchema.safeParse(data).success;
}
