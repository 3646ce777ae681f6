// One employee's connection in the admin's list, and ending it: asked first, then said.
import { useLingui } from '@lingui/react';
import { Trans } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { ConnectionEntry } from '@sfsearch/contracts';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/format.ts';
import { useAdminDisconnect } from '../api/connections.ts';

const REASONS = {
  'config-changed': msg`settings changed`,
  'token-expired': msg`expired or revoked in Salesforce`,
  revoked: msg`revoked`,
  unreadable: msg`could not be read`,
  'admin-disconnected': msg`disconnected by an administrator`,
} as const;

const when = (iso: string | null) => (iso ? formatDateTime(iso) : '—');

/** The connection's dates, one a line, each named: three columns would not fit the admin page. */
function ActivityLine({ label, at }: { label: string; at: string | null }) {
  return (
    <span className="connection-activity">
      <span className="connection-note">{label}</span> {when(at)}
    </span>
  );
}

export function ConnectionRow({ entry }: { entry: ConnectionEntry }) {
  const { i18n } = useLingui();
  const disconnect = useAdminDisconnect();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const name = entry.person?.name ?? entry.userId;
  useLayoutEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  // The buttons are gone once it is done: focus goes to what says so.
  useLayoutEffect(() => {
    if (disconnect.isSuccess) doneRef.current?.focus();
  }, [disconnect.isSuccess]);

  const state = entry.state === 'connected'
    ? i18n._(msg`Connected`)
    : entry.state === 'disconnected'
      ? i18n._(msg`Disconnected`)
      : i18n._(msg`Must reconnect`) + (entry.reason ? ` (${i18n._(REASONS[entry.reason])})` : '');
  const failure = disconnect.error?.message;
  return (
    <tr>
      <th scope="row">
        <span className="connection-name">{name}</span>
        {entry.person ? <span className="connection-note">{entry.person.email || entry.userId}</span> : null}
      </th>
      <td>
        {entry.salesforceUser ? (
          <>
            <span>{entry.salesforceUser.username}</span>
            <span className="connection-note">{entry.salesforceUser.orgId}</span>
          </>
        ) : '—'}
      </td>
      <td>
        <span className={`connection-state connection-${entry.state}`}>{state}</span>
        <div className="connection-actions">
          {disconnect.isSuccess ? (
            <p ref={doneRef} tabIndex={-1} role="status" className="connection-done">
              <Trans>Disconnected. {name} is asked to reconnect.</Trans>
            </p>
          ) : entry.state !== 'connected' ? null : asking ? (
            <div role="group" aria-label={i18n._(msg`Disconnect ${name} from Salesforce?`)} className="disconnect-confirm"
              onKeyDown={(event) => { if (event.key === 'Escape') setAsking(false); }}>
              <button type="button" className="button button-danger" disabled={disconnect.isPending} onClick={() => disconnect.mutate(entry.userId)}>
                {disconnect.isPending ? <Trans>Disconnecting…</Trans> : <Trans>Yes, disconnect {name}</Trans>}
              </button>
              <button ref={cancelRef} type="button" className="button" disabled={disconnect.isPending} onClick={() => setAsking(false)}>
                <Trans>Cancel</Trans>
              </button>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setAsking(true)} aria-label={i18n._(msg`Disconnect ${name}`)}>
              <Trans>Disconnect</Trans>
            </button>
          )}
          {disconnect.isError ? <p className="field-error" role="alert"><Trans>Couldn&apos;t disconnect {name}: {failure}</Trans></p> : null}
        </div>
      </td>
      <td>
        <ActivityLine label={i18n._(msg`Connected since`)} at={entry.connectedAt} />
        <ActivityLine label={i18n._(msg`Last search`)} at={entry.lastUsedAt} />
        <ActivityLine label={i18n._(msg`Last refresh`)} at={entry.refreshedAt} />
      </td>
    </tr>
  );
}
