import { useLingui } from '@lingui/react/macro';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { chooseLocale, localeNames, locales, type Locale } from '../lib/i18n.ts';

/**
 * The person's language, applied at once and remembered in this browser. What the BFF wrote (its
 * notices and error messages) is asked for again, in the new language.
 */
export function LanguageSwitch() {
  const { i18n, t } = useLingui();
  const queryClient = useQueryClient();
  const id = useId();
  const choose = async (locale: Locale) => {
    await chooseLocale(locale);
    await queryClient.invalidateQueries();
  };
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t`Language`}
      </label>
      {/* Uncontrolled: the switch is the only way the language changes. Preact re-asserting a
          controlled select's value on every render took focus from elsewhere on the page. */}
      <select
        id={id}
        className="language-select"
        defaultValue={i18n.locale}
        onChange={(event) => void choose(event.currentTarget.value as Locale)}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
