// The records among the listbox's options: not "Show more …" nor "See all results in Salesforce".
import { within } from '@testing-library/react';

const ACTION_OPTION = /^(Show more |Loading more |More .* could not be loaded|See all results in Salesforce)/;

/** Every option of the results, not those of a <select> (the header's language switch). */
export function resultOptions(container: HTMLElement = document.body): HTMLElement[] {
  return within(container).queryAllByRole('option').filter((option) => !option.closest('select'));
}

export function recordOptions(container: HTMLElement = document.body): HTMLElement[] {
  return resultOptions(container).filter((option) => !ACTION_OPTION.test(option.textContent ?? ''));
}
