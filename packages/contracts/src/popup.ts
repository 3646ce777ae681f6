import * as z from 'zod/mini';

/**
 * The framed widget's sign-in popup: the BFF's callback page announces the outcome to
 * window.opener (same origin) and on this BroadcastChannel, which still reaches the widget when
 * something on the way severed the popup from its opener.
 */
export const POPUP_CHANNEL = 'sfsearch-salesforce-connection';

export const popupMessageSchema = z.object({
  source: z.literal('sfsearch'),
  type: z.literal('salesforce-connection'),
  status: z.enum(['connected', 'error']),
  message: z.optional(z.string()),
});
export type PopupMessage = z.infer<typeof popupMessageSchema>;
