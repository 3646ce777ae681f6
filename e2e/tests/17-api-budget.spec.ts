// Issue 14, point 3: the admin sees the org's API usage beside this product's share, is warned from
// 80%, sets a pause; the employee is told search is paused for today. At a person's pace.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { ADMIN_PAGE, connectedEmployee, ensureConfigured, KEY_DELAY_MS, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';
import { emulatorControl } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });
// Whatever happens, the org gets its allowance back for the journeys after this one.
test.afterAll(async () => { await emulatorControl('api-budget', { remaining: 100_000 }); });

test("over the admin's cap, search pauses and says so; lifted, it comes back", async ({ browser }) => {
  // The org's other integrations have used 85% of today's requests.
  await emulatorControl('api-budget', { remaining: 15_000 });
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await search(sofia.page, 'Logistics');

  const admin = await newPerson(browser);
  await signInToIntranet(admin.page, 'ada.admin', ADMIN_PAGE);
  const budget = admin.page.getByRole('region', { name: 'Salesforce API budget' });
  await expect(budget.getByText(/^The org has used 85% of its daily Salesforce API requests/)).toBeVisible();
  await admin.page.waitForTimeout(800);
  await budget.getByRole('checkbox', { name: /Pause search when the org has used more than/ }).check();
  const cap = budget.getByRole('spinbutton', { name: 'Pause from (percent of the daily requests)' });
  await cap.fill('');
  await cap.pressSequentially('80', { delay: KEY_DELAY_MS });
  await admin.page.waitForTimeout(500);
  await budget.getByRole('button', { name: 'Save the API budget' }).click();
  await expect(budget.getByText('Saved. Nobody has to reconnect.')).toBeVisible();
  await expect(budget.getByText('Search is paused: the org is over the share set aside for it')).toBeVisible();
  await expectNoSeriousViolations(admin.page, 'the API budget, paused');

  // The employee's next search is paused, and says why.
  await sofia.page.waitForTimeout(1_000);
  await searchBox(sofia.page).fill('');
  await searchBox(sofia.page).pressSequentially('Energy', { delay: KEY_DELAY_MS });
  await expect(sofia.page.getByText('Salesforce search is paused for today', { exact: true })).toBeVisible();
  await expect(sofia.page.getByRole('alert')).toContainText("So the company's other Salesforce tools keep working");
  await expectNoSeriousViolations(sofia.page, 'search paused by the cap');

  // The admin lifts the pause: search works at once.
  await budget.getByRole('checkbox', { name: /Pause search/ }).uncheck();
  await budget.getByRole('button', { name: 'Save the API budget' }).click();
  await expect(budget.getByText('Saved. Nobody has to reconnect.')).toBeVisible();
  await sofia.page.waitForTimeout(600);
  await search(sofia.page, 'Summit');
  await admin.context.close();
  await sofia.context.close();
});
