import { useLingui } from '@lingui/react';
import type { SearchResult } from '@sfsearch/contracts';
import type { MouseEvent } from 'react';
import { formatFieldValue } from '../../../lib/format.ts';
import { fieldLabel } from '../utils/field-labels.ts';
import { glanceOf } from '../utils/glance.ts';
import { PREVIEW_ONLY_KEYS } from '../utils/record-actions.ts';
import { Highlight } from './highlight.tsx';

/**
 * One record. It is a real link (role=option), so a click, a middle-click or "open in new tab"
 * all work; the keyboard path goes through the combobox's Enter. Wide, it shows the subtitle
 * and every field; narrow (styles.css), the title and the one field that tells it apart.
 */
export function SearchResultOption({ id, result, terms, active, onPointerMove, onOpen }: {
  id: string;
  result: SearchResult;
  terms: readonly string[];
  active: boolean;
  /** The pointer moved over it: it becomes active (not when results appear under a resting pointer). */
  onPointerMove: () => void;
  /** A click (which may keep the link from being followed) or a middle-click (which opens it). */
  onOpen: (event: MouseEvent) => void;
}) {
  const { i18n } = useLingui();
  const glance = glanceOf(result);
  const cardFields = result.fields.filter((field) => !PREVIEW_ONLY_KEYS.has(field.key));
  return (
    <a
      id={id}
      role="option"
      aria-selected={active}
      className={`result result-${result.type}`}
      href={result.url}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={-1}
      // Keep focus in the input, as the combobox pattern expects.
      onMouseDown={(event) => event.preventDefault()}
      onPointerMove={onPointerMove}
      onClick={(event) => onOpen(event)}
      onAuxClick={(event) => { if (event.button === 1) onOpen(event); }}
    >
      <span className="result-icon" aria-hidden="true" />
      <span className="result-title">
        <Highlight text={result.title} terms={terms} />
      </span>
      {glance ? (
        <span className="result-glance">
          <span className="visually-hidden">{fieldLabel(i18n, result.type, glance)}: </span>
          <Highlight text={formatFieldValue(glance.value)} terms={terms} />
        </span>
      ) : null}
      {result.subtitle ? (
        <span className="result-subtitle">
          <Highlight text={result.subtitle} terms={terms} />
        </span>
      ) : null}
      {cardFields.length > 0 ? (
        <span className="result-fields">
          {cardFields.map((field) => (
            <span className="result-field" key={field.key}>
              <span className="result-field-label">{fieldLabel(i18n, result.type, field)}: </span>
              <Highlight text={formatFieldValue(field.value)} terms={terms} />
            </span>
          ))}
        </span>
      ) : null}
    </a>
  );
}
