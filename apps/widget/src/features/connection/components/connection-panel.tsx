// Where the employee stands with Salesforce, from GET /api/salesforce/connection (and from
// search errors, through useConnectionErrorHandler).
import { Link } from '../../../components/ui/link.tsx';
import { Notice } from '../../../components/ui/notice.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { useMutationState } from '@tanstack/react-query';
import { DISCONNECT_MUTATION_KEY } from '../api/disconnect-salesforce.ts';
import { useConnection } from '../api/get-connection.ts';
import { reconnectReasons, unknownReconnectReason } from '../utils/reasons.ts';
import { ConnectPrompt } from './connect-prompt.tsx';
import { ConnectedBar } from './connected-bar.tsx';

export function ConnectionPanel({ isAdmin }: { isAdmin: boolean }) {
  const connection = useConnection();
  const disconnected = useMutationState({ filters: { mutationKey: DISCONNECT_MUTATION_KEY, status: 'success' } }).length > 0
    && connection.data?.status === 'not-connected';
  return (
    <>
      <ConnectionState connection={connection} isAdmin={isAdmin} disconnected={disconnected} />
      {/* Here before the news, so screen readers hear it: the panel's content is replaced whole. */}
      <p className="visually-hidden" aria-live="polite">{disconnected ? 'You disconnected from Salesforce.' : ''}</p>
    </>
  );
}

function ConnectionState({ connection, isAdmin, disconnected }: { connection: ReturnType<typeof useConnection>; isAdmin: boolean; disconnected: boolean }) {

  if (connection.isPending) return <Spinner label="Checking your Salesforce connection…" />;
  if (connection.isError) {
    return (
      <Notice
        tone="error"
        title="Couldn't check your Salesforce connection"
        actions={<button type="button" className="button" onClick={() => void connection.refetch()}>Try again</button>}
      >
        <p>{connection.error.message}</p>
      </Notice>
    );
  }

  const { data } = connection;
  if (!data.configured) {
    return (
      <Notice tone="info" title="Salesforce isn't set up yet — ask your intranet administrator" live={false}>
        {isAdmin ? (
          <p>
            You are an intranet administrator: <Link to={paths.adminSalesforce}>set up the Salesforce connection</Link>.
          </p>
        ) : (
          <p>Once it is set up, you can search Accounts, Leads, Tasks and Campaigns here.</p>
        )}
      </Notice>
    );
  }
  if (disconnected) {
    return (
      <ConnectPrompt tone="info" title="You disconnected from Salesforce" buttonLabel="Connect to Salesforce" focus>
        <p>Search stops here until you connect again. Your records stay as they are in Salesforce.</p>
      </ConnectPrompt>
    );
  }
  if (data.status === 'not-connected') {
    return (
      <ConnectPrompt tone="info" title="Connect your Salesforce account" buttonLabel="Connect to Salesforce">
        <p>Search runs under your own Salesforce account, so you see exactly the records you can see in Salesforce. You connect once.</p>
      </ConnectPrompt>
    );
  }
  if (data.status === 'reconnect-required') {
    const reason = data.reason ? reconnectReasons[data.reason] : unknownReconnectReason;
    return (
      <ConnectPrompt tone="warning" title={reason.title} buttonLabel="Reconnect">
        <p>{reason.detail}</p>
      </ConnectPrompt>
    );
  }
  return <ConnectedBar connection={data} />;
}
