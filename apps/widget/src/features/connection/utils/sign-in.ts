import * as z from 'zod/mini';

export const SIGN_IN_PATH = '/marketplace/salesforce/account/sign-in';
export const POPUP_SIGN_IN_URL = `${SIGN_IN_PATH}?popup=1`;
export const POPUP_NAME = 'salesforce-sign-in';
export const POPUP_FEATURES = 'popup,width=520,height=720';

/** Full-page sign-in comes back to where the employee was, search text included. */
export function redirectSignInUrl(location: Pick<Location, 'pathname' | 'search'> = window.location): string {
  return `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(location.pathname + location.search)}`;
}

/** What the BFF's callback page posts to its opener before it closes. */
const popupMessageSchema = z.object({
  source: z.literal('sfsearch'),
  type: z.literal('salesforce-connection'),
  status: z.enum(['connected', 'error']),
  message: z.optional(z.string()),
});
export type PopupMessage = z.infer<typeof popupMessageSchema>;

export function isPopupMessage(data: unknown): data is PopupMessage {
  return popupMessageSchema.safeParse(data).success;
}
