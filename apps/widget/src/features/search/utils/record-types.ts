import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { recordTypes, type RecordType } from '@sfsearch/contracts';
import { joinList } from '../../../lib/format.ts';

// Salesforce's own Japanese names: 取引先, リード, ToDo, キャンペーン.
const recordTypeLabels: Record<RecordType, { one: MessageDescriptor; many: MessageDescriptor }> = {
  account: { one: msg`Account`, many: msg`Accounts` },
  lead: { one: msg`Lead`, many: msg`Leads` },
  task: { one: msg`Task`, many: msg`Tasks` },
  campaign: { one: msg`Campaign`, many: msg`Campaigns` },
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

export function parseTypes(value: string | null): RecordType[] {
  if (!value) return [...recordTypes];
  const types = inCanonicalOrder(value.split(',').filter((t): t is RecordType => (recordTypes as readonly string[]).includes(t)));
  return types.length > 0 ? types : [...recordTypes];
}
