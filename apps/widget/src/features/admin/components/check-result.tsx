import { Trans, useLingui } from '@lingui/react/macro';
import type { CheckResponse } from '@sfsearch/contracts';
import { Notice } from '../../../components/ui/notice.tsx';

/** Every problem the check found, each with its fix; and what it could not prove. */
export function CheckResult({ result, loginHost }: { result: CheckResponse; loginHost: string }) {
  const { t } = useLingui();
  const notes = result.notes?.length ? (
    <ul className="check-notes">{result.notes.map((note) => <li key={note}>{note}</li>)}</ul>
  ) : null;
  if (result.ok) {
    return (
      <Notice tone="success" title={t`Salesforce accepted these settings`}>
        <p>
          <Trans>The consumer key, the secret and the callback URL work with {loginHost}. Save to use them.</Trans>
        </p>
        {notes}
      </Notice>
    );
  }
  const problems = result.problems?.length ? result.problems : [{ code: 'problem', problem: result.problem ?? t`Salesforce refused these settings`, hint: result.hint ?? '' }];
  const [first, ...others] = problems;
  return (
    <Notice tone="error" title={first!.problem}>
      {first!.hint ? <p>{first!.hint}</p> : null}
      {others.length > 0 ? (
        <ul className="check-problems">
          {others.map((p) => (
            <li key={p.code}>
              <strong>{p.problem}</strong> {p.hint}
            </li>
          ))}
        </ul>
      ) : null}
      {notes}
    </Notice>
  );
}
