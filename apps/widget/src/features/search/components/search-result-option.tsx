import type { SearchResult } from '@sfsearch/contracts';
import { formatFieldValue } from '../../../lib/format.ts';
import { Highlight } from './highlight.tsx';

/**
 * One record. It is a real link (role=option), so a click, a middle-click or "open in new tab"
 * all work; the keyboard path goes through the combobox's Enter.
 */
export function SearchResultOption({ id, result, terms, active, onPointerEnter }: {
  id: string;
  result: SearchResult;
  terms: readonly string[];
  active: boolean;
  onPointerEnter: () => void;
}) {
  return (
    <a
      id={id}
      role="option"
      aria-selected={active}
      className="result"
      href={result.url}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={-1}
      // Keep focus in the input, as the combobox pattern expects.
      onMouseDown={(event) => event.preventDefault()}
      onPointerEnter={onPointerEnter}
    >
      <span className="result-title">
        <Highlight text={result.title} terms={terms} />
      </span>
      {result.subtitle ? (
        <span className="result-subtitle">
          <Highlight text={result.subtitle} terms={terms} />
        </span>
      ) : null}
      {result.fields.length > 0 ? (
        <span className="result-fields">
          {result.fields.map((field) => (
            <span className="result-field" key={field.label}>
              <span className="result-field-label">{field.label}: </span>
              <Highlight text={formatFieldValue(field.value)} terms={terms} />
            </span>
          ))}
        </span>
      ) : null}
    </a>
  );
}
