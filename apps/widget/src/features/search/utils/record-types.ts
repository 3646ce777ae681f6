import { recordTypes, type RecordType } from '@sfsearch/contracts';

export const recordTypeLabels: Record<RecordType, { one: string; many: string }> = {
  account: { one: 'Account', many: 'Accounts' },
  lead: { one: 'Lead', many: 'Leads' },
  task: { one: 'Task', many: 'Tasks' },
  campaign: { one: 'Campaign', many: 'Campaigns' },
};

/** Types in the order the widget always shows and requests them. */
export function inCanonicalOrder(types: Iterable<RecordType>): RecordType[] {
  const wanted = new Set(types);
  return recordTypes.filter((type) => wanted.has(type));
}

/** "Accounts", "Accounts or Leads", "Accounts, Leads, Tasks or Campaigns". */
export function joinTypeNames(types: readonly RecordType[], conjunction: 'or' | 'and'): string {
  const names = types.map((type) => recordTypeLabels[type].many);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}

export function parseTypes(value: string | null): RecordType[] {
  if (!value) return [...recordTypes];
  const types = inCanonicalOrder(value.split(',').filter((t): t is RecordType => (recordTypes as readonly string[]).includes(t)));
  return types.length > 0 ? types : [...recordTypes];
}
