import type { RecordType } from '@sfsearch/contracts';

// The contracts' values, repeated so that the initial bundle needs no zod (see
// lib/response-schemas.ts); a test keeps them equal to the contracts'.
export const allRecordTypes: readonly RecordType[] = ['account', 'lead', 'task', 'campaign'];
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_DEFAULT_LIMIT = 5;

export const recordTypeLabels: Record<RecordType, { one: string; many: string }> = {
  account: { one: 'Account', many: 'Accounts' },
  lead: { one: 'Lead', many: 'Leads' },
  task: { one: 'Task', many: 'Tasks' },
  campaign: { one: 'Campaign', many: 'Campaigns' },
};

/** Types in the order the widget always shows and requests them. */
export function inCanonicalOrder(types: Iterable<RecordType>): RecordType[] {
  const wanted = new Set(types);
  return allRecordTypes.filter((type) => wanted.has(type));
}

/** "Accounts", "Accounts or Leads", "Accounts, Leads, Tasks or Campaigns". */
export function joinTypeNames(types: readonly RecordType[], conjunction: 'or' | 'and'): string {
  const names = types.map((type) => recordTypeLabels[type].many);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}

export function parseTypes(value: string | null): RecordType[] {
  if (!value) return [...allRecordTypes];
  const types = inCanonicalOrder(value.split(',').filter((t): t is RecordType => (allRecordTypes as readonly string[]).includes(t)));
  return types.length > 0 ? types : [...allRecordTypes];
}
