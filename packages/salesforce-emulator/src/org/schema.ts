// The sObjects the emulated org knows: fields, labels, types, search groups and lookups.
// Field names are canonical (as Salesforce spells them); lookups are case-insensitive.
export type FieldType =
  | 'id' | 'string' | 'textarea' | 'email' | 'phone' | 'url' | 'picklist'
  | 'boolean' | 'date' | 'datetime' | 'currency' | 'int' | 'reference';

/** SOSL search groups a text field belongs to (ALL FIELDS covers every searchable field). */
export type SearchGroup = 'NAME' | 'EMAIL' | 'PHONE';

export interface FieldDef {
  name: string;
  label: string;
  type: FieldType;
  /** Text fields SOSL searches; `groups` narrows them for IN NAME/EMAIL/PHONE FIELDS. */
  searchable?: boolean;
  groups?: SearchGroup[];
  referenceTo?: string[];
  relationshipName?: string;
  picklistValues?: string[];
  nameField?: boolean;
}

export type Sharing = 'private' | 'public-read' | 'controlled-by-parent';

export interface ObjectDef {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  sharing: Sharing;
  searchable: boolean;
  fields: FieldDef[];
}

const id: FieldDef = { name: 'Id', label: 'Record ID', type: 'id' };
const owner: FieldDef = {
  name: 'OwnerId', label: 'Owner ID', type: 'reference', referenceTo: ['User'], relationshipName: 'Owner',
};
const audit: FieldDef[] = [
  { name: 'CreatedDate', label: 'Created Date', type: 'datetime' },
  { name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime' },
];
const text = (name: string, label: string, groups?: SearchGroup[]): FieldDef => ({
  name, label, type: 'string', searchable: true, ...(groups ? { groups } : {}),
});
const picklist = (name: string, label: string, picklistValues: string[]): FieldDef => ({
  name, label, type: 'picklist', picklistValues,
});

export const ACCOUNT_TYPES = [
  'Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller',
  'Installation Partner', 'Technology Partner', 'Other',
];
export const INDUSTRIES = [
  'Agriculture', 'Apparel', 'Banking', 'Biotechnology', 'Chemicals', 'Communications', 'Construction',
  'Consulting', 'Education', 'Electronics', 'Energy', 'Engineering', 'Entertainment', 'Environmental',
  'Finance', 'Food & Beverage', 'Government', 'Healthcare', 'Hospitality', 'Insurance', 'Machinery',
  'Manufacturing', 'Media', 'Not For Profit', 'Recreation', 'Retail', 'Shipping', 'Technology',
  'Telecommunications', 'Transportation', 'Utilities', 'Other',
];
export const LEAD_STATUSES = ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'];
export const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'];
export const TASK_PRIORITIES = ['High', 'Normal', 'Low'];
export const CAMPAIGN_TYPES = [
  'Advertisement', 'Email', 'Telemarketing', 'Banner Ads', 'Seminar / Conference', 'Public Relations',
  'Partners', 'Referral Program', 'Webinar', 'Trade Show', 'Direct Mail', 'Other',
];
export const CAMPAIGN_STATUSES = ['Planned', 'In Progress', 'Completed', 'Aborted'];
export const LEAD_SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Trade Show', 'Other'];
// The standard picklists of a new org (Salesforce Help: "Opportunity Fields", "Case Fields").
export const OPPORTUNITY_STAGES = [
  'Prospecting', 'Qualification', 'Needs Analysis', 'Value Proposition', 'Id. Decision Makers', 'Perception Analysis',
  'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', 'Closed Lost',
];
export const OPPORTUNITY_TYPES = ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer'];
export const CASE_STATUSES = ['New', 'Working', 'Escalated', 'Closed'];
export const CASE_PRIORITIES = ['High', 'Medium', 'Low'];
export const CASE_ORIGINS = ['Phone', 'Email', 'Web'];
export const CASE_TYPES = ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other'];

export const OBJECTS: ObjectDef[] = [
  {
    name: 'Account', label: 'Account', labelPlural: 'Accounts', keyPrefix: '001', sharing: 'private', searchable: true,
    fields: [
      id,
      { ...text('Name', 'Account Name', ['NAME']), nameField: true },
      picklist('Type', 'Account Type', ACCOUNT_TYPES),
      picklist('Industry', 'Industry', INDUSTRIES),
      { name: 'Phone', label: 'Account Phone', type: 'phone', searchable: true, groups: ['PHONE'] },
      { name: 'Website', label: 'Website', type: 'url', searchable: true, groups: ['NAME'] },
      text('Site', 'Account Site', ['NAME']),
      text('BillingStreet', 'Billing Street'),
      text('BillingCity', 'Billing City'),
      text('BillingState', 'Billing State/Province'),
      text('BillingCountry', 'Billing Country'),
      { name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency' },
      { name: 'NumberOfEmployees', label: 'Employees', type: 'int' },
      { name: 'Description', label: 'Account Description', type: 'textarea', searchable: true },
      owner,
      ...audit,
    ],
  },
  {
    name: 'Lead', label: 'Lead', labelPlural: 'Leads', keyPrefix: '00Q', sharing: 'private', searchable: true,
    fields: [
      id,
      text('FirstName', 'First Name', ['NAME']),
      text('LastName', 'Last Name', ['NAME']),
      { ...text('Name', 'Full Name', ['NAME']), nameField: true },
      text('Company', 'Company', ['NAME']),
      text('Title', 'Title'),
      { name: 'Email', label: 'Email', type: 'email', searchable: true, groups: ['EMAIL'] },
      { name: 'Phone', label: 'Phone', type: 'phone', searchable: true, groups: ['PHONE'] },
      picklist('Status', 'Lead Status', LEAD_STATUSES),
      picklist('LeadSource', 'Lead Source', LEAD_SOURCES),
      text('City', 'City'),
      text('Country', 'Country'),
      { name: 'IsConverted', label: 'Converted', type: 'boolean' },
      owner,
      ...audit,
    ],
  },
  {
    name: 'Task', label: 'Task', labelPlural: 'Tasks', keyPrefix: '00T', sharing: 'controlled-by-parent', searchable: true,
    fields: [
      id,
      { ...text('Subject', 'Subject', ['NAME']), nameField: true },
      picklist('Status', 'Status', TASK_STATUSES),
      picklist('Priority', 'Priority', TASK_PRIORITIES),
      { name: 'ActivityDate', label: 'Due Date Only', type: 'date' },
      { name: 'Description', label: 'Comments', type: 'textarea', searchable: true },
      { name: 'WhoId', label: 'Name ID', type: 'reference', referenceTo: ['Lead'], relationshipName: 'Who' },
      { name: 'WhatId', label: 'Related To ID', type: 'reference', referenceTo: ['Account', 'Campaign'], relationshipName: 'What' },
      { name: 'IsClosed', label: 'Closed', type: 'boolean' },
      owner,
      ...audit,
    ],
  },
  {
    name: 'Campaign', label: 'Campaign', labelPlural: 'Campaigns', keyPrefix: '701', sharing: 'public-read', searchable: true,
    fields: [
      id,
      { ...text('Name', 'Campaign Name', ['NAME']), nameField: true },
      picklist('Type', 'Type', CAMPAIGN_TYPES),
      picklist('Status', 'Status', CAMPAIGN_STATUSES),
      { name: 'StartDate', label: 'Start Date', type: 'date' },
      { name: 'EndDate', label: 'End Date', type: 'date' },
      { name: 'IsActive', label: 'Active', type: 'boolean' },
      { name: 'Description', label: 'Description', type: 'textarea', searchable: true },
      owner,
      ...audit,
    ],
  },
  {
    // Contacts follow their account ("Controlled by Parent", the default organization-wide sharing).
    name: 'Contact', label: 'Contact', labelPlural: 'Contacts', keyPrefix: '003', sharing: 'controlled-by-parent', searchable: true,
    fields: [
      id,
      text('FirstName', 'First Name', ['NAME']),
      text('LastName', 'Last Name', ['NAME']),
      { ...text('Name', 'Full Name', ['NAME']), nameField: true },
      { name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], relationshipName: 'Account' },
      text('Title', 'Title'),
      text('Department', 'Department'),
      { name: 'Email', label: 'Email', type: 'email', searchable: true, groups: ['EMAIL'] },
      { name: 'Phone', label: 'Business Phone', type: 'phone', searchable: true, groups: ['PHONE'] },
      { name: 'MobilePhone', label: 'Mobile Phone', type: 'phone', searchable: true, groups: ['PHONE'] },
      text('MailingCity', 'Mailing City'),
      text('MailingCountry', 'Mailing Country'),
      owner,
      ...audit,
    ],
  },
  {
    name: 'Opportunity', label: 'Opportunity', labelPlural: 'Opportunities', keyPrefix: '006', sharing: 'private', searchable: true,
    fields: [
      id,
      { ...text('Name', 'Opportunity Name', ['NAME']), nameField: true },
      { name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], relationshipName: 'Account' },
      picklist('StageName', 'Stage', OPPORTUNITY_STAGES),
      picklist('Type', 'Opportunity Type', OPPORTUNITY_TYPES),
      { name: 'Amount', label: 'Amount', type: 'currency' },
      { name: 'CloseDate', label: 'Close Date', type: 'date' },
      { name: 'Probability', label: 'Probability (%)', type: 'int' },
      picklist('LeadSource', 'Lead Source', LEAD_SOURCES),
      { name: 'Description', label: 'Description', type: 'textarea', searchable: true },
      { name: 'IsClosed', label: 'Closed', type: 'boolean' },
      owner,
      ...audit,
    ],
  },
  {
    // A case's name field is its number (Object Reference, Case: CaseNumber is the name field).
    name: 'Case', label: 'Case', labelPlural: 'Cases', keyPrefix: '500', sharing: 'private', searchable: true,
    fields: [
      id,
      { ...text('CaseNumber', 'Case Number', ['NAME']), nameField: true },
      text('Subject', 'Subject'),
      picklist('Status', 'Status', CASE_STATUSES),
      picklist('Priority', 'Priority', CASE_PRIORITIES),
      picklist('Origin', 'Case Origin', CASE_ORIGINS),
      picklist('Type', 'Case Type', CASE_TYPES),
      { name: 'AccountId', label: 'Account ID', type: 'reference', referenceTo: ['Account'], relationshipName: 'Account' },
      { name: 'ContactId', label: 'Contact ID', type: 'reference', referenceTo: ['Contact'], relationshipName: 'Contact' },
      { name: 'Description', label: 'Description', type: 'textarea', searchable: true },
      { name: 'IsClosed', label: 'Closed', type: 'boolean' },
      owner,
      ...audit,
    ],
  },
  {
    name: 'User', label: 'User', labelPlural: 'Users', keyPrefix: '005', sharing: 'public-read', searchable: false,
    fields: [
      id,
      { ...text('Name', 'Full Name'), nameField: true },
      text('FirstName', 'First Name'),
      text('LastName', 'Last Name'),
      text('Username', 'Username'),
      { name: 'Email', label: 'Email', type: 'email' },
      text('Title', 'Title'),
      { name: 'IsActive', label: 'Active', type: 'boolean' },
      { name: 'UserRoleId', label: 'Role ID', type: 'reference', referenceTo: ['UserRole'], relationshipName: 'UserRole' },
    ],
  },
];

const byLowerName = new Map(OBJECTS.map((o) => [o.name.toLowerCase(), o]));
const fieldIndex = new Map(OBJECTS.map((o) => [o.name, new Map(o.fields.map((f) => [f.name.toLowerCase(), f]))]));
const relationshipIndex = new Map(
  OBJECTS.map((o) => [
    o.name,
    new Map(o.fields.filter((f) => f.relationshipName).map((f) => [f.relationshipName!.toLowerCase(), f])),
  ]),
);

export function findObject(name: string): ObjectDef | undefined {
  return byLowerName.get(name.toLowerCase());
}

export function findField(object: ObjectDef, name: string): FieldDef | undefined {
  return fieldIndex.get(object.name)?.get(name.toLowerCase());
}

export function findRelationship(object: ObjectDef, name: string): FieldDef | undefined {
  return relationshipIndex.get(object.name)?.get(name.toLowerCase());
}

export function objectOfId(recordId: string): ObjectDef | undefined {
  return OBJECTS.find((o) => recordId.startsWith(o.keyPrefix));
}
