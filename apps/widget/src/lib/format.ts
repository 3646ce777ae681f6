// Dates and numbers in the interface's language (lib/i18n.ts), through Intl.
import { activeLocale } from './i18n.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

// Intl formatters are costly to build: one of each per locale.
const formatters = new Map<string, { date: Intl.DateTimeFormat; dateTime: Intl.DateTimeFormat; number: Intl.NumberFormat }>();

function formattersFor(locale: string) {
  let found = formatters.get(locale);
  if (!found) {
    found = {
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      number: new Intl.NumberFormat(locale),
    };
    formatters.set(locale, found);
  }
  return found;
}

/** Salesforce dates (2026-11-30) read as dates; anything else is shown as the BFF wrote it. */
export function formatFieldValue(value: string): string {
  if (ISO_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime())) return formattersFor(activeLocale()).date.format(date);
  }
  return value;
}

export function formatDateTime(iso: string): string {
  if (!ISO_DATE_TIME.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formattersFor(activeLocale()).dateTime.format(date);
}

export function formatNumber(value: number): string {
  return formattersFor(activeLocale()).number.format(value);
}
