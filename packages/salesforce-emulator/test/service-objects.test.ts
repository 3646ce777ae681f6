// Contacts, Opportunities and Cases (issue 14, point 4), seeded as in a real org: related to the
// accounts, searchable by SOSL with their lookups nested, and shared as Salesforce's default
// organization-wide sharing has it: Contacts "Controlled by Parent" (their account's), Opportunities
// and Cases "Private" (owner and the role hierarchy above). Salesforce Help, "Default
// Organization-Wide Access Levels".
import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, connect, SOFIA, startEmulator } from './support/fixture.ts';

let emulator: Emulator;
let admin: Connection;
let sofia: Connection;

beforeAll(async () => {
  emulator = await startEmulator();
  [admin, sofia] = (await Promise.all([ADMIN, SOFIA].map(async (u) => (await connect(emulator, u)).conn))) as [Connection, Connection];
});
afterAll(() => emulator.close());

type Found = { attributes: { type: string }; Id: string; [field: string]: unknown };
const search = async (conn: Connection, sosl: string) => (await conn.search(sosl)).searchRecords as unknown as Found[];
const records = (type: string) => emulator.org.records.get(type)!;
const byId = (type: string, id: unknown) => records(type).find((r) => r.Id === id)!;

describe('Contacts, Opportunities and Cases', () => {
  it('are seeded with their standard key prefixes and related to the accounts', () => {
    expect(records('Contact').length).toBeGreaterThan(1000);
    expect(records('Opportunity').length).toBeGreaterThan(500);
    expect(records('Case').length).toBeGreaterThan(300);
    const contact = records('Contact')[0]!;
    expect(contact.Id).toMatch(/^003/);
    expect(byId('Account', contact.AccountId).BillingCity).toBe(contact.MailingCity);
    const kase = records('Case')[0]!;
    expect(kase.Id).toMatch(/^500/);
    expect(kase.CaseNumber).toMatch(/^\d{8}$/);
    expect(byId('Contact', kase.ContactId).AccountId).toBe(kase.AccountId);
    expect(records('Opportunity')[0]!.Id).toMatch(/^006/);
  });

  it('are found by SOSL in one request, lookups nested', async () => {
    const contact = records('Contact')[0]!;
    const found = await search(admin, `FIND {${contact.LastName as string}} IN NAME FIELDS RETURNING Contact(Id, Name, Title, Email, Account.Name LIMIT 50), `
      + 'Opportunity(Id, Name, StageName, Amount, CloseDate, Account.Name LIMIT 5), Case(Id, CaseNumber, Subject, Status, Account.Name, Contact.Name LIMIT 5)');
    const hit = found.find((r) => r.Id === contact.Id)!;
    expect(hit).toMatchObject({ attributes: { type: 'Contact' }, Name: contact.Name, Account: { Name: byId('Account', contact.AccountId).Name } });
    const kase = records('Case')[0]!;
    const cases = await search(admin, `FIND {${kase.CaseNumber as string}} RETURNING Case(Id, CaseNumber, Subject, Contact.Name)`);
    expect(cases.map((r) => r.Id)).toEqual([kase.Id]);
    expect(cases[0]).toMatchObject({ Contact: { Name: byId('Contact', kase.ContactId).Name } });
  });

  it("are shared as a real org shares them: Sofia sees her accounts' contacts and her own opportunities and cases only", async () => {
    const sofiaId = emulator.org.users.find((u) => u.username === 'sofia.rossi@globex.example')!.id;
    const hers = new Set<unknown>(records('Account').filter((a) => a.OwnerId === sofiaId).map((a) => a.Id));
    const query = 'FIND {example} IN EMAIL FIELDS RETURNING Contact(Id, AccountId, OwnerId LIMIT 200)';
    const [mine, all] = await Promise.all([search(sofia, query), search(admin, query)]);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    for (const contact of mine) expect(hers.has(contact.AccountId) || contact.OwnerId === sofiaId).toBe(true);
    const deals = await search(sofia, 'FIND {Renewal} RETURNING Opportunity(Id, OwnerId LIMIT 200), Case(Id, OwnerId LIMIT 200)');
    expect(deals.every((r) => r.OwnerId === sofiaId)).toBe(true);
  });
});
