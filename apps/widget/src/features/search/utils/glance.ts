// The one field that tells a record apart at a glance, for the compact layout of narrow frames
// and phones: where an account is, whose company a lead works for, when a task is due, how a
// campaign stands. The first of these keys the record has.
import type { RecordType, SearchResult } from '@sfsearch/contracts';

const GLANCE_KEYS: Record<RecordType, readonly string[]> = {
  account: ['city', 'industry', 'type'],
  lead: ['company', 'email', 'status'],
  task: ['dueDate', 'relatedTo', 'status'],
  campaign: ['status', 'startDate', 'type'],
  contact: ['account', 'email', 'phone'],
  opportunity: ['stage', 'closeDate', 'account'],
  case: ['status', 'account', 'priority'],
};

export function glanceOf(result: SearchResult): SearchResult['fields'][number] | undefined {
  for (const key of GLANCE_KEYS[result.type]) {
    const field = result.fields.find((f) => f.key === key);
    if (field) return field;
  }
  return result.fields[0];
}
