import type { SalesforceConfig } from '@sfsearch/contracts';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';

export function ConfigOverview({ config }: { config: SalesforceConfig }) {
  return (
    <dl className="facts">
      <div>
        <dt>Status</dt>
        <dd>{config.configured ? 'Set up' : 'Not set up yet'}</dd>
      </div>
      <div>
        <dt>Connected employees</dt>
        <dd>{formatNumber(config.connectedUsers)}</dd>
      </div>
      <div>
        <dt>Last change</dt>
        <dd>
          {config.updatedAt
            ? `${formatDateTime(config.updatedAt)}${config.updatedBy ? ` by ${config.updatedBy}` : ''}`
            : 'Never changed'}
        </dd>
      </div>
      {config.apiUsage ? (
        <div>
          <dt>Salesforce API requests today</dt>
          <dd>
            {formatNumber(config.apiUsage.used)} of {formatNumber(config.apiUsage.limit)}
            <span className="facts-note"> (as of {formatDateTime(config.apiUsage.at)})</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
