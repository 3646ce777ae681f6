// A result's field labels in the active language, by the field's key (the BFF writes them in
// English). Japanese as Salesforce's own Japanese UI labels these fields. A key the widget does
// not know keeps the BFF's label.
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { RecordType, SearchResult } from '@sfsearch/contracts';

const LABELS: Record<string, MessageDescriptor> = {
  type: msg`Type`,
  industry: msg`Industry`,
  city: msg`City`,
  owner: msg`Owner`,
  phone: msg`Phone`,
  website: msg`Website`,
  company: msg`Company`,
  email: msg`Email`,
  status: msg`Status`,
  priority: msg`Priority`,
  dueDate: msg`Due date`,
  relatedTo: msg`Related to`,
  who: msg`Name`,
  startDate: msg`Start date`,
  endDate: msg`End date`,
  active: msg`Active`,
  description: msg`Description`,
  account: msg`Account`,
  mobile: msg`Mobile`,
  stage: msg`Stage`,
  amount: msg`Amount`,
  closeDate: msg`Close date`,
  contact: msg`Contact`,
};

/** Where one type names a field otherwise: a lead's status, a task's description. */
const BY_TYPE: Partial<Record<RecordType, Record<string, MessageDescriptor>>> = {
  lead: { status: msg({ message: 'Status', context: 'lead status' }) },
  task: { description: msg`Comments` },
};

export function fieldLabel(i18n: I18n, type: RecordType, field: SearchResult['fields'][number]): string {
  const descriptor = BY_TYPE[type]?.[field.key] ?? LABELS[field.key];
  return descriptor ? i18n._(descriptor) : field.label;
}
