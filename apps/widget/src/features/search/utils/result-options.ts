// What the results listbox holds: records, a "Show more" per type that has more, and "See all
// results in Salesforce" last. The combobox moves through all of them alike.
import { recordTypes, type RecordType, type SearchResponse, type SearchResult } from '@sfsearch/contracts';
import type { MoreState } from '../hooks/use-more-results.ts';

export type RecordOption = { kind: 'record'; id: string; result: SearchResult };
export type MoreOption = { kind: 'more'; id: string; type: RecordType; state: MoreState };
export type AllOption = { kind: 'all'; id: string; url: string };
export type ResultOption = RecordOption | MoreOption | AllOption;

export type ResultGroup = {
  type: RecordType;
  records: RecordOption[];
  /** Salesforce has more of this type than shown. */
  more: MoreOption | undefined;
};

export function toGroups(data: SearchResponse | undefined, listboxId: string, states: Partial<Record<RecordType, MoreState>>): ResultGroup[] {
  if (!data) return [];
  return recordTypes
    .map((type) => ({
      type,
      records: data.results[type].map((result): RecordOption => ({ kind: 'record', id: `${listboxId}-${result.id}`, result })),
      more: data.more.includes(type) ? { kind: 'more' as const, id: `${listboxId}-more-${type}`, type, state: states[type] ?? 'idle' } : undefined,
    }))
    .filter((group) => group.records.length > 0);
}

/** Every option in listbox order; "See all" only under results, where the BFF gave its link. */
export function toOptions(groups: readonly ResultGroup[], all: AllOption | undefined): ResultOption[] {
  const options: ResultOption[] = groups.flatMap((group) => (group.more ? [...group.records, group.more] : group.records));
  return options.length > 0 && all ? [...options, all] : options;
}

export function seeAllOption(data: SearchResponse | undefined, listboxId: string): AllOption | undefined {
  return data?.searchPageUrl ? { kind: 'all', id: `${listboxId}-all`, url: data.searchPageUrl } : undefined;
}
