import type { RecordType, SearchResult } from '@sfsearch/contracts';
import { recordTypeLabels } from '../utils/record-types.ts';
import { SearchResultOption } from './search-result-option.tsx';

export type ResultGroup = {
  type: RecordType;
  options: { id: string; result: SearchResult }[];
  /** Salesforce has more of this type than shown. */
  more: boolean;
};

/** The listbox: one group per record type that has results, each labelled with its count. */
export function SearchResults({ id, label, groups, terms, activeId, stale, onActivate }: {
  id: string;
  label: string;
  groups: readonly ResultGroup[];
  terms: readonly string[];
  activeId: string | undefined;
  /** Previous results still shown while the next ones load. */
  stale: boolean;
  onActivate: (optionId: string) => void;
}) {
  const visible = groups.length > 0;
  return (
    <div
      id={id}
      role="listbox"
      aria-label={label}
      aria-busy={stale || undefined}
      className={`results${stale ? ' results-stale' : ''}`}
      hidden={!visible}
    >
      {groups.map((group) => {
        const { many } = recordTypeLabels[group.type];
        const count = group.options.length;
        const counted = group.more ? `${count}+` : String(count);
        const spoken = group.more ? `${count} results, more in Salesforce` : `${count} ${count === 1 ? 'result' : 'results'}`;
        return (
          <div role="group" key={group.type} aria-label={`${many}, ${spoken}`} className="result-group">
            <div role="presentation" className="result-group-heading" aria-hidden="true">
              <span>{many}</span>
              <span className="count">{counted}</span>
            </div>
            {group.options.map(({ id: optionId, result }) => (
              <SearchResultOption
                key={optionId}
                id={optionId}
                result={result}
                terms={terms}
                active={optionId === activeId}
                onPointerEnter={() => onActivate(optionId)}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
