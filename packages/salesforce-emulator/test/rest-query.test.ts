import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.ts';
import { ADMIN, API_VERSION, connect, SOFIA, startEmulator } from './support/fixture.ts';

let emulator: Emulator;
let admin: Connection;
let sofia: Connection;
beforeAll(async () => {
  emulator = await startEmulator({ counts: { tasks: 2300 } });
  admin = (await connect(emulator, ADMIN)).conn;
  sofia = (await connect(emulator, SOFIA)).conn;
});
afterAll(() => emulator.close());

type Row = { attributes: { type: string; url: string }; [field: string]: unknown };
const sofiaId = () => emulator.org.users.find((u) => u.username === SOFIA)!.id;

describe('SOQL query', () => {
  it('selects fields and lookups with WHERE, LIKE, IN, ORDER BY and LIMIT', async () => {
    const result = await admin.query<Row>(
      "SELECT Id, Name, Industry, Owner.Name FROM Account WHERE (Name LIKE 'Summit%' OR Name LIKE 'Zenith%') "
      + "AND Industry IN ('Energy', 'Retail', 'Banking', 'Healthcare', 'Technology') AND Industry != 'Retail' ORDER BY Name ASC LIMIT 5",
    );
    expect(result.done).toBe(true);
    expect(result.totalSize).toBe(result.records.length);
    expect(result.records.length).toBeGreaterThan(0);
    for (const r of result.records) {
      expect(String(r.Name)).toMatch(/^(Summit|Zenith)/);
      expect(['Energy', 'Banking', 'Healthcare', 'Technology']).toContain(r.Industry);
      expect(r.Owner).toEqual({ attributes: { type: 'User', url: expect.stringContaining('/sobjects/User/') }, Name: expect.any(String) });
    }
    const names = result.records.map((r) => String(r.Name).toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('compares strings case-insensitively, as SOQL does', async () => {
    const result = await admin.query<Row>("SELECT Id FROM Lead WHERE LastName = 'rossi'");
    const expected = emulator.org.records.get('Lead')!.filter((l) => l.LastName === 'Rossi');
    expect(result.totalSize).toBe(expected.length);
  });

  it('applies sharing to queries', async () => {
    const result = await sofia.query<Row>('SELECT Id, OwnerId FROM Account');
    const own = emulator.org.records.get('Account')!.filter((a) => a.OwnerId === sofiaId());
    expect(result.totalSize).toBe(own.length);
    expect(result.records.every((r) => r.OwnerId === sofiaId())).toBe(true);
  });

  it('pages past 2,000 rows with nextRecordsUrl, which jsforce follows', async () => {
    const first = await admin.request<{ totalSize: number; done: boolean; nextRecordsUrl?: string; records: unknown[] }>(
      `/services/data/v${API_VERSION}/query?q=${encodeURIComponent('SELECT Id FROM Task')}`,
    );
    expect(first).toMatchObject({ totalSize: 2300, done: false });
    expect(first.records).toHaveLength(2000);
    expect(first.nextRecordsUrl).toMatch(new RegExp(`^/services/data/v${API_VERSION}/query/01g[A-Za-z0-9]{15}-2000$`));
    const all = await admin.query('SELECT Id FROM Task', { autoFetch: true, maxFetch: 5000 });
    expect(all.records).toHaveLength(2300);
  });

  it('answers INVALID_FIELD and INVALID_TYPE with the query and a caret at the column', async () => {
    await expect(admin.query('SELECT Foo FROM Account')).rejects.toMatchObject({
      errorCode: 'INVALID_FIELD',
      message: "\nSELECT Foo FROM Account\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
    });
    await expect(admin.query('SELECT Id FROM Accountt')).rejects.toMatchObject({
      errorCode: 'INVALID_TYPE', message: expect.stringContaining("sObject type 'Accountt' is not supported."),
    });
    await expect(admin.query('SELECT Id FROM Account WHERE')).rejects.toMatchObject({ errorCode: 'MALFORMED_QUERY' });
  });
});

describe('sObject records, describe and limits', () => {
  it('retrieves a record by 18- or 15-character id, with the fields asked for', async () => {
    const account = emulator.org.records.get('Account')![0]!;
    const record = await admin.sobject('Account').retrieve(account.Id) as unknown as Row;
    expect(record).toMatchObject({ attributes: { type: 'Account' }, Id: account.Id, Name: account.Name });
    const short = await admin.request<Row>(`/sobjects/Account/${account.Id.slice(0, 15)}?fields=Name,Owner.Name`);
    expect(Object.keys(short)).toEqual(['attributes', 'Name', 'Owner']);
  });

  it('answers NOT_FOUND for a record the user may not see, an unknown id and an unknown resource', async () => {
    const hidden = emulator.org.records.get('Account')!.find((a) => a.OwnerId !== sofiaId())!;
    await expect(sofia.sobject('Account').retrieve(hidden.Id)).rejects.toMatchObject({ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' });
    await expect(admin.sobject('Account').retrieve('001000000000000AAA')).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
    await expect(admin.request('/nothing-here')).rejects.toMatchObject({ errorCode: 'NOT_FOUND' });
  });

  it('describes objects with labels and picklist values', async () => {
    const describe = await admin.describe('Lead');
    expect(describe).toMatchObject({ name: 'Lead', label: 'Lead', keyPrefix: '00Q' });
    const status = describe.fields.find((f) => f.name === 'Status')!;
    expect(status.picklistValues?.map((p) => p.value)).toContain('Working - Contacted');
  });

  it('reports the daily API usage in limits and in Sforce-Limit-Info, which jsforce reads', async () => {
    const limits = await admin.limits();
    expect(limits.DailyApiRequests?.Max).toBe(emulator.org.dailyApiLimit);
    expect(admin.limitInfo.apiUsage?.limit).toBe(emulator.org.dailyApiLimit);
    const used = admin.limitInfo.apiUsage!.used;
    await admin.query('SELECT Id FROM Campaign LIMIT 1');
    expect(admin.limitInfo.apiUsage!.used).toBe(used + 1);
  });
});
