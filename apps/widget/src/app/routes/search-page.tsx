// The employee's page: the connection state, and the search once connected.
import { Trans } from '@lingui/react/macro';
import type { Me } from '@sfsearch/contracts';
import { useEffect } from 'react';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { useConnection } from '../../features/connection/api/get-connection.ts';
import { ConnectionPanel } from '../../features/connection/components/connection-panel.tsx';
import { useConnectionErrorHandler } from '../../features/connection/hooks/use-connection-error-handler.ts';
import { useFocusAfterConnect } from '../../features/connection/hooks/use-focus-after-connect.ts';
import { isConnected } from '../../features/connection/utils/is-connected.ts';
import { useClearRecentCache } from '../../features/search/api/get-recent.ts';
import { useClearSearchResults } from '../../features/search/api/get-search-results.ts';
import { SearchBox } from '../../features/search/components/search-box.tsx';

export function SearchPage({ me }: { me: Me }) {
  const connection = useConnection();
  const onConnectionError = useConnectionErrorHandler();
  const clearSearchResults = useClearSearchResults();
  const clearRecent = useClearRecentCache();
  const connected = isConnected(connection.data);
  const identity = connected ? connection.data?.salesforceUser?.username : undefined;
  const focusRequest = useFocusAfterConnect(connection.data ? connected : undefined);

  // Results belong to one Salesforce identity: never show them to the next one.
  useEffect(() => {
    if (connected) return;
    clearSearchResults();
    clearRecent();
  }, [connected, identity, clearSearchResults, clearRecent]);

  return (
    <main className="page page-search">
      <PageHeading className="visually-hidden">
        <Trans>Search Salesforce</Trans>
      </PageHeading>
      <ConnectionPanel isAdmin={me.user.isAdmin} />
      {connected ? <SearchBox onConnectionError={onConnectionError} focusRequest={focusRequest} offered={connection.data?.searchTypes} /> : null}
    </main>
  );
}
