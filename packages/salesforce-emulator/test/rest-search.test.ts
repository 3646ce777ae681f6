import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, API_VERSION, connect, LIAM, SOFIA, startEmulator } from './support/fixture.ts';

let emulator: Emulator;
let admin: Connection;
let sofia: Connection;
let liam: Connection;

beforeAll(async () => {
  emulator = await startEmulator();
  const connections = await Promise.all([ADMIN, SOFIA, LIAM].map(async (u) => (await connect(emulator, u)).conn));
  [admin, sofia, liam] = connections as [Connection, Connection, Connection];
});
afterAll(() => emulator.close());

type Found = { attributes: { type: string; url: string }; Id: string; [field: string]: unknown };
const search = async (conn: Connection, sosl: string) => (await conn.search(sosl)).searchRecords as unknown as Found[];
const records = (type: string) => emulator.org.records.get(type)!;
const user = (username: string) => emulator.org.users.find((u) => u.username === username)!;

describe('SOSL search', () => {
  it('finds all four objects in one request with lookups nested as Salesforce does', async () => {
    const found = await search(admin, 'FIND {Blue Harbor} IN ALL FIELDS RETURNING '
      + 'Account(Id, Name, Type, Industry, BillingCity, Owner.Name LIMIT 5), Lead(Id, Name, Company, Email, Status LIMIT 5), '
      + 'Task(Id, Subject, Status, Priority, ActivityDate, Who.Name, What.Name LIMIT 5), Campaign(Id, Name, Type, Status, StartDate, IsActive LIMIT 5) LIMIT 20');
    const types = new Set(found.map((r) => r.attributes.type));
    expect([...types].sort()).toEqual(['Account', 'Lead', 'Task']);
    const account = found.find((r) => r.attributes.type === 'Account')!;
    expect(Object.keys(account)).toEqual(['attributes', 'Id', 'Name', 'Type', 'Industry', 'BillingCity', 'Owner']);
    expect(account.attributes.url).toBe(`/services/data/v${API_VERSION}/sobjects/Account/${account.Id}`);
    expect(account.Id).toMatch(/^001[A-Za-z0-9]{15}$/);
    expect(account.Owner).toEqual({ attributes: { type: 'User', url: expect.stringMatching(/\/sobjects\/User\/005/) }, Name: expect.any(String) });
    const task = found.find((r) => r.attributes.type === 'Task')!;
    expect(task).toHaveProperty('What.attributes.type');
    expect(found.filter((r) => r.attributes.type === 'Account').length).toBeLessThanOrEqual(5);
    // Each object's records come together, in RETURNING order.
    const order = found.map((r) => r.attributes.type).filter((t, i, all) => all.indexOf(t) === i);
    expect(order).toEqual(['Account', 'Lead', 'Task']);
  });

  it('answers {"searchRecords": []} when nothing matches', async () => {
    expect(await sofia.search('FIND {zzqxnotthere} RETURNING Account(Id)')).toEqual({ searchRecords: [] });
  });

  it('takes backslash-escaped reserved characters literally', async () => {
    const found = await search(admin, "FIND {O\\'Brien \\& Sons} RETURNING Account(Name)");
    expect(found.map((r) => r.Name)).toContain("O'Brien & Sons Ltd.");
    const braces = await search(admin, 'FIND {Curly \\{Brace\\}} RETURNING Account(Name)');
    expect(braces.map((r) => r.Name)).toEqual(['Curly {Brace} Studios']);
    const all = await search(admin, 'FIND {AT\\&T \\(EMEA\\)} RETURNING Account(Name)');
    expect(all.map((r) => r.Name)).toEqual(['AT&T Partner Solutions (EMEA)']);
  });

  it('applies sharing: two users searching the same term see different records, and only what they may see', async () => {
    const query = 'FIND {Logistics} RETURNING Account(Id, OwnerId), Lead(Id, OwnerId)';
    const [mine, theirs, everything] = await Promise.all([search(sofia, query), search(liam, query), search(admin, query)]);
    const ids = (list: Found[]) => new Set(list.map((r) => r.Id));
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    expect([...ids(mine)].some((id) => ids(theirs).has(id))).toBe(false);
    expect(everything.length).toBeGreaterThan(mine.length + theirs.length);
    // Sofia is a rep with nobody below her: she sees exactly her own Accounts and Leads.
    expect(mine.every((r) => r.OwnerId === user(SOFIA).id)).toBe(true);
    const expected = [...records('Account'), ...records('Lead')].filter((r) => r.OwnerId === user(SOFIA).id
      && /\blogistics\b/i.test(`${r.Name} ${r.Company ?? ''} ${r.Description ?? ''} ${r.Website ?? ''} ${r.Email ?? ''}`));
    expect(ids(mine)).toEqual(new Set(expected.map((r) => r.Id)));
  });

  it('lets a manager see the records of the reps below them in the role hierarchy', async () => {
    const manager = (await connect(emulator, 'james.wilson@globex.example')).conn;
    const found = await search(manager, 'FIND {Logistics} RETURNING Account(Id, OwnerId)');
    const owners = new Set(found.map((r) => r.OwnerId));
    expect(owners.has(user(SOFIA).id)).toBe(true);
    expect(owners.has(user(LIAM).id)).toBe(false);
  });

  it('matches prefixes with * and single characters with ?', async () => {
    const prefix = await search(admin, 'FIND {Logist*} IN NAME FIELDS RETURNING Account(Name)');
    expect(prefix.length).toBeGreaterThan(0);
    expect(prefix.every((r) => /logist/i.test(String(r.Name)))).toBe(true);
    const single = await search(admin, 'FIND {Ro?si} IN NAME FIELDS RETURNING Lead(LastName)');
    expect(new Set(single.map((r) => r.LastName))).toEqual(new Set(['Rossi']));
  });

  it('matches a quoted phrase only in that order', async () => {
    const phrase = await search(admin, 'FIND {"Harbor Point"} IN NAME FIELDS RETURNING Account(Name)');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.every((r) => /Harbor Point/.test(String(r.Name)))).toBe(true);
    expect(await search(admin, 'FIND {"Point Harbor"} IN NAME FIELDS RETURNING Account(Name)')).toEqual([]);
  });

  it('combines terms with AND, OR and AND NOT', async () => {
    const both = await search(admin, 'FIND {Summit AND Energy} IN NAME FIELDS RETURNING Account(Name)');
    expect(both.every((r) => /Summit/.test(String(r.Name)) && /Energy/.test(String(r.Name)))).toBe(true);
    const either = await search(admin, 'FIND {Summit OR Zenith} IN NAME FIELDS RETURNING Account(Name)');
    expect(either.some((r) => /Summit/.test(String(r.Name)))).toBe(true);
    expect(either.some((r) => /Zenith/.test(String(r.Name)))).toBe(true);
    const without = await search(admin, 'FIND {Summit AND NOT Energy} IN NAME FIELDS RETURNING Account(Name)');
    expect(without.length).toBeGreaterThan(0);
    expect(without.some((r) => /Energy/.test(String(r.Name)))).toBe(false);
    const grouped = await search(admin, 'FIND {(Summit OR Zenith) AND Energy} IN NAME FIELDS RETURNING Account(Name)');
    expect(grouped.every((r) => /(Summit|Zenith).*Energy/.test(String(r.Name)))).toBe(true);
  });

  it('searches only the chosen group of fields', async () => {
    const lead = records('Lead')[0]!;
    const byEmail = await search(admin, `FIND {${String(lead.Email).replace(/[@.\-']/g, '\\$&')}} IN EMAIL FIELDS RETURNING Lead(Id, Email)`);
    expect(byEmail.map((r) => r.Id)).toContain(lead.Id);
    const digits = String(lead.Phone).replace(/\D/g, '');
    const byPhone = await search(admin, `FIND {${digits}} IN PHONE FIELDS RETURNING Lead(Id)`);
    expect(byPhone.map((r) => r.Id)).toContain(lead.Id);
    expect(await search(admin, `FIND {${digits}} IN NAME FIELDS RETURNING Lead(Id)`)).toEqual([]);
  });

  it('ranks name matches above matches elsewhere', async () => {
    const found = await search(admin, 'FIND {Logistics} RETURNING Account(Name, Description)');
    const firstOther = found.findIndex((r) => !/logistics/i.test(String(r.Name)));
    const lastName = found.findLastIndex((r) => /logistics/i.test(String(r.Name)));
    if (firstOther >= 0) expect(lastName).toBeLessThan(firstOther);
  });

  it('shares an overall LIMIT evenly among the objects and caps each object at its own LIMIT', async () => {
    const found = await search(admin, 'FIND {Logistics} RETURNING Account(Id), Lead(Id), Task(Id) LIMIT 9');
    const count = (t: string) => found.filter((r) => r.attributes.type === t).length;
    expect([count('Account'), count('Lead'), count('Task')]).toEqual([3, 3, 3]);
    const capped = await search(admin, 'FIND {Logistics} RETURNING Account(Id LIMIT 2), Lead(Id LIMIT 1)');
    expect(capped.map((r) => r.attributes.type)).toEqual(['Account', 'Account', 'Lead']);
  });

  it('hands on at most min(2,000 / n, 250) matches per object, and 250 (2,000 with ORDER BY) for one object', async () => {
    const four = await search(admin, 'FIND {exampl*} RETURNING Account(Id), Lead(Id), Task(Id), Campaign(Id)');
    const perType = (found: Found[], type: string) => found.filter((r) => r.attributes.type === type).length;
    expect(perType(four, 'Account')).toBe(250);
    expect(perType(four, 'Lead')).toBe(250);
    expect((await search(admin, 'FIND {exampl*} RETURNING Lead(Id)')).length).toBe(250);
    expect((await search(admin, 'FIND {exampl*} RETURNING Lead(Id ORDER BY Id)')).length).toBe(records('Lead').length);
  });

  it('filters and orders inside RETURNING', async () => {
    const found = await search(admin, "FIND {Logistics} RETURNING Account(Name, BillingCity WHERE BillingCity = 'London' ORDER BY Name DESC)");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.BillingCity === 'London')).toBe(true);
    const names = found.map((r) => String(r.Name));
    expect(names).toEqual([...names].sort((a, b) => b.toLowerCase().localeCompare(a.toLowerCase())));
  });

  it('pages one object with LIMIT and OFFSET: the next records, none repeated', async () => {
    const all = await search(admin, 'FIND {Logistics} RETURNING Account(Id LIMIT 12)');
    expect(all.length).toBe(12);
    const next = await search(admin, 'FIND {Logistics} RETURNING Account(Id LIMIT 7 OFFSET 5)');
    expect(next.map((r) => r.Id)).toEqual(all.slice(5).map((r) => r.Id));
  });

  it('accepts the search path with and without the trailing slash, and + or %20 for spaces', async () => {
    const token = admin.accessToken!;
    const get = (path: string) => fetch(`${emulator.url}/services/data/v${API_VERSION}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    for (const path of ['search?q=FIND+%7BLogistics%7D', 'search/?q=FIND%20%7BLogistics%7D']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await response.json()) as { searchRecords: unknown[] }).searchRecords.length).toBeGreaterThan(0);
    }
  });
});

describe('SOSL errors', () => {
  it('refuses a one-character term with INVALID_SEARCH', async () => {
    await expect(admin.search('FIND {a} RETURNING Account(Id)')).rejects.toMatchObject({
      errorCode: 'INVALID_SEARCH', message: 'search term must be longer than one character: a',
    });
  });

  it('answers MALFORMED_SEARCH in Salesforce\'s message shape for an unescaped reserved character', async () => {
    const sosl = 'FIND {a|b} RETURNING Account(Id)';
    await expect(admin.search(sosl)).rejects.toMatchObject({
      errorCode: 'MALFORMED_SEARCH',
      message: `\n${sosl}\n       ^\nERROR at Row:1:Column:8\nline 1:7 mismatched character '|' expecting '}'`,
    });
  });

  it('names an unknown object (INVALID_TYPE) and an unknown field (INVALID_FIELD)', async () => {
    await expect(admin.search('FIND {acme} RETURNING Opportunityy(Id)')).rejects.toMatchObject({ errorCode: 'INVALID_TYPE' });
    await expect(admin.search('FIND {acme} RETURNING Account(Id, Foo)')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Foo' on entity 'Account'"),
    });
  });

  it('answers MALFORMED_SEARCH for an unclosed brace and a clause it cannot read', async () => {
    await expect(admin.search('FIND {acme RETURNING Account')).rejects.toMatchObject({ errorCode: 'MALFORMED_SEARCH' });
    await expect(admin.search('FIND {acme} RETURNNG Account')).rejects.toMatchObject({ errorCode: 'MALFORMED_SEARCH' });
  });

  it('refuses OFFSET over more than one object, and beyond 2,000 rows', async () => {
    await expect(admin.search('FIND {acme} RETURNING Account(Id LIMIT 5 OFFSET 5), Lead(Id)')).rejects.toMatchObject({
      errorCode: 'MALFORMED_SEARCH', message: expect.stringContaining('single object'),
    });
    await expect(admin.search('FIND {acme} RETURNING Account(Id LIMIT 5 OFFSET 2001)')).rejects.toMatchObject({
      errorCode: 'MALFORMED_SEARCH', message: expect.stringContaining('SOSL offset should be between 0 to 2000'),
    });
  });
});

describe('parameterized search', () => {
  it('answers a GET with the same records as the equivalent SOSL', async () => {
    const viaGet = await admin.request<{ searchRecords: Found[] }>(
      `/parameterizedSearch/?q=Logistics&sobject=Account&Account.fields=Id,Name&Account.limit=5&in=NAME`,
    );
    const viaSosl = await search(admin, 'FIND {Logistics} IN NAME FIELDS RETURNING Account(Id, Name LIMIT 5)');
    expect(viaGet.searchRecords).toEqual(viaSosl);
  });

  it('answers a POST, with per-object fields, limits and where, taking reserved characters literally', async () => {
    const body = {
      q: "O'Brien & Sons", fields: ['Id', 'Name'], in: 'ALL', overallLimit: 10,
      sobjects: [{ name: 'Account', fields: ['Id', 'Name', 'Owner.Name'], limit: 3 }, { name: 'Lead', limit: 2 }],
    };
    const result = await admin.requestPost<{ searchRecords: Found[] }>('/parameterizedSearch/', body);
    expect(result.searchRecords.map((r) => r.Name)).toContain("O'Brien & Sons Ltd.");
    expect(result.searchRecords.find((r) => r.attributes.type === 'Account')).toHaveProperty('Owner.Name');
  });
});

it('has an index that keeps search fast: each search costs one REST call for the user', async () => {
  emulator.control.resetCalls();
  await search(sofia, 'FIND {Logistics} RETURNING Account(Id)');
  await search(sofia, 'FIND {Energy} RETURNING Account(Id)');
  await search(liam, 'FIND {Energy} RETURNING Account(Id)');
  expect(emulator.control.callCount({ endpoint: 'search', username: SOFIA })).toBe(2);
  expect(emulator.control.calls().byUser[LIAM]).toEqual({ search: 1 });
});

