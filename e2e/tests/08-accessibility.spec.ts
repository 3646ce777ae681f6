import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { ADMIN_PAGE, approveAtSalesforce, ensureConfigured, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';
import { emulatorControl } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('axe finds no serious or critical violation in any state of the widget or on the admin page', async ({ browser }) => {
  const { page } = await newPerson(browser);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in to the intranet' })).toBeVisible();
  await expectNoSeriousViolations(page, 'signed out');

  // Ada has not connected to Salesforce in the journeys before this one.
  await signInToIntranet(page, 'ada.admin');
  await expect(page.getByRole('button', { name: 'Connect to Salesforce' })).toBeVisible();
  await expectNoSeriousViolations(page, 'not connected');

  await page.getByRole('button', { name: 'Connect to Salesforce' }).click();
  await approveAtSalesforce(page, 'ada.admin@globex.example');
  await search(page, 'Logistics');
  await expectNoSeriousViolations(page, 'results');

  await searchBox(page).fill('zzqxnothing');
  await expect(page.getByText(/No Accounts, Leads, Tasks or Campaigns match/)).toBeVisible();
  await expectNoSeriousViolations(page, 'no results');

  await emulatorControl('revoke-user', { username: 'ada.admin@globex.example' });
  await searchBox(page).fill('Energy');
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  await expectNoSeriousViolations(page, 'reconnect required');

  await page.goto(ADMIN_PAGE);
  await expect(page.getByLabel('Consumer key')).toBeVisible();
  await expectNoSeriousViolations(page, 'admin page');
});
