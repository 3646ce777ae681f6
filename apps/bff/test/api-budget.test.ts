// Issue 14, point 3: the org's daily API allowance and this product's share of it. Over real
// HTTP with the emulator, which answers Sforce-Limit-Info on every REST call as Salesforce does
// ("api-usage=used/limit", REST API Developer Guide, Limits: Sforce-Limit-Info header).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '@sfsearch/store';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiBudget } from '../src/salesforce/api-budget.ts';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let ada: Person;
let sofia: Person;
const SETTINGS = '/api/admin/marketplace/salesforce/settings';
const budgetOf = async () => (await ada.api('GET', '/api/admin/marketplace/salesforce')).json.apiBudget as Record<string, unknown>;

beforeAll(async () => {
  stack = await startStack();
  await configureSalesforce(stack);
  ada = new Person(stack, 'ada.admin');
  sofia = new Person(stack, 'sofia.rossi');
  await ada.signIn();
  await sofia.signIn();
  await sofia.connect();
});
afterAll(() => stack.close());

describe('the API budget', () => {
  it("counts this product's own calls, as many as Salesforce counted", async () => {
    const before = (await budgetOf()).ownCallsToday as number;
    const orgBefore = stack.emulator.control.apiRequestsUsed();
    for (const q of ['Logistics', 'Energy', 'Summit']) expect((await sofia.search(q)).status).toBe(200);
    const made = stack.emulator.control.apiRequestsUsed() - orgBefore;
    expect(made).toBeGreaterThanOrEqual(3);
    expect((await budgetOf()).ownCallsToday).toBe(before + made);
  });

  it('warns the admin from 80% of the daily allowance', async () => {
    expect(await budgetOf()).toMatchObject({ warning: false, paused: false, capPercent: null });
    const limit = stack.emulator.org.dailyApiLimit;
    stack.emulator.control.setRemainingApiRequests(Math.floor(limit * 0.15));
    expect((await sofia.search('Logistics')).status).toBe(200);
    const config = (await ada.api('GET', '/api/admin/marketplace/salesforce')).json;
    expect(config.apiBudget).toMatchObject({ warning: true, paused: false });
    expect((config.apiUsage as { used: number }).used).toBeGreaterThanOrEqual(limit * 0.85);
  });

  it('takes a cap from admins only, in bounds, with the CSRF token, and signs nobody out', async () => {
    expect((await sofia.api('PUT', SETTINGS, { apiCapPercent: 50 })).json.error?.code).toBe('forbidden');
    expect((await ada.api('PUT', SETTINGS, { apiCapPercent: 50 }, { 'x-csrf-token': 'forged' })).status).toBe(403);
    for (const apiCapPercent of [0, 101, 2.5, '90']) {
      const refused = await ada.api('PUT', SETTINGS, { apiCapPercent });
      expect(refused.status, String(apiCapPercent)).toBe(400);
      expect(refused.json.error?.message).toBe('The pause is a whole number of percent from 1 to 100, or none.');
    }
    const defaults = ['account', 'lead', 'task', 'campaign'];
    expect((await ada.api('PUT', SETTINGS, { apiCapPercent: 95 })).json).toEqual({ apiCapPercent: 95, searchTypes: defaults, changedFields: ['apiCapPercent'] });
    expect((await ada.api('PUT', SETTINGS, { apiCapPercent: 95 })).json).toEqual({ apiCapPercent: 95, searchTypes: defaults, changedFields: [] });
    expect((await sofia.api('GET', '/api/salesforce/connection')).json.status).toBe('connected');
    const audit = (await ada.api('GET', '/api/admin/marketplace/salesforce/audit')).json.entries as { action: string; details: unknown }[];
    expect(audit.find((e) => e.action === 'marketplace.settings.changed')?.details).toEqual({ provider: 'salesforce', fields: ['apiCapPercent'] });
  });

  it('pauses search while the org is over the cap, says so, and resumes when the cap is lifted', async () => {
    // The org at 85%: under the cap of 95, over one of 80.
    expect((await sofia.search('Energy')).status).toBe(200);
    expect((await ada.api('PUT', SETTINGS, { apiCapPercent: 80 })).status).toBe(200);
    const paused = await sofia.search('Summit');
    expect(paused).toMatchObject({ status: 503, json: { error: { code: 'salesforce-rate-limited', reason: 'paused-by-cap' } } });
    expect(paused.json.error?.message).toMatch(/^Salesforce search is paused for today so the company's other Salesforce tools keep working/);
    const japanese = await sofia.api('GET', '/api/salesforce/search?q=Summit', undefined, { 'accept-language': 'ja' });
    expect(japanese.json.error?.message).toMatch(/^会社のほかの Salesforce ツールが動き続けられるよう/);
    const recent = await sofia.api('GET', '/api/salesforce/recent');
    expect(recent.json).toMatchObject({ records: [], notice: { code: 'salesforce-rate-limited', reason: 'paused-by-cap' } });
    expect(await budgetOf()).toMatchObject({ paused: true, capPercent: 80 });

    expect((await ada.api('PUT', SETTINGS, { apiCapPercent: null })).status).toBe(200);
    expect((await sofia.search('Summit')).status).toBe(200);
    expect(await budgetOf()).toMatchObject({ paused: false, capPercent: null });
  });
});

describe('the pause, in time', () => {
  it('lets one search through every five minutes to learn whether the window freed up', async () => {
    const store = await openStore({ databaseUrl: join(mkdtempSync(join(tmpdir(), 'budget-')), 'db.sqlite'), encryptionKeys: [{ id: 'k', key: Buffer.alloc(32, 7).toString('base64') }] });
    let clock = Date.parse('2026-12-02T10:00:00Z');
    const budget = createApiBudget(store, pino({ level: 'silent' }), () => clock);
    await budget.saveSettings({ apiCapPercent: 50 }, 'admin');
    budget.record({ used: 600, limit: 1000 });
    await expect(budget.assertSearchAllowed()).rejects.toMatchObject({ code: 'salesforce-rate-limited', reason: 'paused-by-cap' });
    clock += 4 * 60_000;
    await expect(budget.assertSearchAllowed()).rejects.toMatchObject({ reason: 'paused-by-cap' });
    clock += 61_000;
    await expect(budget.assertSearchAllowed()).resolves.toBeUndefined();
    await expect(budget.assertSearchAllowed()).rejects.toMatchObject({ reason: 'paused-by-cap' });
    // The probe's answer: the window freed up.
    budget.record({ used: 300, limit: 1000 });
    await expect(budget.assertSearchAllowed()).resolves.toBeUndefined();
    // A report older than a day says nothing about today.
    budget.record({ used: 990, limit: 1000 });
    clock += 25 * 3_600_000;
    await expect(budget.assertSearchAllowed()).resolves.toBeUndefined();
    await budget.stop();
    await store.close();
  });
});

describe('which objects employees search', () => {
  it('an admin adds Contacts, Opportunities and Cases: nobody reconnects, and an employee finds a contact', async () => {
    const ada2 = new Person(stack, 'ada.admin');
    await ada2.signIn();
    expect((await ada2.api('GET', '/api/admin/marketplace/salesforce')).json.searchTypes).toEqual(['account', 'lead', 'task', 'campaign']);
    expect((await sofia.api('GET', '/api/salesforce/connection')).json.searchTypes).toEqual(['account', 'lead', 'task', 'campaign']);
    const contact = stack.emulator.org.records.get('Contact')!.find((c) => {
      const account = stack.emulator.org.records.get('Account')!.find((a) => a.Id === c.AccountId);
      return account?.OwnerId === stack.emulator.org.users.find((u) => u.username === 'sofia.rossi@globex.example')!.id;
    })!;
    // Not offered yet: asking for contacts searches what is offered.
    const before = await sofia.search(String(contact.Name), '&types=contact');
    expect(before.status).toBe(200);
    expect((before.json.results as Record<string, unknown[]>).contact).toEqual([]);

    for (const searchTypes of [[], ['deal']]) expect((await ada2.api('PUT', SETTINGS, { searchTypes })).status).toBe(400);
    const saved = await ada2.api('PUT', SETTINGS, { searchTypes: ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'] });
    expect(saved.json).toMatchObject({ searchTypes: ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'], changedFields: ['searchTypes'] });
    expect((await sofia.api('GET', '/api/salesforce/connection')).json).toMatchObject({
      status: 'connected', searchTypes: ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'],
    });
    const found = await sofia.search(String(contact.Name));
    const contacts = (found.json.results as Record<string, { id: string; title: string; subtitle: string; fields: { key: string; value: string }[] }[]>).contact!;
    const hit = contacts.find((c) => c.id === contact.Id);
    expect(hit).toMatchObject({ title: contact.Name, fields: expect.arrayContaining([{ key: 'email', label: 'Email', value: contact.Email }]) });
    expect(hit?.subtitle).toContain(' at ');
  });
});
