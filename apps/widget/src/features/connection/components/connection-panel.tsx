// Where the employee stands with Salesforce, from GET /api/salesforce/connection (and from
// search errors, through useConnectionErrorHandler).
import { Trans, useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  const connection = useConnection();
  const disconnected = useMutationState({ filters: { mutationKey: DISCONNECT_MUTATION_KEY, status: 'success' } }).length > 0
    && connection.data?.status === 'not-connected';
  return (
    <>
      <ConnectionState connection={connection} isAdmin={isAdmin} disconnected={disconnected} />
      {/* Here before the news, so screen readers hear it: the panel's content is replaced whole. */}
      <p className="visually-hidden" aria-live="polite">{disconnected ? t`You disconnected from Salesforce.` : ''}</p>
    </>
  );
}

function ConnectionState({ connection, isAdmin, disconnected }: { connection: ReturnType<typeof useConnection>; isAdmin: boolean; disconnected: boolean }) {
  const { t, i18n } = useLingui();
  if (connection.isPending) return <Spinner label={t`Checking your Salesforce connection…`} />;
  if (connection.isError) {
    return (
      <Notice
        tone="error"
        title={t`Couldn't check your Salesforce connection`}
        actions={<button type="button" className="button" onClick={() => void connection.refetch()}><Trans>Try again</Trans></button>}
      >
        <p>{connection.error.message}</p>
      </Notice>
    );
  }

  const { data } = connection;
  if (!data.configured) {
    return (
      <Notice tone="info" title={t`Salesforce isn't set up yet — ask your intranet administrator`} live={false}>
        {isAdmin ? (
          <p>
            <Trans>
              You are an intranet administrator: <Link to={paths.adminSalesforce}>set up the Salesforce connection</Link>.
            </Trans>
          </p>
        ) : (
          <p>
            <Trans>Once it is set up, you can search Accounts, Leads, Tasks and Campaigns here.</Trans>
          </p>
        )}
      </Notice>
    );
  }
  if (disconnected) {
    return (
      <ConnectPrompt tone="info" title={t`You disconnected from Salesforce`} buttonLabel={t`Connect to Salesforce`} focus>
        <p>
          <Trans>Search stops here until you connect again. Your records stay as they are in Salesforce.</Trans>
        </p>
      </ConnectPrompt>
    );
  }
  if (data.status === 'not-connected') {
    return (
      <ConnectPrompt tone="info" title={t`Connect your Salesforce account`} buttonLabel={t`Connect to Salesforce`}>
        <p>
          <Trans>Search runs under your own Salesforce account, so you see exactly the records you can see in Salesforce. You connect once.</Trans>
        </p>
      </ConnectPrompt>
    );
  }
  if (data.status === 'reconnect-required') {
    const reason = data.reason ? reconnectReasons[data.reason] : unknownReconnectReason;
    return (
      <ConnectPrompt tone="warning" title={i18n._(reason.title)} buttonLabel={t`Reconnect`}>
        <p>{i18n._(reason.detail)}</p>
      </ConnectPrompt>
    );
  }
  return <ConnectedBar connection={data} />;
}
