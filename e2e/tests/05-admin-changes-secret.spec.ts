import { expect, test } from '@playwright/test';
import { ADMIN_PAGE, approveAtSalesforce, connectedEmployee, ensureConfigured, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';
import { emulatorControl } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('when the admin changes the consumer secret, the employee is told why and reconnects in one click', async ({ browser }) => {
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await search(sofia.page, 'Logistics');

  // The Salesforce admin rotates the app's secret; the intranet admin enters the new one.
  const newSecret = 'E2E0ROTATED0SECRET0000000000000000000000000000000000000000000001';
  await emulatorControl('update-app', { consumerSecret: newSecret });
  const admin = await newPerson(browser);
  await signInToIntranet(admin.page, 'ada.admin', ADMIN_PAGE);
  await admin.page.getByLabel(/Consumer secret/).fill(newSecret);
  await admin.page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = admin.page.getByRole('alertdialog');
  await expect(dialog).toContainText(/connected (users|employees|people)? ?will have to reconnect|will have to reconnect/);
  await dialog.getByRole('button', { name: /Save|Reconnect|Yes/ }).first().click();
  await expect(admin.page.getByText('Saved', { exact: true })).toBeVisible();

  await searchBox(sofia.page).fill('Energy');
  await expect(sofia.page.getByText(/administrator changed/i).first()).toBeVisible();
  await sofia.page.screenshot({ path: 'screenshots/widget-reconnect.png', fullPage: true });
  await sofia.page.getByRole('button', { name: 'Reconnect' }).click();
  await approveAtSalesforce(sofia.page, 'sofia.rossi@globex.example');
  await expect(searchBox(sofia.page)).toBeVisible();
  await search(sofia.page, 'Logistics');
});
