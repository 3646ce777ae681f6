import { Trans, useLingui } from '@lingui/react/macro';
import type { Connection } from '@sfsearch/contracts';
import { useLayoutEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../lib/format.ts';
import { useDisconnectSalesforce } from '../api/disconnect-salesforce.ts';
import { useSalesforceSignIn } from '../hooks/use-salesforce-sign-in.ts';

/**
 * Who the employee is in Salesforce, since when and when they last searched; Reconnect (as another
 * Salesforce user, say) and the way out, asked once before it is taken.
 */
export function ConnectedBar({ connection }: { connection: Connection }) {
  const { t } = useLingui();
  const disconnect = useDisconnectSalesforce();
  const signIn = useSalesforceSignIn();
  const since = connection.connectedAt ? formatDateTime(connection.connectedAt) : undefined;
  const lastUsed = connection.lastUsedAt ? formatDateTime(connection.lastUsedAt) : undefined;
  const [confirming, setConfirming] = useState(false);
  const asked = useRef(false);
  const disconnectRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const user = connection.salesforceUser;
  const name = user?.displayName;
  const failure = disconnect.error?.message;

  // Focus to Cancel when asking, back to Disconnect when the question is withdrawn.
  useLayoutEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) disconnectRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const cancel = () => setConfirming(false);

  return (
    <div className="connected-bar">
      <p className="connected-as">
        <span className="status-dot" aria-hidden="true" />
        {user ? (
          <>
            <Trans>
              Connected<span className="connected-to"> to Salesforce</span> as <strong>{name}</strong>
            </Trans>{' '}
            <span className="connected-username">({user.username})</span>
          </>
        ) : (
          t`Connected to Salesforce`
        )}
        {since ? (
          <span className="connected-since">
            {lastUsed ? <Trans>since {since} · last used {lastUsed}</Trans> : <Trans>since {since} · not used yet</Trans>}
          </span>
        ) : null}
      </p>
      {confirming ? null : (
        <span className="connected-actions">
          <button type="button" className="button button-link" onClick={signIn.connect}>
            <Trans>Reconnect</Trans>
          </button>
          <button ref={disconnectRef} type="button" className="button button-link" onClick={() => setConfirming(true)}>
            <Trans>Disconnect</Trans>
          </button>
        </span>
      )}
      {confirming ? (
        <div
          className="disconnect-confirm"
          role="group"
          aria-labelledby="disconnect-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancel();
          }}
        >
          <p id="disconnect-question">
            <Trans>Disconnect from Salesforce? Search stops here until you connect again; nothing changes in Salesforce.</Trans>
          </p>
          <button type="button" className="button button-danger" disabled={disconnect.isPending} onClick={() => disconnect.mutate()}>
            {disconnect.isPending ? t`Disconnecting…` : t`Yes, disconnect`}
          </button>
          <button ref={cancelRef} type="button" className="button" disabled={disconnect.isPending} onClick={cancel}>
            <Trans>Cancel</Trans>
          </button>
        </div>
      ) : null}
      {disconnect.isError ? (
        <p className="connected-error" role="alert">
          <Trans>Couldn&apos;t disconnect: {failure}</Trans>
        </p>
      ) : null}
    </div>
  );
}
