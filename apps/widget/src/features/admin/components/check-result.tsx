import type { CheckResponse } from '@sfsearch/contracts';
import { Notice } from '../../../components/ui/notice.tsx';

export function CheckResult({ result, loginHost }: { result: CheckResponse; loginHost: string }) {
  if (result.ok) {
    return (
      <Notice tone="success" title="Salesforce accepted these settings">
        <p>The consumer key and secret work with {loginHost}. Save to use them.</p>
      </Notice>
    );
  }
  return (
    <Notice tone="error" title={result.problem ?? 'Salesforce refused these settings'}>
      {result.hint ? <p>{result.hint}</p> : null}
    </Notice>
  );
}
