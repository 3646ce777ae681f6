// A real org at a person's pace: a restricted Salesforce profile, and a search Salesforce crowds.
import { expect, test } from '@playwright/test';
import { connectedEmployee, ensureConfigured, search } from '../support/people.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('a manager whose profile hides Campaigns and lead phone and e-mail searches without an error', async ({ browser }) => {
  const noah = await connectedEmployee(browser, 'noah.lee', 'noah.lee@globex.example');
  const results = await search(noah.page, 'Logistics');
  for (const group of [/^Accounts/, /^Leads/, /^Tasks/]) await expect(results.getByRole('group', { name: group })).toBeVisible();
  await expect(results.getByRole('group', { name: /^Campaigns/ })).toHaveCount(0);
  await expect(noah.page.getByText("Your Salesforce profile can't see Campaigns.")).toBeVisible();
  await expect(noah.page.getByRole('alert')).toHaveCount(0);
  const leads = results.getByRole('group', { name: /^Leads/ }).getByRole('option');
  await expect(leads.first()).toContainText('Company:');
  for (const hidden of ['Phone:', 'Email:']) await expect(leads.filter({ hasText: hidden })).toHaveCount(0);
});

test('a rep crowded out of a common word is told to add one, and finds her record with it', async ({ browser }) => {
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await search(sofia.page, 'Logistics');
  const box = sofia.page.getByRole('combobox', { name: 'Search Salesforce' });
  await box.fill('');
  await box.pressSequentially('helios', { delay: 150 });
  await expect(sofia.page.getByText(/Not finding a record\? Add another word/)).toBeVisible();
  await expect(sofia.page.getByRole('group', { name: /^Accounts/ })).toHaveCount(0);
  await box.pressSequentially(' bergamo', { delay: 150 });
  await expect(sofia.page.getByRole('option', { name: /Helios Bergamo Logistica/ })).toBeVisible();
});
