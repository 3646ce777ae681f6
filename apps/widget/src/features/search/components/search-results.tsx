import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { SearchResult } from '@sfsearch/contracts';
import type { MouseEvent } from 'react';
import type { AllOption, ResultGroup, ResultOption } from '../utils/result-options.ts';
import { typeName } from '../utils/record-types.ts';
import { SearchResultOption } from './search-result-option.tsx';

/** The listbox: one group per record type that has results, each labelled with its count. */
export function SearchResults({ id, label, groups, all, terms, activeId, stale, onActivate, onChoose, onOpenRecord }: {
  id: string;
  label: string;
  groups: readonly ResultGroup[];
  all: AllOption | undefined;
  terms: readonly string[];
  activeId: string | undefined;
  /** Previous results still shown while the next ones load. */
  stale: boolean;
  onActivate: (optionId: string) => void;
  /** A click on an option that is not a link (Show more). */
  onChoose: (option: ResultOption) => void;
  /** A record's link was clicked or middle-clicked (Enter goes through onChoose). */
  onOpenRecord: (result: SearchResult, event: MouseEvent) => void;
}) {
  const { t, i18n } = useLingui();
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
        const many = typeName(i18n, group.type, 'many');
        const count = group.records.length;
        const counted = group.more ? `${count}+` : String(count);
        const label = group.more
          ? t`${many}, ${count} results, more in Salesforce`
          : t`${many}, ${plural(count, { one: '# result', other: '# results' })}`;
        return (
          <div role="group" key={group.type} aria-label={label} className="result-group">
            <div role="presentation" className="result-group-heading" aria-hidden="true">
              <span>{many}</span>
              <span className="count">{counted}</span>
            </div>
            {group.records.map(({ id: optionId, result }) => (
              <SearchResultOption
                key={optionId}
                id={optionId}
                result={result}
                terms={terms}
                active={optionId === activeId}
                onPointerMove={() => onActivate(optionId)}
                onOpen={(event) => onOpenRecord(result, event)}
              />
            ))}
            {group.more ? (
              <div
                id={group.more.id}
                role="option"
                aria-selected={group.more.id === activeId}
                aria-disabled={group.more.state === 'loading' || undefined}
                className="result result-more"
                onMouseDown={(event) => event.preventDefault()}
                onPointerMove={() => onActivate(group.more!.id)}
                onClick={() => onChoose(group.more!)}
              >
                {group.more.state === 'loading' ? t`Loading more ${many}…`
                  : group.more.state === 'failed' ? t`More ${many} could not be loaded. Try again`
                    : t`Show more ${many}`}
              </div>
            ) : null}
          </div>
        );
      })}
      {visible && all ? (
        <a
          id={all.id}
          role="option"
          aria-selected={all.id === activeId}
          className="result result-all"
          href={all.url}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={-1}
          onMouseDown={(event) => event.preventDefault()}
          onPointerMove={() => onActivate(all.id)}
        >
          <Trans>See all results in Salesforce</Trans>
        </a>
      ) : null}
    </div>
  );
}
