// Control Panel → Salesforce API budget: how much of the org's daily allowance is used (a warning
// from 80%), and the optional pause that keeps search from starving the org's other integrations.
import { Trans, useLingui } from '@lingui/react/macro';
import { API_CAP_MAX, API_CAP_MIN, type SalesforceConfig } from '@sfsearch/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Notice } from '../../../components/ui/notice.tsx';
import { formatPercent } from '../../../lib/format.ts';
import { useUpdateSettings } from '../api/update-settings.ts';

export function ApiBudget({ config }: { config: SalesforceConfig }) {
  const { t } = useLingui();
  const id = useId();
  const budget = config.apiBudget;
  const [capOn, setCapOn] = useState(budget.capPercent !== null);
  const [cap, setCap] = useState(String(budget.capPercent ?? 80));
  const save = useUpdateSettings();
  const usage = config.apiUsage;
  const share = usage && usage.limit > 0 ? formatPercent(usage.used / usage.limit) : undefined;
  const capShare = budget.capPercent === null ? undefined : formatPercent(budget.capPercent / 100);
  const failure = save.error?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ apiCapPercent: capOn ? Number(cap) : null });
  };
  return (
    <div className="api-budget">
      {budget.paused ? (
        <Notice tone="warning" title={t`Search is paused: the org is over the share set aside for it`}>
          <p><Trans>The org has used {share} of its daily Salesforce API requests, more than the {capShare} search may use. Employees are told search is paused for today; it comes back as Salesforce's 24-hour window frees up.</Trans></p>
        </Notice>
      ) : budget.warning ? (
        <Notice tone="warning" title={t`The org has used ${share} of its daily Salesforce API requests`}>
          <p><Trans>Other integrations share this allowance. Consider pausing search before it runs out.</Trans></p>
        </Notice>
      ) : null}
      <form onSubmit={submit} className="api-cap">
        <div className="checkbox">
          <input id={`${id}-on`} type="checkbox" checked={capOn} onChange={(event) => setCapOn(event.currentTarget.checked)} />
          <label htmlFor={`${id}-on`}><Trans>Pause search when the org has used more than a share of its daily API requests</Trans></label>
        </div>
        {capOn ? (
          <div className="field">
            <label htmlFor={`${id}-cap`}><Trans>Pause from (percent of the daily requests)</Trans></label>
            <input id={`${id}-cap`} type="number" inputMode="numeric" min={API_CAP_MIN} max={API_CAP_MAX} step={1} required value={cap}
              onChange={(event) => setCap(event.currentTarget.value)} />
          </div>
        ) : null}
        <button type="submit" className="button" disabled={save.isPending}><Trans>Save the API budget</Trans></button>
        <p role="status" className="api-cap-status">
          {save.isSuccess ? (save.data.changedFields.length > 0 ? t`Saved. Nobody has to reconnect.` : t`Nothing changed.`) : ''}
        </p>
        {save.isError ? <p className="field-error" role="alert"><Trans>Couldn't save: {failure}</Trans></p> : null}
      </form>
    </div>
  );
}
