// The empty search box: the person's recently viewed Salesforce records (links that open them in
// Salesforce in a new tab, which is also what makes them recently viewed there) and their recent
// searches (buttons that search again), which they can clear. The search box decides when it
// shows; it reads GET /api/salesforce/recent each time it appears.
import { Trans, useLingui } from '@lingui/react/macro';
import { DEFAULT_SEARCH_TYPES, type RecentResponse, type RecordType } from '@sfsearch/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import type { ApiError } from '../../../lib/api-client.ts';
import { useClearRecentSearches } from '../api/clear-recent-searches.ts';
import { useRecent } from '../api/get-recent.ts';
import { useOpenedRecords, useRememberOpened, withOpened } from '../api/opened-records.ts';
import { joinTypeNames, typeName } from '../utils/record-types.ts';
import './recent-panel.css';
import { connectionErrorOf } from '../utils/connection-error.ts';


export interface RecentPanelProps {
  /** The person picked a recent search: search these words in these record types. */
  onPick: (q: string, types: RecordType[]) => void;
  /** The record types the admin offers: a search of all of them needs no list of types. */
  offered?: readonly RecordType[];
  /** The request found the Salesforce connection gone (not-configured, not-connected, reconnect-required). */
  onConnectionError?: (error: ApiError) => void;
  /** The level of the panel's two headings (default 2). */
  headingLevel?: 2 | 3 | 4;
}

export function RecentPanel({ onPick, onConnectionError, offered = DEFAULT_SEARCH_TYPES, headingLevel = 2 }: RecentPanelProps) {
  const { t, i18n } = useLingui();
  const recent = useRecent();
  const clear = useClearRecentSearches();
  const id = useId();
  const clearRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');

  const connectionError = connectionErrorOf(recent.error);
  useEffect(() => {
    if (connectionError) onConnectionError?.(connectionError);
  }, [connectionError, onConnectionError]);

  const onClear = () => {
    if (clear.isPending) return;
    // The button goes with the list: keep a keyboard user's place on the confirmation.
    const hadFocus = document.activeElement === clearRef.current;
    setStatus('');
    clear.mutate(undefined, {
      onSuccess: () => {
        setStatus(t`Recent searches cleared.`);
        if (hadFocus) statusRef.current?.focus();
      },
      onError: (error) => {
        const reason = error.message;
        setStatus(t`Your recent searches were not cleared. ${reason}`);
      },
    });
  };

  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const data = recent.data;
  return (
    <div className="recent">
      {data ? (
        <>
          <RecentRecords data={data} Heading={Heading} id={id} />
          {data.searches.length > 0 ? (
            <div className="recent-group">
              <div className="recent-heading-row">
                <Heading id={`${id}-searches`} className="recent-heading">
                  <Trans>Recent searches</Trans>
                </Heading>
                <button ref={clearRef} type="button" className="button-link recent-clear" aria-disabled={clear.isPending} onClick={onClear}>
                  <Trans>
                    Clear <span className="visually-hidden">recent searches</span>
                  </Trans>
                </button>
              </div>
              <ul className="recent-list" aria-labelledby={`${id}-searches`}>
                {data.searches.map((search) => {
                  const types = joinTypeNames(i18n, search.types, 'and');
                  return (
                    <li key={`${search.q}\u0000${search.types.join(',')}`}>
                      <button type="button" className="recent-search" onClick={() => onPick(search.q, [...search.types])}>
                        <span className="recent-search-words">{search.q}</span>
                        {search.types.length < offered.length ? (
                          <>
                            <span className="visually-hidden">,</span>{' '}
                            <span className="recent-search-types">
                              <Trans>
                                <span className="visually-hidden">in</span> {types}
                              </Trans>
                            </span>
                          </>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </>
      ) : recent.error && !connectionError ? (
        <p className="recent-note">{recent.error.message}</p>
      ) : null}
      {/* A live region, but not role=status: the search box's own status line is the one status there. */}
      <p ref={statusRef} className="recent-status" aria-live="polite" tabIndex={-1}>
        {status}
      </p>
    </div>
  );
}

function RecentRecords({ data, Heading, id }: { data: RecentResponse; Heading: 'h2' | 'h3' | 'h4'; id: string }) {
  const { i18n } = useLingui();
  const remember = useRememberOpened();
  const records = withOpened(useOpenedRecords(), data.records);
  const empty = records.length === 0;
  return (
    <div className="recent-group">
      <Heading id={`${id}-viewed`} className="recent-heading">
        <Trans>Recently viewed</Trans>
      </Heading>
      {data.notice ? <p className="recent-note">{data.notice.message}</p> : null}
      {!empty ? (
        <ul className="recent-list" aria-labelledby={`${id}-viewed`}>
          {records.map((record) => (
            <li key={record.id}>
              <a className="recent-record" href={record.url} target="_blank" rel="noopener noreferrer" aria-describedby={`${id}-new-tab`} onClick={() => remember(record)}>
                <span className="recent-record-title">{record.title}</span>
                <span className="visually-hidden">,</span>{' '}
                <span className="recent-record-type">{typeName(i18n, record.type, 'one')}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : !data.notice ? (
        <p className="recent-note">
          <Trans>Records you open in Salesforce show up here.</Trans>
        </p>
      ) : null}
      <span id={`${id}-new-tab`} hidden>
        <Trans>Opens in Salesforce in a new tab</Trans>
      </span>
    </div>
  );
}
