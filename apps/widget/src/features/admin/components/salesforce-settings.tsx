// Control Panel → Marketplace → Salesforce: what the admin sees once the page is theirs.
import { Trans, useLingui } from '@lingui/react/macro';
import { Notice } from '../../../components/ui/notice.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSalesforceConfig } from '../api/get-salesforce-config.ts';
import { ApiBudget } from './api-budget.tsx';
import { AuditTrail } from './audit-trail.tsx';
import { CallbackUrl } from './callback-url.tsx';
import { ConnectedEmployees } from './connected-employees.tsx';
import { ConfigForm } from './config-form.tsx';
import { ConfigOverview } from './config-overview.tsx';
import { SearchTypesForm } from './search-types-form.tsx';
import { SetupSteps } from './setup-steps.tsx';

export function SalesforceSettings() {
  const { t } = useLingui();
  const config = useSalesforceConfig();

  if (config.isPending) return <Spinner label={t`Loading the Salesforce settings…`} />;
  if (config.isError) {
    if (isApiError(config.error, 'forbidden')) {
      return (
        <Notice tone="error" title={t`Only intranet administrators can change the Salesforce connection`}>
          <p>{config.error.message}</p>
        </Notice>
      );
    }
    return (
      <Notice
        tone="error"
        title={t`Couldn't load the Salesforce settings`}
        actions={<button type="button" className="button" onClick={() => void config.refetch()}><Trans>Try again</Trans></button>}
      >
        <p>{config.error.message}</p>
      </Notice>
    );
  }

  const { data } = config;
  return (
    <div className="settings">
      <section className="panel" aria-labelledby="settings-overview">
        <h2 id="settings-overview">
          <Trans>Overview</Trans>
        </h2>
        <ConfigOverview config={data} />
      </section>
      <section className="panel" aria-labelledby="settings-salesforce-app">
        <h2 id="settings-salesforce-app">
          <Trans>The Salesforce app</Trans>
        </h2>
        <CallbackUrl url={data.callbackUrl} />
        <SetupSteps open={!data.configured} />
      </section>
      <section className="panel" aria-labelledby="settings-connection">
        <h2 id="settings-connection">
          <Trans>Connection settings</Trans>
        </h2>
        <ConfigForm config={data} />
      </section>
      {data.configured ? (
        <>
          <section className="panel" aria-labelledby="settings-search-types">
            <h2 id="settings-search-types">
              <Trans>What employees search</Trans>
            </h2>
            <SearchTypesForm config={data} />
          </section>
          <section className="panel" aria-labelledby="settings-api-budget">
            <h2 id="settings-api-budget">
              <Trans>Salesforce API budget</Trans>
            </h2>
            <ApiBudget config={data} />
          </section>
          <section className="panel" aria-labelledby="settings-employees">
            <h2 id="settings-employees">
              <Trans>Connected employees</Trans>
            </h2>
            <ConnectedEmployees />
          </section>
          <section className="panel" aria-labelledby="settings-audit">
            <h2 id="settings-audit">
              <Trans>Audit trail</Trans>
            </h2>
            <AuditTrail />
          </section>
        </>
      ) : null}
    </div>
  );
}
