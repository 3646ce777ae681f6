import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { DEFAULT_SEARCH_TYPES, recordTypes, type RecordType } from '@sfsearch/contracts';
import { joinList } from '../../../lib/format.ts';

// Salesforce's own Japanese names: 取引先, リード, ToDo, キャンペーン, 取引先責任者, 商談, ケース.
const recordTypeLabels: Record<RecordType, { one: MessageDescriptor; many: MessageDescriptor }> = {
  account: { one: msg`Account`, many: msg`Accounts` },
  lead: { one: msg`Lead`, many: msg`Leads` },
  task: { one: msg`Task`, many: msg`Tasks` },
  campaign: { one: msg`Campaign`, many: msg`Campaigns` },
  contact: { one: msg`Contact`, many: msg`Contacts` },
  opportunity: { one: msg`Opportunity`, many: msg`Opportunities` },
  case: { one: msg`Case`, many: msg`Cases` },
};

/** "Account" (one) or "Accounts" (many), in the active language. */
export function typeName(i18n: I18n, type: RecordType, form: 'one' | 'many'): string {
  return i18n._(recordTypeLabels[type][form]);
}

/** Types in the order the widget always shows and requests them. */
export function inCanonicalOrder(types: Iterable<RecordType>): RecordType[] {
  const wanted = new Set(types);
  return recordTypes.filter((type) => wanted.has(type));
}

/** "Accounts", "Accounts or Leads", "Accounts, Leads, Tasks or Campaigns". */
export function joinTypeNames(i18n: I18n, types: readonly RecordType[], conjunction: 'or' | 'and'): string {
  return joinList(types.map((type) => typeName(i18n, type, 'many')), conjunction, i18n.locale);
}

/** The types a link names, of those offered (the admin's choice); every offered one if none. */
export function parseTypes(value: string | null, offered: readonly RecordType[] = DEFAULT_SEARCH_TYPES): RecordType[] {
  if (!value) return [...offered];
  const types = inCanonicalOrder(value.split(',').filter((t): t is RecordType => offered.includes(t as RecordType)));
  return types.length > 0 ? types : [...offered];
}
