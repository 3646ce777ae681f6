// Realistic, deterministic test data in the contracts' shapes. Each builder takes overrides, so a
// test states only what it is about.
import type { Connection, Me, SalesforceConfig, SearchResult } from '@sfsearch/contracts';

let sequence = 0;

/** An 18-character Salesforce-like id with the object's real key prefix. */
function salesforceId(prefix: string): string {
  sequence += 1;
  return `${prefix}${String(sequence).padStart(12, '0')}AAA`;
}

export const LIGHTNING = 'https://globex.lightning.force.com';

export function buildEmployee(overrides: Partial<Me['user']> = {}): Me['user'] {
  return { id: 'u-erin', name: 'Erin Employee', email: 'erin.employee@globex.example', isAdmin: false, ...overrides };
}

export function buildAdmin(overrides: Partial<Me['user']> = {}): Me['user'] {
  return { id: 'u-ada', name: 'Ada Admin', email: 'ada.admin@globex.example', isAdmin: true, ...overrides };
}

export function buildConnected(overrides: Partial<Connection> = {}): Connection {
  return {
    configured: true,
    status: 'connected',
    salesforceUser: {
      username: 'erin.employee@globex.example',
      displayName: 'Erin Employee',
      orgId: '00D000000000001AAA',
      instanceUrl: 'https://globex.my.salesforce.com',
    },
    connectedAt: '2026-11-20T09:30:00.000Z',
    ...overrides,
  };
}

export function buildConfig(overrides: Partial<SalesforceConfig> = {}): SalesforceConfig {
  return {
    configured: true,
    consumerKey: '3MVG9A2kN3Bn17hs8MIaQx1voVGy',
    hasConsumerSecret: true,
    loginHost: 'https://login.salesforce.com',
    scopes: ['api', 'refresh_token', 'id'],
    callbackUrl: 'https://intranet.globex.example/marketplace/salesforce/account/sign-in/oauth2',
    connectedUsers: 12,
    updatedAt: '2026-11-02T14:05:00.000Z',
    updatedBy: 'Ada Admin',
    apiUsage: { used: 1234, limit: 15000, at: '2026-11-23T08:00:00.000Z' },
    apiBudget: { ownCallsToday: 321, capPercent: null, warning: false, paused: false },
    searchTypes: ['account', 'lead', 'task', 'campaign'],
    ...overrides,
  };
}

export function buildUnconfiguredConfig(): SalesforceConfig {
  return buildConfig({
    configured: false,
    consumerKey: '',
    hasConsumerSecret: false,
    loginHost: '',
    scopes: [],
    connectedUsers: 0,
    updatedAt: null,
    updatedBy: null,
    apiUsage: null,
    apiBudget: { ownCallsToday: 0, capPercent: null, warning: false, paused: false },
    searchTypes: ['account', 'lead', 'task', 'campaign'],
  });
}

export function buildAccount(o: { name: string; type?: string; industry?: string; city?: string; owner?: string }): SearchResult {
  const { name, type = 'Customer - Direct', industry = 'Technology', city = 'San Francisco', owner = 'Sam Sales' } = o;
  const id = salesforceId('001');
  return {
    id,
    type: 'account',
    title: name,
    subtitle: `${type} · ${city}`,
    fields: [
      { key: 'type', label: 'Type', value: type },
      { key: 'industry', label: 'Industry', value: industry },
      { key: 'city', label: 'City', value: city },
      { key: 'owner', label: 'Owner', value: owner },
    ],
    url: `${LIGHTNING}/lightning/r/Account/${id}/view`,
  };
}

export function buildLead(o: { name: string; company: string; email?: string; status?: string; phone?: string }): SearchResult {
  const { name, company, email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`, status = 'Open - Not Contacted', phone } = o;
  const id = salesforceId('00Q');
  return {
    id,
    type: 'lead',
    title: name,
    subtitle: company,
    fields: [
      { key: 'company', label: 'Company', value: company },
      { key: 'email', label: 'Email', value: email },
      { key: 'status', label: 'Status', value: status },
      ...(phone ? [{ key: 'phone', label: 'Phone', value: phone }] : []),
    ],
    url: `${LIGHTNING}/lightning/r/Lead/${id}/view`,
  };
}

export function buildTask(o: { subject: string; relatedTo: string; status?: string; priority?: string; due?: string }): SearchResult {
  const { subject, relatedTo, status = 'Not Started', priority = 'Normal', due = '2026-11-30' } = o;
  const id = salesforceId('00T');
  return {
    id,
    type: 'task',
    title: subject,
    subtitle: `Related to ${relatedTo}`,
    fields: [
      { key: 'status', label: 'Status', value: status },
      { key: 'priority', label: 'Priority', value: priority },
      { key: 'dueDate', label: 'Due date', value: due },
      { key: 'relatedTo', label: 'Related to', value: relatedTo },
    ],
    url: `${LIGHTNING}/lightning/r/Task/${id}/view`,
  };
}

export function buildCampaign(o: { name: string; type?: string; status?: string; start?: string; end?: string; active?: boolean }): SearchResult {
  const { name, type = 'Conference', status = 'Planned', start = '2026-12-01', end = '2026-12-03', active = true } = o;
  const id = salesforceId('701');
  return {
    id,
    type: 'campaign',
    title: name,
    subtitle: type,
    fields: [
      { key: 'type', label: 'Type', value: type },
      { key: 'status', label: 'Status', value: status },
      { key: 'startDate', label: 'Start date', value: start },
      { key: 'endDate', label: 'End date', value: end },
      { key: 'active', label: 'Active', value: active ? 'Yes' : 'No' },
    ],
    url: `${LIGHTNING}/lightning/r/Campaign/${id}/view`,
  };
}

/** A small org: "acme" matches records of every type, "globex" a few, "zzz" nothing. */
export function seedRecords(): SearchResult[] {
  return [
    buildAccount({ name: 'Acme Corporation', city: 'San Francisco', owner: 'Sam Sales' }),
    buildAccount({ name: 'Acme Logistics', type: 'Customer - Channel', industry: 'Transportation', city: 'Chicago', owner: 'Rita Rep' }),
    buildAccount({ name: 'Globex Industries', type: 'Prospect', industry: 'Manufacturing', city: 'Springfield' }),
    buildAccount({ name: 'Initech', type: 'Partner', industry: 'Consulting', city: 'Austin' }),
    buildLead({ name: 'Wile Coyote', company: 'Acme Corporation', email: 'wile.coyote@acme.example', status: 'Working - Contacted' }),
    buildLead({ name: 'Hank Scorpio', company: 'Globex Industries', email: 'hank@globex.example' }),
    buildTask({ subject: 'Call Acme about the renewal', relatedTo: 'Acme Corporation', priority: 'High' }),
    buildTask({ subject: 'Send the proposal to Initech', relatedTo: 'Initech', status: 'In Progress', due: '2026-12-05' }),
    buildCampaign({ name: 'Acme Partner Summit 2026', start: '2026-12-01', end: '2026-12-03' }),
    buildCampaign({ name: 'Spring Webinar Series', type: 'Webinar', status: 'Completed', start: '2026-03-01', end: '2026-05-31', active: false }),
  ];
}
