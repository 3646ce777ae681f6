// Control Panel → Connected employees: everyone who connected, found by name, e-mail or
// Salesforce username, a page at a time; each row can be disconnected (asked first).
import { Trans, useLingui } from '@lingui/react/macro';
import { CONNECTIONS_PAGE_DEFAULT } from '@sfsearch/contracts';
import { useId, useState } from 'react';
import { Notice } from '../../../components/ui/notice.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useSettledText } from '../../../hooks/use-settled-text.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useConnections } from '../api/connections.ts';
import { ConnectionRow } from './connection-row.tsx';

export function ConnectedEmployees() {
  const { t } = useLingui();
  const searchId = useId();
  const [text, setText] = useState('');
  const q = useSettledText(text).trim();
  const [page, setPage] = useState({ q: '', offset: 0 });
  // A new search starts again at its first page.
  const offset = page.q === q ? page.offset : 0;
  const connections = useConnections(q, offset);

  if (connections.isPending) return <Spinner label={t`Loading the connected employees…`} />;
  if (connections.isError) {
    return (
      <Notice tone="error" title={t`Couldn't load the connected employees`}
        actions={<button type="button" className="button" onClick={() => void connections.refetch()}><Trans>Try again</Trans></button>}>
        <p>{connections.error.message}</p>
      </Notice>
    );
  }
  const { total, entries, limit } = connections.data;
  const [from, to, all] = [formatNumber(total === 0 ? 0 : offset + 1), formatNumber(offset + entries.length), formatNumber(total)];
  return (
    <div className="connections">
      <div className="field connections-search">
        <label htmlFor={searchId}>
          <Trans>Find an employee</Trans>
        </label>
        <input id={searchId} type="search" value={text} onChange={(event) => setText(event.currentTarget.value)}
          placeholder={t`Name, e-mail or Salesforce username`} autoComplete="off" />
      </div>
      {entries.length === 0 ? (
        <p className="connections-empty">{q ? t`Nobody matches “${q}”.` : t`Nobody has connected to Salesforce yet.`}</p>
      ) : (
        <div className="table-scroll">
          <table className="connections-table" aria-busy={connections.isPlaceholderData || undefined}>
            <caption className="visually-hidden">
              <Trans>Connected employees, {from}–{to} of {all}</Trans>
            </caption>
            <thead>
              <tr>
                <th scope="col"><Trans>Employee</Trans></th>
                <th scope="col"><Trans>Salesforce user</Trans></th>
                <th scope="col"><Trans>State</Trans></th>
                <th scope="col"><Trans>Activity</Trans></th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => <ConnectionRow key={entry.userId} entry={entry} />)}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label={t`Pages of connected employees`}>
        <p className="pager-range" aria-live="polite">
          <Trans>{from}–{to} of {all}</Trans>
        </p>
        <button type="button" className="button" disabled={offset === 0}
          onClick={() => setPage({ q, offset: Math.max(0, offset - (limit || CONNECTIONS_PAGE_DEFAULT)) })}>
          <Trans>Previous</Trans>
        </button>
        <button type="button" className="button" disabled={offset + entries.length >= total}
          onClick={() => setPage({ q, offset: offset + limit })}>
          <Trans>Next</Trans>
        </button>
      </nav>
    </div>
  );
}
