// Control Panel → Audit trail: who changed the settings (which fields, never their values), the
// purges with their counts, admins disconnecting someone, people connecting and disconnecting;
// newest first, older on request, and the whole trail as CSV.
import { msg, plural } from '@lingui/core/macro';
import type { I18n } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import type { AuditEntryView } from '@sfsearch/contracts';
import { Notice } from '../../../components/ui/notice.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { formatDateTime, joinList } from '../../../lib/format.ts';
import { AUDIT_CSV_URL, useAudit } from '../api/connections.ts';

const FIELDS: Record<string, ReturnType<typeof msg>> = {
  consumerKey: msg`Consumer key`,
  consumerSecret: msg`Consumer secret`,
  loginHost: msg`Login host`,
  scopes: msg`OAuth scopes`,
};

function describe(i18n: I18n, entry: AuditEntryView): string {
  const d = entry.details;
  const text = (key: string) => String(d[key] ?? '');
  switch (entry.action) {
    case 'marketplace.config.changed': {
      const fields = joinList(((d.fields as string[] | undefined) ?? []).map((f) => (FIELDS[f] ? i18n._(FIELDS[f]) : f)), 'and');
      const purged = Number(d.purgedTokens ?? 0);
      return i18n._(msg`Changed ${fields}; ${plural(purged, { one: '# connection ended', other: '# connections ended' })}`);
    }
    case 'marketplace.settings.changed': {
      const names: Record<string, ReturnType<typeof msg>> = { apiCapPercent: msg`the API budget's pause`, searchTypes: msg`the record types employees search` };
      const fields = joinList(((d.fields as string[] | undefined) ?? []).map((f) => (names[f] ? i18n._(names[f]) : f)), 'and');
      return i18n._(msg`Changed ${fields}; nobody had to reconnect`);
    }
    case 'salesforce.admin-disconnected': {
      const user = text('user');
      return i18n._(msg`Disconnected ${user} from Salesforce`);
    }
    case 'salesforce.connected': {
      const username = text('salesforceUsername');
      return i18n._(msg`Connected to Salesforce as ${username}`);
    }
    case 'salesforce.disconnected':
      return i18n._(msg`Disconnected from Salesforce`);
    case 'salesforce.setup-problem': {
      const problem = text('problem');
      return i18n._(msg`Met a Salesforce setup problem: ${problem}`);
    }
    default:
      return entry.action;
  }
}

export function AuditTrail() {
  const { t, i18n } = useLingui();
  const audit = useAudit();
  if (audit.isPending) return <Spinner label={t`Loading the audit trail…`} />;
  if (audit.isError) {
    return (
      <Notice tone="error" title={t`Couldn't load the audit trail`}
        actions={<button type="button" className="button" onClick={() => void audit.refetch()}><Trans>Try again</Trans></button>}>
        <p>{audit.error.message}</p>
      </Notice>
    );
  }
  const entries = audit.data.pages.flatMap((page) => page.entries);
  return (
    <div className="audit">
      <p>
        <a className="button" href={AUDIT_CSV_URL} download>
          <Trans>Download the audit trail (CSV)</Trans>
        </a>
      </p>
      {entries.length === 0 ? <p><Trans>Nothing has happened yet.</Trans></p> : (
        <ol className="audit-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              <span className="audit-actor">{entry.actor}</span>
              <span className="audit-what">{describe(i18n, entry)}</span>
            </li>
          ))}
        </ol>
      )}
      {audit.hasNextPage ? (
        <button type="button" className="button" disabled={audit.isFetchingNextPage} onClick={() => void audit.fetchNextPage()}>
          {audit.isFetchingNextPage ? <Trans>Loading older entries…</Trans> : <Trans>Show older entries</Trans>}
        </button>
      ) : null}
    </div>
  );
}
