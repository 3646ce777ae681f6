// The interface language: English or Japanese, following the browser unless the person chose one
// here (remembered in this browser). Each catalogue is its own chunk, loaded when it is needed,
// so the initial JavaScript carries none (docs/decisions/0036-languages.md).
import { i18n, type Messages } from '@lingui/core';
import { t } from '@lingui/core/macro';

export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];

/** Each language's name in itself, as the switch shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', ja: '日本語' };

const STORAGE_KEY = 'sfsearch.locale';

const catalogues: Record<Locale, () => Promise<{ messages: Messages }>> = {
  en: () => import('../locales/en/messages.po'),
  ja: () => import('../locales/ja/messages.po'),
};

let markActive: () => void = () => {};
const firstActivation = new Promise<void>((resolve) => {
  markActive = resolve;
});

/**
 * Resolves once a catalogue is active. GET /api/me starts while the first catalogue loads; a
 * message the API client writes for a failure must wait for the language it is to be in.
 */
export function whenLocaleActive(): Promise<void> {
  return i18n.locale ? Promise.resolve() : firstActivation;
}

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function readChoice(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    // Storage can be refused (a partitioned or disabled iframe): follow the browser then.
    return undefined;
  }
}

/** The remembered choice, else the first of the browser's languages we have, else English. */
export function preferredLocale(): Locale {
  const chosen = readChoice();
  if (chosen) return chosen;
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const language of languages) {
    const primary = language?.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'en';
}

/** Fetches the catalogue (once per locale), activates it and tells the page its language and title. */
export async function activateLocale(locale: Locale): Promise<void> {
  if (i18n.locale !== locale) {
    const { messages } = await catalogues[locale]();
    i18n.loadAndActivate({ locale, messages });
    markActive();
  }
  document.documentElement.lang = locale;
  // index.html's title is English until a catalogue is active.
  document.title = t`Salesforce search`;
}

/** The person's own choice: applied at once and remembered for their next visit. */
export async function chooseLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, but still applied.
  }
  await activateLocale(locale);
}

/** The active locale, for Intl. English until a catalogue is active. */
export function activeLocale(): Locale {
  return isLocale(i18n.locale) ? i18n.locale : 'en';
}

export { i18n };
