import type { Connection } from '@sfsearch/contracts';
import { useDisconnectSalesforce } from '../api/disconnect-salesforce.ts';

/** Who the employee is in Salesforce, and the way out. */
export function ConnectedBar({ connection }: { connection: Connection }) {
  const disconnect = useDisconnectSalesforce();
  const user = connection.salesforceUser;
  return (
    <div className="connected-bar">
      <p className="connected-as">
        <span className="status-dot" aria-hidden="true" />
        {user ? (
          <>
            Connected to Salesforce as <strong>{user.displayName}</strong>{' '}
            <span className="connected-username">({user.username})</span>
          </>
        ) : (
          'Connected to Salesforce'
        )}
      </p>
      <button
        type="button"
        className="button button-link"
        disabled={disconnect.isPending}
        onClick={() => disconnect.mutate()}
      >
        {disconnect.isPending ? 'Disconnecting…' : 'Disconnect'}
      </button>
      {disconnect.isError ? (
        <p className="connected-error" role="alert">
          Couldn&apos;t disconnect: {disconnect.error.message}
        </p>
      ) : null}
    </div>
  );
}
