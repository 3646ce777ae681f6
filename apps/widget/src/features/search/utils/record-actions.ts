// What a person can do with a record without another Salesforce call: call it, write to it, copy
// its link, open it in Salesforce (on a phone, in the Salesforce app).
import type { SearchResult } from '@sfsearch/contracts';

/** Fields the preview shows but the result card leaves out (long, or rarely what tells records apart). */
export const PREVIEW_ONLY_KEYS: ReadonlySet<string> = new Set(['website', 'description']);

export function fieldValue(result: SearchResult, key: string): string | undefined {
  return result.fields.find((field) => field.key === key)?.value;
}

/** `tel:` wants digits and a leading +; "+44 (20) 7946-0958" dials as +442079460958. */
export function telUrl(phone: string): string | undefined {
  const digits = phone.replace(/(?!^\+)[^\d]/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : undefined;
}

export function mailtoUrl(email: string): string | undefined {
  return /^[^\s@]+@[^\s@]+$/.test(email) ? `mailto:${encodeURIComponent(email).replace('%40', '@')}` : undefined;
}

/**
 * The Salesforce mobile app's documented deep link to a record: `salesforce1://sObject/<id>/view`
 * (Salesforce Help, "Salesforce App URL Scheme Format"; 15- and 18-character ids).
 */
export function mobileAppUrl(result: SearchResult): string {
  return `salesforce1://sObject/${encodeURIComponent(result.id)}/view`;
}
