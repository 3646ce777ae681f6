// "Show more" per record type: the pages of one type the person asked for, appended to the first
// results, one request per click. A new query starts again from its first results.
import { recordTypes, SEARCH_MORE_LIMIT, type RecordType, type SearchResponse, type SearchResult } from '@sfsearch/contracts';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { moreParams, moreResultsQueryOptions } from '../api/get-more-results.ts';

/** Whether the next page of a type is on its way, or failed (the next click asks again). */
export type MoreState = 'idle' | 'loading' | 'failed';

type Pages = Partial<Record<RecordType, number>>;

export function useMoreResults(base: SearchResponse | undefined) {
  const query = base?.query;
  const [requested, setRequested] = useState<{ query: string | undefined; pages: Pages }>({ query, pages: {} });
  const pages = requested.query === query ? requested.pages : {};

  const specs = base
    ? recordTypes.flatMap((type) => Array.from({ length: pages[type] ?? 0 }, (_, page) =>
      moreParams(base.query, type, base.results[type].length + page * SEARCH_MORE_LIMIT)))
    : [];
  const answers = useQueries({ queries: specs.map(moreResultsQueryOptions) });

  const states: Partial<Record<RecordType, MoreState>> = {};
  let data = base;
  if (base && specs.length > 0) {
    const results = { ...base.results };
    const more = new Set(base.more);
    const stopped = new Set<RecordType>();
    specs.forEach(({ type }, index) => {
      if (stopped.has(type)) return;
      const answer = answers[index]!;
      if (!answer.data) {
        states[type] = answer.isError ? 'failed' : 'loading';
        stopped.add(type);
        return;
      }
      const known = new Set(results[type].map((r) => r.id));
      const added: SearchResult[] = answer.data.results[type].filter((r) => !known.has(r.id));
      results[type] = [...results[type], ...added];
      if (answer.data.more.includes(type) && added.length > 0) more.add(type);
      else more.delete(type);
    });
    data = { ...base, results, more: recordTypes.filter((type) => more.has(type)) };
  }

  const showMore = (type: RecordType) => {
    if (states[type] === 'loading') return;
    const failed = states[type] === 'failed' ? answers[specs.findIndex((s, i) => s.type === type && answers[i]!.isError)] : undefined;
    if (failed) {
      void failed.refetch();
      return;
    }
    setRequested({ query, pages: { ...pages, [type]: (pages[type] ?? 0) + 1 } });
  };

  return { data, states, showMore };
}
