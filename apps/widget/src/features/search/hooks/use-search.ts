// What to search for, and when: at least two characters, once the person has stopped typing by
// their own pace (hooks/typing-pause.ts; a query already in the cache shows at once), in the
// chosen record types. The query and the filter live
// in the URL too, so a full-page reconnect comes back to the same search.
import { DEFAULT_SEARCH_TYPES, hasSearchableTerm, SEARCH_DEFAULT_LIMIT, SEARCH_MIN_LENGTH, type RecordType } from '@sfsearch/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useAfterDelay } from '../../../hooks/use-after-delay.ts';
import { useSettledText } from '../../../hooks/use-settled-text.ts';
import { findCachedResults, normaliseQuery, useSearchResults } from '../api/get-search-results.ts';
import type { SearchParams } from '../api/search-keys.ts';
import { inCanonicalOrder, parseTypes } from '../utils/record-types.ts';

/** After this long without an answer the person is told the search is still running. */
export const STILL_SEARCHING_MS = 2_000;

function readUrl(offered: readonly RecordType[]): { text: string; types: RecordType[] } {
  const params = new URLSearchParams(window.location.search);
  return { text: params.get('q') ?? '', types: parseTypes(params.get('types'), offered) };
}

function writeUrl(q: string, types: readonly RecordType[], offered: readonly RecordType[]): void {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (types.length < offered.length) params.set('types', types.join(','));
  for (const [key, value] of new URLSearchParams(window.location.search)) {
    if (key !== 'q' && key !== 'types') params.append(key, value);
  }
  const search = params.toString();
  const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
}

/** `offered`: the record types the admin lets employees search (the connection says which). */
export function useSearch(offered: readonly RecordType[] = DEFAULT_SEARCH_TYPES) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => readUrl(offered));
  const [text, setText] = useState(initial.text);
  // Kept as the types turned off, so a type the admin adds while the page is open comes on.
  const [off, setOff] = useState<ReadonlySet<RecordType>>(() => new Set(offered.filter((type) => !initial.types.includes(type))));
  const types = useMemo(() => {
    const on = offered.filter((type) => !off.has(type));
    return on.length > 0 ? on : [...offered];
  }, [offered, off]);

  const typed = normaliseQuery(text);
  const debouncedText = useSettledText(text);
  const debounced = normaliseQuery(debouncedText);
  // The BFF's own rules (packages/contracts): Salesforce refuses searches of single characters.
  const longEnough = typed.length >= SEARCH_MIN_LENGTH && hasSearchableTerm(typed);
  const cached = longEnough && findCachedResults(queryClient, { q: typed, types, limit: SEARCH_DEFAULT_LIMIT }) !== undefined;
  const q = cached ? typed : debounced;

  const params = useMemo<SearchParams | null>(
    () => (longEnough && q.length >= SEARCH_MIN_LENGTH && hasSearchableTerm(q) ? { q, types, limit: SEARCH_DEFAULT_LIMIT } : null),
    [longEnough, q, types],
  );
  const results = useSearchResults(params);
  const slow = useAfterDelay(params !== null && results.isFetching, STILL_SEARCHING_MS);

  const urlText = debounced.length >= SEARCH_MIN_LENGTH && hasSearchableTerm(debounced) ? debouncedText.trim() : '';
  useEffect(() => writeUrl(urlText, types, offered), [urlText, types, offered]);

  return {
    text,
    setText,
    clear: () => setText(''),
    types,
    setTypes: (next: Iterable<RecordType>) => {
      const on = new Set(inCanonicalOrder(next));
      setOff(new Set(offered.filter((type) => !on.has(type))));
    },
    /** The record types the admin offers: the chips. */
    offered,
    /** The text the user typed is long enough to search. */
    longEnough,
    /** Waiting for the debounce or for the BFF. */
    searching: longEnough && (q !== typed || results.isFetching),
    /** The BFF has not answered for a while (Salesforce is slow). */
    slow,
    /** Results shown: while the next query loads, those of the previous one that still match it. */
    data: params ? results.data : undefined,
    error: params && !results.isFetching ? results.error : null,
    retry: () => void results.refetch(),
  };
}
