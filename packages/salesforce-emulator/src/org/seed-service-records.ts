// Seeded Contacts, Opportunities and Cases, related to the seeded accounts as in a real org:
// contacts at their account's company and city, opportunities named for the account and owned
// by its owner most of the time, cases raised by one of the account's contacts. Drawn from their
// own random sequence, after everything else, so the Accounts, Leads, Tasks and Campaigns stay
// exactly as they were.
import { KEY_PREFIX, makeId } from './ids.ts';
import { createRandom, type Random } from './random.ts';
import { CASE_ORIGINS, CASE_PRIORITIES, CASE_STATUSES, CASE_TYPES, LEAD_SOURCES, OPPORTUNITY_STAGES, OPPORTUNITY_TYPES } from './schema.ts';
import { FIRST_NAMES, LAST_NAMES, TITLES } from './seed-words.ts';
import type { OrgUser, SObjectRecord } from './types.ts';

export interface ServiceCounts {
  contacts: number;
  opportunities: number;
  cases: number;
}

const BASE_DAY = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const date = (offsetDays: number) => new Date(BASE_DAY + offsetDays * DAY).toISOString().slice(0, 10);
const datetime = (offsetDays: number) => new Date(BASE_DAY + offsetDays * DAY).toISOString().replace('Z', '+0000');
const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '');
const phone = (r: Random) => `(${r.int(201, 989)}) 555-${String(r.int(100, 9999)).padStart(4, '0')}`;
const DEPARTMENTS = ['Purchasing', 'Operations', 'Finance', 'IT', 'Logistics', 'Marketing', 'Executive'];
const DEAL_WORDS = ['Renewal', 'Expansion', 'Pilot', 'Platform', 'Fleet', 'Support Plan', 'Upgrade', 'New Site'];
const CASE_SUBJECTS = [
  'Invoice does not match the quote', 'Delivery arrived damaged', 'Cannot sign in to the portal', 'Request for an on-site visit',
  'Shipment delayed at customs', 'Replacement part needed', 'Question about the service contract', 'Billing address change',
];
const PROBABILITY: Record<string, number> = {
  Prospecting: 10, Qualification: 10, 'Needs Analysis': 20, 'Value Proposition': 50, 'Id. Decision Makers': 60,
  'Perception Analysis': 70, 'Proposal/Price Quote': 75, 'Negotiation/Review': 90, 'Closed Won': 100, 'Closed Lost': 0,
};

function audit(r: Random): Pick<SObjectRecord, 'CreatedDate' | 'LastModifiedDate'> {
  const created = -r.int(30, 900);
  return { CreatedDate: datetime(created), LastModifiedDate: datetime(created + r.int(0, -created)) };
}

export function seedServiceRecords(users: OrgUser[], accounts: SObjectRecord[], counts: ServiceCounts): [string, SObjectRecord[]][] {
  const r = createRandom(104_729);
  const company = (account: SObjectRecord) => slug(account.Name as string).slice(0, 20) || 'mail';
  const contacts: SObjectRecord[] = Array.from({ length: counts.contacts }, (_, i) => {
    const account = r.pick(accounts);
    const [first, last] = [r.pick(FIRST_NAMES), r.pick(LAST_NAMES)];
    return {
      Id: makeId(KEY_PREFIX.Contact, i + 1), FirstName: first, LastName: last, Name: `${first} ${last}`, AccountId: account.Id as string,
      Title: r.pick(TITLES), Department: r.pick(DEPARTMENTS), Email: `${slug(first)}.${slug(last)}@${company(account)}.example`,
      Phone: phone(r), MobilePhone: r.chance(0.6) ? phone(r) : null, MailingCity: account.BillingCity ?? null, MailingCountry: account.BillingCountry ?? null,
      OwnerId: account.OwnerId as string, ...audit(r),
    };
  });
  const opportunities: SObjectRecord[] = Array.from({ length: counts.opportunities }, (_, i) => {
    const account = r.pick(accounts);
    const stage = r.pick(OPPORTUNITY_STAGES);
    const closes = stage.startsWith('Closed') ? -r.int(1, 300) : r.int(1, 180);
    return {
      Id: makeId(KEY_PREFIX.Opportunity, i + 1), Name: `${account.Name} ${r.pick(DEAL_WORDS)}`, AccountId: account.Id as string,
      StageName: stage, Type: r.pick(OPPORTUNITY_TYPES), Amount: r.int(5, 900) * 1000, CloseDate: date(closes),
      Probability: PROBABILITY[stage] ?? 10, LeadSource: r.pick(LEAD_SOURCES), Description: null, IsClosed: stage.startsWith('Closed'),
      OwnerId: (r.chance(0.8) ? account.OwnerId : r.pick(users).id) as string, ...audit(r),
    };
  });
  const byAccount = new Map<unknown, SObjectRecord[]>();
  for (const contact of contacts) byAccount.set(contact.AccountId, [...(byAccount.get(contact.AccountId) ?? []), contact]);
  const withContacts = accounts.filter((a) => byAccount.has(a.Id));
  const cases: SObjectRecord[] = Array.from({ length: counts.cases }, (_, i) => {
    const account = r.pick(withContacts);
    const contact = r.pick(byAccount.get(account.Id)!);
    const status = r.pick(CASE_STATUSES);
    return {
      Id: makeId(KEY_PREFIX.Case, i + 1), CaseNumber: String(1001 + i).padStart(8, '0'), Subject: r.pick(CASE_SUBJECTS),
      Status: status, Priority: r.pick(CASE_PRIORITIES), Origin: r.pick(CASE_ORIGINS), Type: r.pick(CASE_TYPES),
      AccountId: account.Id as string, ContactId: contact.Id as string, Description: `${contact.Name} wrote in about ${account.Name}.`, IsClosed: status === 'Closed',
      OwnerId: account.OwnerId as string, ...audit(r),
    };
  });
  return [['Contact', contacts], ['Opportunity', opportunities], ['Case', cases]];
}
