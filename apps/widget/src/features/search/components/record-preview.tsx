// The active result, more fully: its fields, and what can be done with it without a new
// Salesforce call (call, e-mail, copy the link, open it). Beside or under the results with a
// mouse or the keyboard; on a touch screen, a sheet opened by tapping the result, which also
// offers the Salesforce app.
import { Trans, useLingui } from '@lingui/react/macro';
import type { SearchResult } from '@sfsearch/contracts';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { formatFieldValue } from '../../../lib/format.ts';
import { typeName } from '../utils/record-types.ts';
import { fieldValue, mailtoUrl, mobileAppUrl, telUrl } from '../utils/record-actions.ts';
import { fieldLabel } from '../utils/field-labels.ts';

type Copy = 'idle' | 'copied' | 'failed';

export function RecordPreview({ result, sheet, by, onOpen, onClose }: {
  result: SearchResult;
  /** A touch screen's sheet: it takes focus, offers the app, and closes. */
  sheet: boolean;
  /** What made the record active; a narrow layout shows a pointer's preview only as a sheet. */
  by: 'keyboard' | 'pointer';
  /** The record was opened in Salesforce from here. */
  onOpen: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useLingui();
  const id = useId();
  const [copy, setCopy] = useState<{ id: string; state: Copy }>({ id: result.id, state: 'idle' });
  const copied = copy.id === result.id ? copy.state : 'idle';
  const firstAction = useRef<HTMLAnchorElement>(null);
  useLayoutEffect(() => {
    if (sheet) firstAction.current?.focus();
  }, [sheet, result.id]);

  const phone = fieldValue(result, 'phone');
  const email = fieldValue(result, 'email');
  const tel = phone ? telUrl(phone) : undefined;
  const mailto = email ? mailtoUrl(email) : undefined;
  const one = typeName(i18n, result.type, 'one');
  const title = result.title;

  const copyLink = () => {
    const done = (state: Copy) => setCopy({ id: result.id, state });
    if (!navigator.clipboard) return done('failed');
    navigator.clipboard.writeText(result.url).then(() => done('copied'), () => done('failed'));
  };

  return (
    <section
      className={`preview preview-by-${by}${sheet ? ' preview-sheet' : ''}`}
      aria-labelledby={`${id}-title`}
      role={sheet ? 'dialog' : undefined}
      onKeyDown={sheet ? (event) => { if (event.key === 'Escape') onClose(); } : undefined}
    >
      <p className="preview-type">{one}</p>
      <h2 id={`${id}-title`} className="preview-title">{result.title}</h2>
      {result.subtitle ? <p className="preview-subtitle">{result.subtitle}</p> : null}
      {result.fields.length > 0 ? (
        <dl className="preview-fields">
          {result.fields.map((field) => (
            <div key={field.key}>
              <dt>{fieldLabel(i18n, result.type, field)}</dt>
              <dd>{formatFieldValue(field.value)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <ul className="preview-actions" aria-label={t`Actions for ${title}`}>
        {sheet ? (
          <li>
            <a ref={firstAction} className="button button-primary" href={mobileAppUrl(result)} onClick={onOpen}>
              <Trans>Open in the Salesforce app</Trans>
            </a>
          </li>
        ) : null}
        <li>
          <a className={`button${sheet ? '' : ' button-primary'}`} href={result.url} target="_blank" rel="noopener noreferrer" onClick={onOpen}>
            {sheet ? t`Open in the browser` : t`Open in Salesforce`}
          </a>
        </li>
        {tel ? (
          <li>
            <a className="button" href={tel} aria-label={t`Call ${phone}`}>
              <Trans>Call</Trans>
            </a>
          </li>
        ) : null}
        {mailto ? (
          <li>
            <a className="button" href={mailto} aria-label={t`E-mail ${email}`}>
              <Trans>E-mail</Trans>
            </a>
          </li>
        ) : null}
        <li>
          <button type="button" className="button" onClick={copyLink}>
            <Trans>Copy link</Trans>
          </button>
        </li>
        {sheet ? (
          <li>
            <button type="button" className="button" onClick={onClose}>
              <Trans>Close</Trans>
            </button>
          </li>
        ) : null}
      </ul>
      <p className="preview-status" aria-live="polite">
        {copied === 'copied' ? t`Link copied.` : copied === 'failed' ? t`The link could not be copied: this browser doesn't allow it here.` : ''}
      </p>
    </section>
  );
}
