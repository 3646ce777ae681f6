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

/**
 * "A", "A or B", "A, B and C" (English keeps its wording without the serial comma); other
 * languages join through Intl.ListFormat ("取引先、リード、ToDo").
 */
export function joinList(names: readonly string[], conjunction: 'or' | 'and', locale: string = activeLocale()): string {
  if (locale !== 'en') {
    return new Intl.ListFormat(locale, { type: conjunction === 'or' ? 'disjunction' : 'conjunction' }).format(names);
  }
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** 0.834 → "83%" ("83%" in Japanese too), in the active language. */
export function formatPercent(share: number): string {
  const locale = activeLocale();
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

export function formatNumber(value: number): string {
  return formattersFor(activeLocale()).number.format(value);
}
