import { expect, test } from '@playwright/test';
import { approveAtSalesforce, ensureConfigured, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';
import { EMULATOR } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('an employee connects through Salesforce\'s login and consent pages, searches and opens a record', async ({ browser }) => {
  const { page, context } = await newPerson(browser);
  await signInToIntranet(page, 'sofia.rossi');
  await page.getByRole('button', { name: 'Connect to Salesforce' }).click();
  await expect(page).toHaveURL(new RegExp(`^${EMULATOR}/`));
  await approveAtSalesforce(page, 'sofia.rossi@globex.example');
  await expect(searchBox(page)).toBeVisible();
  await expect(page.getByText('Sofia Rossi', { exact: true })).toBeVisible();

  const results = await search(page, 'Blue Harbor');
  await expect(results.getByRole('group', { name: /Accounts/ })).toBeVisible();
  await expect(results.getByRole('group', { name: /Tasks/ })).toBeVisible();
  await page.screenshot({ path: 'screenshots/widget-results.png', fullPage: true });

  await searchBox(page).press('ArrowDown');
  await searchBox(page).press('ArrowDown');
  const active = await searchBox(page).getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  const [record] = await Promise.all([context.waitForEvent('page'), searchBox(page).press('Enter')]);
  await record.waitForLoadState();
  expect(record.url()).toMatch(new RegExp(`^${EMULATOR}/lightning/r/(Account|Lead|Task|Campaign)/[A-Za-z0-9]{18}/view$`));
  await expect(record.getByRole('heading', { level: 1 })).toBeVisible();
});
