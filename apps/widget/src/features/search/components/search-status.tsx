import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { SEARCH_MIN_LENGTH, type RecordType } from '@sfsearch/contracts';
import type { ReactNode } from 'react';
import { joinTypeNames } from '../utils/record-types.ts';

type Props = {
  id: string;
  text: string;
  longEnough: boolean;
  searching: boolean;
  /** No answer for a couple of seconds. */
  slow: boolean;
  resultCount: number | undefined;
  types: readonly RecordType[];
};

function statusText({ text, longEnough, searching, slow, resultCount, types }: Props, i18n: I18n): ReactNode {
  if (text.trim() === '') {
    const all = joinTypeNames(i18n, types, 'and');
    return t`Search ${all} in Salesforce.`;
  }
  // The second is the contracts' problem 'search.single-characters', as the BFF says it.
  if (!longEnough) {
    return text.trim().length < SEARCH_MIN_LENGTH
      ? t`Type at least ${SEARCH_MIN_LENGTH} characters.`
      : t`Type at least two letters or digits in a row: Salesforce does not search for single characters.`;
  }
  if (resultCount === undefined || (searching && resultCount === 0)) {
    return searching ? (
      <>
        <span className="spinner" aria-hidden="true" /> {slow ? t`Still searching — Salesforce is slow to answer…` : t`Searching Salesforce…`}
      </>
    ) : null;
  }
  if (resultCount === 0) {
    const some = joinTypeNames(i18n, types, 'or');
    const words = text.trim();
    return (
      <Trans>
        <strong>No {some} match “{words}”.</strong> Check the spelling, use fewer or shorter words, or search more record types.
      </Trans>
    );
  }
  return (
    <>
      {plural(resultCount, { one: '# result', other: '# results' })}
      {searching ? (
        <>
          {' '}
          <span className="spinner" aria-hidden="true" /> {slow ? t`still searching — Salesforce is slow to answer…` : t`updating…`}
        </>
      ) : null}
    </>
  );
}

/**
 * The line under the field, in a polite live region: what to type, that a search is running, how
 * many results there are, or that nothing matched and what to try.
 */
export function SearchStatus(props: Props) {
  // useLingui: the line is written again when the language changes.
  const { i18n } = useLingui();
  return (
    <p id={props.id} className="search-status" role="status">
      {statusText(props, i18n)}
    </p>
  );
}
