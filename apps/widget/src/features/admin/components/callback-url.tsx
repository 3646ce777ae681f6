import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useRef, useState } from 'react';

/** The URL the admin registers in Salesforce, with a copy button. */
export function CallbackUrl({ url }: { url: string }) {
  const { t } = useLingui();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // Clipboard access can be refused (an iframe without the permission): select it instead.
      inputRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="field callback-url">
      <label htmlFor={id}>
        <Trans>Callback URL</Trans>
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        <Trans>Paste this into the Salesforce app as its callback URL, exactly as it is.</Trans>
      </p>
      <div className="input-with-button">
        <input id={id} ref={inputRef} type="text" readOnly value={url} aria-describedby={`${id}-hint`} onFocus={(event) => event.target.select()} />
        <button type="button" className="button" onClick={() => void onCopy()}>
          <Trans>Copy</Trans>
        </button>
      </div>
      <p className="field-success" role="status">
        {copy === 'copied' ? t`Copied to the clipboard.` : copy === 'failed' ? t`Couldn't copy: the URL is selected, press Ctrl+C (⌘C on a Mac).` : ''}
      </p>
    </div>
  );
}
