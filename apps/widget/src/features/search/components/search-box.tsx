// The search widget: a WAI-ARIA combobox whose listbox holds the results, grouped by record type.
import { recordTypes, type SearchResponse } from '@sfsearch/contracts';
import { useEffect, useId, useMemo, useRef } from 'react';
import { isApiError, type ApiError } from '../../../lib/api-client.ts';
import { useCombobox } from '../hooks/use-combobox.ts';
import { useSearch } from '../hooks/use-search.ts';
import { queryTerms } from '../utils/highlight.ts';
import { SearchError } from './search-error.tsx';
import { SearchNotes } from './search-notes.tsx';
import { SearchResults, type ResultGroup } from './search-results.tsx';
import { SearchStatus } from './search-status.tsx';
import { TypeFilter } from './type-filter.tsx';

/** Errors that say the Salesforce connection itself is gone: the connection panel takes over. */
const CONNECTION_CODES = new Set(['not-configured', 'not-connected', 'reconnect-required']);

function toGroups(data: SearchResponse | undefined, listboxId: string): ResultGroup[] {
  if (!data) return [];
  return recordTypes
    .map((type) => ({
      type,
      options: data.results[type].map((result) => ({ id: `${listboxId}-${result.id}`, result })),
      more: data.more.includes(type),
    }))
    .filter((group) => group.options.length > 0);
}

export function SearchBox({ onConnectionError }: { onConnectionError: (error: ApiError) => void }) {
  const search = useSearch();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listboxId = `${id}-results`;
  const statusId = `${id}-status`;
  const helpId = `${id}-help`;

  const groups = useMemo(() => toGroups(search.data, listboxId), [search.data, listboxId]);
  const options = useMemo(() => groups.flatMap((group) => group.options), [groups]);
  const terms = useMemo(() => queryTerms(search.data?.query ?? ''), [search.data?.query]);

  const combobox = useCombobox({
    options,
    resetKey: search.data,
    onOpen: ({ result }) => window.open(result.url, '_blank', 'noopener,noreferrer'),
    onClear: search.clear,
  });

  const connectionError = isApiError(search.error) && CONNECTION_CODES.has(search.error.code) ? search.error : null;
  useEffect(() => {
    if (connectionError) onConnectionError(connectionError);
  }, [connectionError, onConnectionError]);

  const expanded = options.length > 0;
  const resultCount = search.data ? options.length : undefined;

  return (
    <section className="search" aria-label="Salesforce search">
      <div className="search-field">
        <label htmlFor={`${id}-input`} className="visually-hidden">
          Search Salesforce
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
          placeholder="Search Salesforce"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={100}
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
          onKeyDown={combobox.onKeyDown}
        />
        {search.text ? (
          <button
            type="button"
            className="search-clear"
            aria-label="Clear search"
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
        Results appear as you type. Use the up and down arrow keys to move through them, Enter to open one in Salesforce in a new tab, and Escape to clear the search.
      </p>
      <TypeFilter types={search.types} onChange={search.setTypes} />
      <SearchStatus
        id={statusId}
        text={search.text}
        longEnough={search.longEnough}
        searching={search.searching}
        slow={search.slow}
        resultCount={search.error ? undefined : resultCount}
        types={search.types}
      />
      {search.error && !connectionError ? <SearchError error={search.error} onRetry={search.retry} /> : null}
      {search.data && !search.error ? <SearchNotes data={search.data} types={search.types} /> : null}
      <SearchResults
        id={listboxId}
        label="Search results"
        groups={groups}
        terms={terms}
        activeId={combobox.activeId}
        stale={search.searching}
        onActivate={(optionId) => combobox.setActiveIndex(options.findIndex((option) => option.id === optionId))}
      />
      {expanded ? (
        <p className="search-keys" aria-hidden="true">
          <kbd>↑</kbd> <kbd>↓</kbd> to move · <kbd>Enter</kbd> to open in Salesforce · <kbd>Esc</kbd> to clear
        </p>
      ) : null}
    </section>
  );
}
