import { Trans, useLingui } from '@lingui/react/macro';
import type { SalesforceConfig } from '@sfsearch/contracts';
import { formatDateTime, formatNumber, formatPercent } from '../../../lib/format.ts';

export function ConfigOverview({ config }: { config: SalesforceConfig }) {
  const { t } = useLingui();
  const changedAt = config.updatedAt ? formatDateTime(config.updatedAt) : '';
  const changedBy = config.updatedBy;
  return (
    <dl className="facts">
      <div>
        <dt>
          <Trans>Status</Trans>
        </dt>
        <dd>{config.configured ? t`Set up` : t`Not set up yet`}</dd>
      </div>
      <div>
        <dt>
          <Trans>Connected employees</Trans>
        </dt>
        <dd>{formatNumber(config.connectedUsers)}</dd>
      </div>
      <div>
        <dt>
          <Trans>Last change</Trans>
        </dt>
        <dd>
          {config.updatedAt ? (changedBy ? t`${changedAt} by ${changedBy}` : changedAt) : t`Never changed`}
        </dd>
      </div>
      {config.apiUsage ? (
        <div>
          <dt>
            <Trans>Salesforce API requests today</Trans>
          </dt>
          <dd>
            <ApiUsage used={config.apiUsage.used} limit={config.apiUsage.limit} at={config.apiUsage.at} />
          </dd>
        </div>
      ) : null}
      <div>
        <dt>
          <Trans>This product's requests today</Trans>
        </dt>
        <dd>{formatNumber(config.apiBudget.ownCallsToday)}</dd>
      </div>
    </dl>
  );
}

function ApiUsage({ used, limit, at }: { used: number; limit: number; at: string }) {
  const [usedText, limitText, atText] = [formatNumber(used), formatNumber(limit), formatDateTime(at)];
  const share = formatPercent(limit > 0 ? used / limit : 0);
  return (
    <Trans>
      {usedText} of {limitText} ({share})
      <span className="facts-note"> as of {atText}</span>
    </Trans>
  );
}
