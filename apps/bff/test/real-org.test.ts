// A real org through the BFF: people whose profiles hide objects and fields, access that changes
// under a cached describe, and every setup error admins hit, each named by Check connection
// with its fix and explained to the employee who meets it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configureSalesforce, Person, startStack, type Stack } from './support/stack.ts';

type Results = Record<'account' | 'lead' | 'task' | 'campaign' | 'contact' | 'opportunity' | 'case', { fields: { key: string; label: string }[] }[]>;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ env: { SEARCHES_PER_MINUTE_PER_USER: '1000', SIGN_INS_PER_MINUTE_PER_USER: '100' } });
  await configureSalesforce(stack);
});
afterAll(() => stack.close());

describe('a person whose Salesforce profile cannot see everything', () => {
  it('gets Accounts, Leads without phone or e-mail, and Tasks, a notice for Campaigns, and never an error; then one call per search', async () => {
    const noah = new Person(stack, 'noah.lee');
    await noah.signIn();
    await noah.connect();
    const first = await noah.search('Logistics');
    expect(first.status).toBe(200);
    const results = first.json.results as Results;
    for (const type of ['account', 'lead', 'task'] as const) expect(results[type].length).toBeGreaterThan(0);
    expect(results.campaign).toEqual([]);
    const leadLabels = results.lead.flatMap((l) => l.fields.map((f) => f.label));
    expect(leadLabels).toContain('Company');
    expect(leadLabels).not.toContain('Phone');
    expect(leadLabels).not.toContain('Email');
    expect(first.json.notices).toEqual([{ type: 'campaign', reason: 'no-access', message: "Your Salesforce profile can't see Campaigns." }]);

    stack.emulator.control.resetCalls();
    for (const q of ['Energy', 'Summit', 'Health']) expect((await noah.search(q)).status).toBe(200);
    const calls = stack.emulator.control.calls().byUser['noah.lee@globex.example'] ?? {};
    expect(calls).toEqual({ search: 3 });
  });

  it('with Contacts and Cases offered, the same profile gets contacts without their mobile and a notice for Cases', async () => {
    const ada = new Person(stack, 'ada.admin');
    await ada.signIn();
    const all = ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'];
    expect((await ada.api('PUT', '/api/admin/marketplace/salesforce/settings', { searchTypes: all })).status).toBe(200);
    try {
      const noah = new Person(stack, 'noah.lee');
      await noah.signIn();
      await noah.connect();
      const answer = await noah.search('Kowalski');
      expect(answer.status).toBe(200);
      const contacts = (answer.json.results as Results).contact;
      expect(contacts.length).toBeGreaterThan(0);
      expect(contacts.flatMap((c) => c.fields.map((f) => f.key))).not.toContain('mobile');
      expect(answer.json.notices).toEqual([
        { type: 'campaign', reason: 'no-access', message: "Your Salesforce profile can't see Campaigns." },
        { type: 'case', reason: 'no-access', message: "Your Salesforce profile can't see Cases." },
      ]);
      // An unrestricted profile sees the mobile numbers.
      const sofia = new Person(stack, 'sofia.rossi');
      await sofia.signIn();
      await sofia.connect();
      const hers = (await sofia.search('Kowalski')).json.results as Results;
      expect(hers.contact.flatMap((c) => c.fields.map((f) => f.key))).toContain('mobile');
    } finally {
      await ada.api('PUT', '/api/admin/marketplace/salesforce/settings', { searchTypes: all.slice(0, 4) });
    }
  });

  it('follows access that changed since describe was cached: Salesforce refuses, the BFF describes again and retries once', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    expect((await sofia.search('Logistics')).status).toBe(200);
    const profile = stack.emulator.org.users.find((u) => u.username === 'sofia.rossi@globex.example')!.profile;
    profile.hiddenFields.push('Lead.Company');
    try {
      stack.emulator.control.resetCalls();
      const answer = await sofia.search('Rossi');
      expect(answer.status).toBe(200);
      expect((answer.json.results as Results).lead.flatMap((l) => l.fields.map((f) => f.label))).not.toContain('Company');
      expect(stack.emulator.control.callCount({ endpoint: 'search', username: 'sofia.rossi@globex.example' })).toBe(2);
      expect(stack.emulator.control.callCount({ endpoint: 'sobjects', username: 'sofia.rossi@globex.example' })).toBe(4);
    } finally {
      profile.hiddenFields.pop();
    }
  });

  it('answers a search Salesforce would refuse with a 400 saying why, without asking Salesforce', async () => {
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    stack.emulator.control.resetCalls();
    const answer = await liam.search('a b*');
    expect(answer.status).toBe(400);
    expect(answer.json.error?.message).toContain('two letters or digits in a row');
    expect(stack.emulator.control.calls().total).toBe(0);
  });
});

describe('Check connection names every setup error, with its fix', () => {
  const path = '/api/admin/marketplace/salesforce/check';
  let ada: Person;
  const saved = () => ({ consumerKey: stack.emulator.app.consumerKey, loginHost: stack.emulator.url, scopes: ['api', 'refresh_token', 'id'] });
  const check = async () => (await ada.api('POST', path, saved())).json as { ok: boolean; problems: { code: string; problem: string; hint: string }[] };
  const codes = async () => (await check()).problems.map((p) => p.code);

  beforeAll(async () => {
    ada = new Person(stack, 'ada.admin');
    await ada.signIn();
  });
  afterEach(async () => {
    stack.emulator.control.updateApp({ installed: true, permittedUsers: 'all-users', preAuthorizedProfiles: [], callbackUrls: [`${stack.url}/marketplace/salesforce/account/sign-in/oauth2`] });
    stack.emulator.control.setApiAccessControl(false);
    stack.emulator.control.setOrgApiEnabled(true);
    stack.emulator.control.setUserApiEnabled('liam.brown@globex.example', true);
    // A fresh start for "since the settings changed": save a change and back.
    await ada.api('PUT', '/api/admin/marketplace/salesforce', { ...saved(), scopes: ['api', 'refresh_token', 'id', 'email'] });
    await ada.api('PUT', '/api/admin/marketplace/salesforce', saved());
  });

  it('all is well', async () => {
    expect(await check()).toEqual({ ok: true, problems: [] });
  });

  it('the External Client App is not installed in the org; the employee who connects is told what to ask for', async () => {
    stack.emulator.control.updateApp({ installed: false });
    const result = await check();
    expect(result.problems[0]).toMatchObject({ code: 'app-not-installed', hint: expect.stringContaining('External Client App Manager') });
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    const page = await sofia.connect();
    expect(page.status).toBe(403);
    expect(page.body).toContain('isn&#39;t installed in your company&#39;s org. Tell your Salesforce administrator');
  });

  it('the callback URL is not registered in the app', async () => {
    stack.emulator.control.updateApp({ callbackUrls: ['https://intranet.example/somewhere-else'] });
    const result = await check();
    expect(result.problems).toEqual([expect.objectContaining({ code: 'callback-not-registered', hint: expect.stringContaining('add the callback URL') })]);
  });

  it('"Admin approved users are pre-authorized" and employees are not: named once they meet it, and they are told what to ask for', async () => {
    stack.emulator.control.updateApp({ permittedUsers: 'admin-approved', preAuthorizedProfiles: ['System Administrator'] });
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    const page = await liam.connect();
    expect(page.status).toBe(403);
    expect(page.body).toContain('add your profile, or a permission set of yours, to the app');
    expect(await codes()).toEqual(['not-admin-approved']);
    expect((await check()).problems[0]!.problem).toMatch(/^One employee met/);
  });

  it('API access turned off for the org (seen through the admin\'s own connection) and for a user (seen when they search)', async () => {
    await ada.connect();
    const liam = new Person(stack, 'liam.brown');
    await liam.signIn();
    await liam.connect();
    stack.emulator.control.setUserApiEnabled('liam.brown@globex.example', false);
    expect((await liam.search('Logistics')).json.error).toMatchObject({ code: 'salesforce-api-disabled', reason: 'user' });
    expect(await codes()).toEqual(['api-disabled-user']);
    stack.emulator.control.setOrgApiEnabled(false);
    const result = await check();
    expect(result.problems.map((p) => p.code)).toEqual(['api-disabled-user', 'api-disabled-org']);
    expect(result.problems[1]!.problem).toMatch(/^Your own Salesforce connection met/);
  });

  it('API Access Control refuses the app\'s sessions: the employee is told what to ask for, the admin what to change', async () => {
    const sofia = new Person(stack, 'sofia.rossi');
    await sofia.signIn();
    await sofia.connect();
    stack.emulator.control.setApiAccessControl(true);
    const answer = await sofia.search('Logistics');
    expect(answer.status).toBe(403);
    expect(answer.json.error).toMatchObject({ code: 'salesforce-api-disabled', reason: 'api-access-control', message: expect.stringContaining('Use Any API Client') });
    expect((await check()).problems).toEqual([expect.objectContaining({ code: 'api-access-control', hint: expect.stringContaining('Admin approved users are pre-authorized') })]);
  });
});
