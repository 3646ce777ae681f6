// Salesforce records → the widget's { id, type, title, subtitle, fields, url }, by the catalogue.
// A field the person may not see was never asked for, so it is simply absent from the card.
import type { SearchResult } from '@sfsearch/contracts';
import { entryForSobject, type SfRecord } from './catalogue.ts';
import { lightningRecordUrl } from './instance.ts';

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return '';
  return String(value);
}

function reader(record: SfRecord) {
  return (path: string): string => {
    let value: unknown = record;
    for (const segment of path.split('.')) value = (value as Record<string, unknown> | null | undefined)?.[segment];
    return text(value);
  };
}

export function normaliseRecord(record: SfRecord, instanceUrl: string): SearchResult | undefined {
  const entry = entryForSobject(record.attributes?.type);
  const id = record.Id;
  if (!entry || !id) return undefined;
  const read = reader(record);
  return {
    id,
    type: entry.type,
    url: lightningRecordUrl(instanceUrl, entry.sobject, id),
    title: entry.title(read),
    subtitle: entry.subtitle(read),
    fields: entry.card(read).filter(([, , value]) => value !== '').map(([key, label, value]) => ({ key, label, value })),
  };
}
