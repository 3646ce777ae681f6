// The object catalogue: for each record type the widget shows, which Salesforce object it is,
// which fields to ask for, and how a record becomes a card. The SOSL builder and the normaliser
// both read it, so a type is added with one entry here (and its name in packages/contracts).
import type { RecordType } from '@sfsearch/contracts';

/** A record as Salesforce answers it: field names as in the request, lookups nested. */
export type SfRecord = { attributes?: { type?: string }; Id?: string; [field: string]: unknown };

/** Reads a field path of the record (`Name`, `Owner.Name`) as display text; '' when absent. */
export type Read = (path: string) => string;

export interface CatalogueEntry {
  type: RecordType;
  sobject: string;
  /**
   * Field paths to ask Salesforce for, beyond Id. A path the person may not see (describe) is
   * left out of the statement, and so out of the card.
   */
  fields: string[];
  title(read: Read): string;
  subtitle(read: Read): string;
  /**
   * The card's fields, in order, each with a key that does not change with the language; empty
   * values are dropped. The widget shows `website` and `description` only in its preview.
   */
  card(read: Read): [key: string, label: string, value: string][];
  /** Where the record opens in Lightning, after the Lightning host. */
  lightningPath?(id: string): string;
}

const joined = (...parts: string[]) => parts.filter(Boolean).join(' · ');

export const CATALOGUE: Record<RecordType, CatalogueEntry> = {
  account: {
    type: 'account', sobject: 'Account',
    fields: ['Name', 'Type', 'Industry', 'BillingCity', 'BillingCountry', 'Phone', 'Website', 'Owner.Name'],
    title: (r) => r('Name'),
    subtitle: (r) => joined(r('Type'), r('Industry')),
    card: (r) => [['type', 'Type', r('Type')], ['industry', 'Industry', r('Industry')], ['city', 'City', joined(r('BillingCity'), r('BillingCountry'))], ['owner', 'Owner', r('Owner.Name')], ['phone', 'Phone', r('Phone')], ['website', 'Website', r('Website')]],
  },
  lead: {
    type: 'lead', sobject: 'Lead',
    fields: ['Name', 'Title', 'Company', 'Email', 'Phone', 'Status', 'Owner.Name'],
    title: (r) => r('Name'),
    subtitle: (r) => [r('Title'), r('Company')].filter(Boolean).join(' at '),
    card: (r) => [['company', 'Company', r('Company')], ['email', 'Email', r('Email')], ['phone', 'Phone', r('Phone')], ['status', 'Status', r('Status')], ['owner', 'Owner', r('Owner.Name')]],
  },
  task: {
    type: 'task', sobject: 'Task',
    fields: ['Subject', 'Status', 'Priority', 'ActivityDate', 'Who.Name', 'What.Name', 'Owner.Name', 'Description'],
    title: (r) => r('Subject'),
    subtitle: (r) => joined(r('Status'), r('What.Name')),
    card: (r) => [['status', 'Status', r('Status')], ['priority', 'Priority', r('Priority')], ['dueDate', 'Due date', r('ActivityDate')], ['relatedTo', 'Related to', r('What.Name')], ['who', 'Name', r('Who.Name')], ['owner', 'Owner', r('Owner.Name')], ['description', 'Comments', r('Description')]],
  },
  campaign: {
    type: 'campaign', sobject: 'Campaign',
    fields: ['Name', 'Type', 'Status', 'StartDate', 'EndDate', 'IsActive', 'Owner.Name', 'Description'],
    title: (r) => r('Name'),
    subtitle: (r) => joined(r('Type'), r('Status')),
    card: (r) => [['type', 'Type', r('Type')], ['status', 'Status', r('Status')], ['startDate', 'Start date', r('StartDate')], ['endDate', 'End date', r('EndDate')], ['active', 'Active', r('IsActive')], ['owner', 'Owner', r('Owner.Name')], ['description', 'Description', r('Description')]],
  },
  contact: {
    type: 'contact', sobject: 'Contact',
    fields: ['Name', 'Title', 'Account.Name', 'Email', 'Phone', 'MobilePhone', 'MailingCity', 'Owner.Name'],
    title: (r) => r('Name'),
    subtitle: (r) => [r('Title'), r('Account.Name')].filter(Boolean).join(' at '),
    card: (r) => [['account', 'Account', r('Account.Name')], ['email', 'Email', r('Email')], ['phone', 'Phone', r('Phone')], ['mobile', 'Mobile', r('MobilePhone')], ['city', 'City', r('MailingCity')], ['owner', 'Owner', r('Owner.Name')]],
  },
  opportunity: {
    type: 'opportunity', sobject: 'Opportunity',
    fields: ['Name', 'Account.Name', 'StageName', 'Amount', 'CloseDate', 'Owner.Name', 'Description'],
    title: (r) => r('Name'),
    subtitle: (r) => joined(r('Account.Name'), r('StageName')),
    card: (r) => [['stage', 'Stage', r('StageName')], ['amount', 'Amount', r('Amount')], ['closeDate', 'Close date', r('CloseDate')], ['account', 'Account', r('Account.Name')], ['owner', 'Owner', r('Owner.Name')], ['description', 'Description', r('Description')]],
  },
  case: {
    type: 'case', sobject: 'Case',
    fields: ['CaseNumber', 'Subject', 'Status', 'Priority', 'Account.Name', 'Contact.Name', 'Owner.Name', 'Description'],
    // Salesforce shows a case by its number; the subject says what it is about.
    title: (r) => joined(r('CaseNumber'), r('Subject')),
    subtitle: (r) => joined(r('Status'), r('Account.Name')),
    card: (r) => [['status', 'Status', r('Status')], ['priority', 'Priority', r('Priority')], ['account', 'Account', r('Account.Name')], ['contact', 'Contact', r('Contact.Name')], ['owner', 'Owner', r('Owner.Name')], ['description', 'Description', r('Description')]],
  },
};

const BY_SOBJECT = new Map(Object.values(CATALOGUE).map((entry) => [entry.sobject, entry]));

export function entryForSobject(sobject: string | undefined): CatalogueEntry | undefined {
  return sobject === undefined ? undefined : BY_SOBJECT.get(sobject);
}
