// The search widget: a WAI-ARIA combobox whose listbox holds the results, grouped by record type.
import { Trans, useLingui } from '@lingui/react/macro';
import type { RecordType, SearchResult } from '@sfsearch/contracts';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import type { ApiError } from '../../../lib/api-client.ts';
import { useRememberOpened } from '../api/opened-records.ts';
import { useCombobox } from '../hooks/use-combobox.ts';
import { useMoreResults } from '../hooks/use-more-results.ts';
import { useRecordPreview } from '../hooks/use-record-preview.ts';
import { useSearch } from '../hooks/use-search.ts';
import { queryTerms } from '../utils/highlight.ts';
import { seeAllOption, toGroups, toOptions, type ResultOption } from '../utils/result-options.ts';
import { RecentPanel } from './recent-panel.tsx';
import { RecordPreview } from './record-preview.tsx';
import { SearchError } from './search-error.tsx';
import { SearchNotes } from './search-notes.tsx';
import { SearchResults } from './search-results.tsx';
import { SearchStatus } from './search-status.tsx';
import { TypeFilter } from './type-filter.tsx';
import { connectionErrorOf } from '../utils/connection-error.ts';


function openInNewTab(url: string): void {
  window.open(url, '_blank', 'noopener,noreferrer');
}

export function SearchBox({ onConnectionError, focusRequest = 0, offered }: {
  onConnectionError: (error: ApiError) => void;
  /** The record types the admin lets employees search. */
  offered?: readonly RecordType[] | undefined;
  /** Takes focus whenever this changes from 0 (after connecting or reconnecting). */
  focusRequest?: number;
}) {
  const search = useSearch(offered);
  const inputRef = useRef<HTMLInputElement>(null);
  const { t } = useLingui();
  const id = useId();
  const listboxId = `${id}-results`;
  const statusId = `${id}-status`;
  const helpId = `${id}-help`;

  const more = useMoreResults(search.data);
  const groups = toGroups(more.data, listboxId, more.states);
  const all = seeAllOption(more.data, listboxId);
  const options = toOptions(groups, all);
  const terms = useMemo(() => queryTerms(search.data?.query ?? ''), [search.data?.query]);

  const remember = useRememberOpened();
  const choose = (option: ResultOption) => {
    if (option.kind === 'record') {
      remember(option.result);
      openInNewTab(option.result.url);
    }
    else if (option.kind === 'all') openInNewTab(option.url);
    else more.showMore(option.type);
  };
  const openRecord = (result: SearchResult, event: MouseEvent) => {
    if (preview.touch && event.type === 'click') {
      // A tap shows the record's sheet: the app, the browser, call, e-mail, copy.
      event.preventDefault();
      preview.openSheet(result);
      return;
    }
    remember(result);
  };
  const combobox = useCombobox({
    options,
    // Enter opens the top result, but only of results that answer what is typed now.
    defaultOption: search.searching ? undefined : options.find((option) => option.kind === 'record'),
    // More of a type keeps the active option where it was: on the first of the new records.
    resetKey: search.data,
    onOpen: choose,
    onClear: search.clear,
  });

  const preview = useRecordPreview(options, combobox.activeId);

  useLayoutEffect(() => {
    if (focusRequest > 0) inputRef.current?.focus();
  }, [focusRequest]);

  const connectionError = connectionErrorOf(search.error);
  useEffect(() => {
    if (connectionError) onConnectionError(connectionError);
  }, [connectionError, onConnectionError]);

  const expanded = options.length > 0;
  const words = search.text.trim();
  const resultCount = more.data ? groups.reduce((sum, group) => sum + group.records.length, 0) : undefined;

  return (
    <section className="search" aria-label={t`Salesforce search`}>
      <div className="search-field">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          <Trans>Search Salesforce</Trans>
        </label>
        <span className="search-icon" aria-hidden="true" />
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={combobox.activeId}
          aria-describedby={`${statusId} ${helpId}`}
          placeholder={t`Search Salesforce`}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={100}
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
          onKeyDown={(event) => {
            preview.setBy('keyboard');
            combobox.onKeyDown(event);
          }}
        />
        {search.text ? (
          <button
            type="button"
            className="search-clear"
            aria-label={t`Clear search`}
            onClick={() => {
              search.clear();
              inputRef.current?.focus();
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        ) : null}
      </div>
      <p id={helpId} className="visually-hidden">
        <Trans>
          Results appear as you type. Use the up and down arrow keys to move through them, Enter to open one in Salesforce in a new tab, and Escape to clear the search.
        </Trans>
      </p>
      <TypeFilter types={search.types} offered={search.offered} onChange={search.setTypes} />
      <SearchStatus
        id={statusId}
        text={search.text}
        longEnough={search.longEnough}
        searching={search.searching}
        slow={search.slow}
        resultCount={search.error ? undefined : resultCount}
        types={search.types}
      />
      {search.text.trim() === '' ? (
        <RecentPanel
          onPick={(q, types) => {
            search.setText(q);
            search.setTypes(types);
            inputRef.current?.focus();
          }}
          onConnectionError={onConnectionError}
          offered={search.offered}
        />
      ) : null}
      {resultCount === 0 && !search.searching && more.data?.searchPageUrl ? (
        <p className="search-elsewhere">
          <a href={more.data.searchPageUrl} target="_blank" rel="noopener noreferrer">
            <Trans>Search all of Salesforce for “{words}”</Trans>
          </a>
        </p>
      ) : null}
      {search.error && !connectionError ? <SearchError error={search.error} onRetry={search.retry} /> : null}
      <div className="search-main">
        <SearchResults
          id={listboxId}
          label={t`Search results`}
          groups={groups}
          all={all}
          terms={terms}
          activeId={combobox.activeId}
          stale={search.searching}
          onActivate={(optionId) => {
            preview.setBy('pointer');
            combobox.setActiveIndex(options.findIndex((option) => option.id === optionId));
          }}
          onChoose={choose}
          onOpenRecord={openRecord}
        />
        {preview.shown ? (
          <RecordPreview
            result={preview.shown}
            sheet={preview.asSheet}
            by={preview.by}
            onOpen={() => remember(preview.shown!)}
            onClose={() => {
              const tapped = preview.shown;
              preview.closeSheet();
              if (tapped) document.getElementById(`${listboxId}-${tapped.id}`)?.focus();
            }}
          />
        ) : expanded ? (
          // Wide, the preview's column is there from the first result: nothing moves under the pointer.
          <p className="preview preview-placeholder">
            <Trans>Move to a result, with the arrow keys or the pointer, to see more of it and what you can do with it.</Trans>
          </p>
        ) : null}
      </div>
      {/* After the results: "not finding a record?" is what a person asks once they have looked. */}
      {search.data && !search.error ? <SearchNotes data={search.data} types={search.types} /> : null}
      {expanded ? (
        <p className="search-keys" aria-hidden="true">
          <Trans>
            <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open in Salesforce · <kbd>Esc</kbd> to clear
          </Trans>
        </p>
      ) : null}
    </section>
  );
}
