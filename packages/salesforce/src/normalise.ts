// Salesforce records → the widget's { id, type, title, subtitle, fields, url }.
import type { RecordType, SearchResult } from '@sfsearch/contracts';
import { lightningRecordUrl } from './instance.ts';

type SfRecord = { attributes?: { type?: string }; Id?: string; [field: string]: unknown };

const TYPES: Record<string, RecordType> = { Account: 'account', Lead: 'lead', Task: 'task', Campaign: 'campaign' };

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

function nested(record: SfRecord, relationship: string): string {
  const related = record[relationship] as { Name?: unknown } | null | undefined;
  return text(related?.Name);
}

function fields(pairs: [string, string][]): { label: string; value: string }[] {
  return pairs.filter(([, value]) => value !== '').map(([label, value]) => ({ label, value }));
}

const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ');

export function normaliseRecord(record: SfRecord, instanceUrl: string): SearchResult | undefined {
  const sobject = record.attributes?.type ?? '';
  const type = TYPES[sobject];
  const id = record.Id;
  if (!type || !id) return undefined;
  const url = lightningRecordUrl(instanceUrl, sobject, id);
  const r = (name: string) => text(record[name]);
  switch (type) {
    case 'account':
      return { id, type, url, title: r('Name'), subtitle: joined(r('Type'), r('Industry')),
        fields: fields([['Type', r('Type')], ['Industry', r('Industry')], ['City', joined(r('BillingCity'), r('BillingCountry'))], ['Owner', nested(record, 'Owner')], ['Phone', r('Phone')]]) };
    case 'lead':
      return { id, type, url, title: r('Name'), subtitle: [r('Title'), r('Company')].filter(Boolean).join(' at '),
        fields: fields([['Company', r('Company')], ['Email', r('Email')], ['Status', r('Status')], ['Owner', nested(record, 'Owner')]]) };
    case 'task':
      return { id, type, url, title: r('Subject'), subtitle: joined(r('Status'), nested(record, 'What')),
        fields: fields([['Status', r('Status')], ['Priority', r('Priority')], ['Due date', r('ActivityDate')], ['Related to', nested(record, 'What')], ['Name', nested(record, 'Who')], ['Owner', nested(record, 'Owner')]]) };
    case 'campaign':
      return { id, type, url, title: r('Name'), subtitle: joined(r('Type'), r('Status')),
        fields: fields([['Type', r('Type')], ['Status', r('Status')], ['Start date', r('StartDate')], ['End date', r('EndDate')], ['Active', r('IsActive')], ['Owner', nested(record, 'Owner')]]) };
  }
}
