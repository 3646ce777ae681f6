// Seeded records: Accounts, Leads, Tasks and Campaigns with realistic names and values; Contacts,
// Opportunities and Cases related to the accounts (seed-service-records.ts).
import { KEY_PREFIX, makeId } from './ids.ts';
import { createRandom, type Random } from './random.ts';
import {
  ACCOUNT_TYPES, CAMPAIGN_STATUSES, CAMPAIGN_TYPES, INDUSTRIES, LEAD_SOURCES, LEAD_STATUSES, TASK_PRIORITIES,
  TASK_STATUSES,
} from './schema.ts';
import {
  CAMPAIGN_TOPICS, CITIES, COMPANY_CORE, COMPANY_FIRST, COMPANY_SUFFIX, FIRST_NAMES, LAST_NAMES, SPECIAL_ACCOUNTS,
  STREETS, TASK_SUBJECTS, TITLES,
} from './seed-words.ts';
import { seedServiceRecords, type ServiceCounts } from './seed-service-records.ts';
import type { OrgUser, SObjectRecord } from './types.ts';

export interface RecordCounts extends ServiceCounts {
  accounts: number;
  leads: number;
  tasks: number;
  campaigns: number;
}

const BASE_DAY = Date.UTC(2026, 10, 1);
const DAY = 86_400_000;
const date = (offsetDays: number) => new Date(BASE_DAY + offsetDays * DAY).toISOString().slice(0, 10);
const datetime = (offsetDays: number) => new Date(BASE_DAY + offsetDays * DAY).toISOString().replace('Z', '+0000');
const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '');
const phone = (r: Random) => `(${r.int(201, 989)}) 555-${String(r.int(100, 9999)).padStart(4, '0')}`;

/** Owners weighted towards the sales reps, as in a real sales org. */
function ownerPicker(r: Random, users: OrgUser[]) {
  const weights = users.map((u) => (u.title.includes('Rep') || u.title.includes('Executive') ? 6 : u.title.includes('Manager') ? 3 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  return () => {
    let x = r.next() * total;
    for (let i = 0; i < users.length; i++) {
      x -= weights[i]!;
      if (x < 0) return users[i]!;
    }
    return users[users.length - 1]!;
  };
}

function audit(r: Random): Pick<SObjectRecord, 'CreatedDate' | 'LastModifiedDate'> {
  const created = -r.int(30, 900);
  return { CreatedDate: datetime(created), LastModifiedDate: datetime(created + r.int(0, -created)) };
}

function companyNames(r: Random, count: number): string[] {
  const names = new Set<string>(SPECIAL_ACCOUNTS.slice(0, count));
  // About 20,000 combinations: drawing again on a repeat keeps every name realistic.
  while (names.size < count) names.add(randomCompany(r));
  return [...names];
}

function randomCompany(r: Random): string {
  return `${r.pick(COMPANY_FIRST)} ${r.pick(COMPANY_CORE)}${r.chance(0.6) ? ` ${r.pick(COMPANY_SUFFIX)}` : ''}`;
}

/** A brand so common in the org that a search for it alone is crowded (see crowdedAccounts). */
export const CROWDED_BRAND = 'Helios';
export const CROWDED_ACCOUNTS = 320;
/** Sofia Rossi's own accounts of that brand: the search for the brand alone misses them. */
export const SOFIAS_CROWDED_ACCOUNTS = ['Helios Bergamo Logistica', 'Helios Torino Meccanica', 'Helios Verona Alimentari'];

/**
 * Search crowding, made visible: 320 recently touched "Helios …" accounts owned by people whose
 * records Sofia Rossi (a rep) cannot see, and three old ones of her own. Salesforce hands on only
 * the 250 most relevant matches of a type before it applies her access, so "helios" finds none of
 * hers, while "helios bergamo" finds hers at once. Drawn from their own random sequence, after
 * everything else, so the rest of the org stays as it was.
 */
function crowdedAccounts(users: OrgUser[], existing: number): SObjectRecord[] {
  const r = createRandom(7919);
  const others = users.filter((u) => ['maria.garcia', 'olivia.chen', 'liam.brown', 'noah.patel'].some((name) => u.username.startsWith(`${name}@`)));
  const sofia = users.find((u) => u.username.startsWith('sofia.rossi@'));
  const named = (name: string, owner: OrgUser, modifiedDaysAgo: number, i: number): SObjectRecord => {
    const [city, state, country] = r.pick(CITIES);
    return {
      Id: makeId(KEY_PREFIX.Account, existing + i + 1), Name: name, Type: r.pick(ACCOUNT_TYPES), Industry: r.pick(INDUSTRIES),
      Phone: phone(r), Website: `www.${slug(name)}.example`, Site: null, BillingStreet: `${r.int(1, 999)} ${r.pick(STREETS)}`,
      BillingCity: city, BillingState: state || null, BillingCountry: country, AnnualRevenue: r.int(5, 5000) * 100_000,
      NumberOfEmployees: r.int(5, 20000), Description: null, OwnerId: owner.id,
      CreatedDate: datetime(-modifiedDaysAgo - 30), LastModifiedDate: datetime(-modifiedDaysAgo),
    };
  };
  if (!sofia || others.length === 0) return [];
  const crowd = Array.from({ length: CROWDED_ACCOUNTS }, (_, i) =>
    named(`${CROWDED_BRAND} ${r.pick(COMPANY_CORE)} ${r.pick(CITIES)[0]} ${i + 1}`, others[i % others.length]!, r.int(1, 60), i));
  return [...crowd, ...SOFIAS_CROWDED_ACCOUNTS.map((name, i) => named(name, sofia, 700 + i, CROWDED_ACCOUNTS + i))];
}

export function seedRecords(r: Random, users: OrgUser[], counts: RecordCounts): Map<string, SObjectRecord[]> {
  const pickOwner = ownerPicker(r, users);
  const accounts: SObjectRecord[] = companyNames(r, counts.accounts).map((name, i) => {
    const [city, state, country] = r.pick(CITIES);
    return {
      Id: makeId(KEY_PREFIX.Account, i + 1),
      Name: name,
      Type: r.pick(ACCOUNT_TYPES),
      Industry: r.pick(INDUSTRIES),
      Phone: phone(r),
      Website: `www.${slug(name)}.example`,
      Site: r.chance(0.3) ? `${city} HQ` : null,
      BillingStreet: `${r.int(1, 999)} ${r.pick(STREETS)}`,
      BillingCity: city,
      BillingState: state || null,
      BillingCountry: country,
      AnnualRevenue: r.int(5, 5000) * 100_000,
      NumberOfEmployees: r.int(5, 20000),
      Description: r.chance(0.4) ? `${r.pick(COMPANY_CORE)} customer in ${city}; key contact via ${r.pick(TITLES)}.` : null,
      OwnerId: pickOwner().id,
      ...audit(r),
    };
  });

  const leads: SObjectRecord[] = Array.from({ length: counts.leads }, (_, i) => {
    const first = r.pick(FIRST_NAMES);
    const last = r.pick(LAST_NAMES);
    const company = r.chance(0.3) ? (r.pick(accounts).Name as string) : randomCompany(r);
    const status = r.pick(LEAD_STATUSES);
    const [city, , country] = r.pick(CITIES);
    return {
      Id: makeId(KEY_PREFIX.Lead, i + 1),
      FirstName: first,
      LastName: last,
      Name: `${first} ${last}`,
      Company: company,
      Title: r.pick(TITLES),
      Email: `${slug(first)}.${slug(last)}@${slug(company).slice(0, 20) || 'mail'}.example`,
      Phone: phone(r),
      Status: status,
      LeadSource: r.pick(LEAD_SOURCES),
      City: city,
      Country: country,
      IsConverted: status === 'Closed - Converted',
      OwnerId: pickOwner().id,
      ...audit(r),
    };
  });

  const campaigns: SObjectRecord[] = Array.from({ length: counts.campaigns }, (_, i) => {
    const start = r.int(-400, 200);
    const status = start > 0 ? 'Planned' : start < -120 ? r.pick(['Completed', 'Aborted']) : r.pick(CAMPAIGN_STATUSES);
    const type = r.pick(CAMPAIGN_TYPES);
    const year = new Date(BASE_DAY + start * DAY).getUTCFullYear();
    return {
      Id: makeId(KEY_PREFIX.Campaign, i + 1),
      Name: `${year} ${r.pick(CAMPAIGN_TOPICS)} ${type} ${i + 1}`,
      Type: type,
      Status: status,
      StartDate: date(start),
      EndDate: date(start + r.int(1, 90)),
      IsActive: status === 'In Progress' || status === 'Planned',
      Description: r.chance(0.5) ? `${type} about ${r.pick(CAMPAIGN_TOPICS).toLowerCase()} for ${r.pick(INDUSTRIES)} prospects.` : null,
      OwnerId: pickOwner().id,
      ...audit(r),
    };
  });

  const tasks: SObjectRecord[] = Array.from({ length: counts.tasks }, (_, i) => {
    const lead = r.chance(0.55) ? r.pick(leads) : null;
    const what = r.chance(0.85) ? r.pick(accounts) : r.pick(campaigns);
    const target = lead ? `${lead.Name} (${what.Name})` : (what.Name as string);
    const status = r.pick(TASK_STATUSES);
    return {
      Id: makeId(KEY_PREFIX.Task, i + 1),
      Subject: `${r.pick(TASK_SUBJECTS)} ${target}`,
      Status: status,
      Priority: r.pick(TASK_PRIORITIES),
      ActivityDate: date(r.int(-60, 60)),
      Description: r.chance(0.3) ? `Discussed ${r.pick(CAMPAIGN_TOPICS).toLowerCase()} needs.` : null,
      WhoId: lead?.Id ?? null,
      WhatId: what.Id,
      IsClosed: status === 'Completed',
      OwnerId: (r.chance(0.7) ? (lead ?? what).OwnerId : pickOwner().id) as string,
      ...audit(r),
    };
  });

  accounts.push(...crowdedAccounts(users, accounts.length));
  return new Map([
    ['Account', accounts],
    ['Lead', leads],
    ['Task', tasks],
    ['Campaign', campaigns],
    ...seedServiceRecords(users, accounts, counts),
  ]);
}
