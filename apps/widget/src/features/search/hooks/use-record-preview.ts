// Which record the preview shows: the active option, or (on a touch screen) the one tapped, shown
// as a sheet. Whether the active option came from the keyboard or the pointer decides where a
// narrow layout may show it: under the results only for the keyboard, since a pointer moving
// down to it would pass over other results and change it.
import type { SearchResult } from '@sfsearch/contracts';
import { useState } from 'react';
import { COARSE_POINTER, useMediaQuery } from '../../../hooks/use-media-query.ts';
import type { ResultOption } from '../utils/result-options.ts';

export function useRecordPreview(options: readonly ResultOption[], activeId: string | undefined) {
  const touch = useMediaQuery(COARSE_POINTER);
  const [by, setBy] = useState<'keyboard' | 'pointer'>('keyboard');
  const [sheetId, setSheetId] = useState<string | null>(null);

  const record = (predicate: (option: ResultOption) => boolean): SearchResult | undefined => {
    const found = options.find(predicate);
    return found?.kind === 'record' ? found.result : undefined;
  };
  const sheet = sheetId ? record((o) => o.kind === 'record' && o.result.id === sheetId) : undefined;
  const shown = sheet ?? record((o) => o.id === activeId);

  return {
    /** A touch screen: a tap on a result opens the sheet instead of the record. */
    touch,
    shown,
    asSheet: sheet !== undefined,
    by,
    setBy,
    openSheet: (result: SearchResult) => setSheetId(result.id),
    closeSheet: () => setSheetId(null),
  };
}
