import { SEARCH_MIN_LENGTH, SEARCH_TERM_TOO_SHORT, type RecordType } from '@sfsearch/contracts';
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

function statusText({ text, longEnough, searching, slow, resultCount, types }: Props): ReactNode {
  if (text.trim() === '') return `Search ${joinTypeNames(types, 'and')} in Salesforce.`;
  if (!longEnough) return text.trim().length < SEARCH_MIN_LENGTH ? `Type at least ${SEARCH_MIN_LENGTH} characters.` : SEARCH_TERM_TOO_SHORT;
  if (resultCount === undefined || (searching && resultCount === 0)) {
    return searching ? (
      <>
        <span className="spinner" aria-hidden="true" /> {slow ? 'Still searching — Salesforce is slow to answer…' : 'Searching Salesforce…'}
      </>
    ) : null;
  }
  if (resultCount === 0) {
    return (
      <>
        <strong>No {joinTypeNames(types, 'or')} match “{text.trim()}”.</strong>{' '}
        Check the spelling, use fewer or shorter words, or search more record types.
      </>
    );
  }
  return (
    <>
      {resultCount} {resultCount === 1 ? 'result' : 'results'}
      {searching ? (
        <>
          {' '}
          <span className="spinner" aria-hidden="true" /> {slow ? 'still searching — Salesforce is slow to answer…' : 'updating…'}
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
  return (
    <p id={props.id} className="search-status" role="status">
      {statusText(props)}
    </p>
  );
}
