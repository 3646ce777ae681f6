// Issue 14, points 1, 2 and 5: the admin finds an employee among the connected, disconnects them
// (asked first); the employee sees why and reconnects in one click; the audit trail says who did
// what. At a person's pace.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { ADMIN_PAGE, approveAtSalesforce, connectedEmployee, ensureConfigured, KEY_DELAY_MS, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('the admin disconnects one employee, who sees why and reconnects; the audit trail records it', async ({ browser }) => {
  const liam = await connectedEmployee(browser, 'liam.brown', 'liam.brown@globex.example');
  await search(liam.page, 'Logistics');
  // The employee's own view: as whom, since when, last used.
  await liam.page.reload();
  await expect(liam.page.getByText(/since .* · last used /)).toBeVisible();

  const admin = await newPerson(browser);
  await signInToIntranet(admin.page, 'ada.admin', ADMIN_PAGE);
  const employees = admin.page.getByRole('region', { name: 'Connected employees' });
  await expect(employees.getByRole('table')).toBeVisible();
  await admin.page.waitForTimeout(800);
  await employees.getByRole('searchbox', { name: 'Find an employee' }).pressSequentially('liam', { delay: KEY_DELAY_MS });
  const row = employees.getByRole('row', { name: /Liam Brown/ });
  await expect(row).toBeVisible();
  await expect(employees.getByRole('row')).toHaveCount(2);
  await expect(row).toContainText('liam.brown@globex.example');
  await expect(row).toContainText('Connected');
  await expectNoSeriousViolations(admin.page, 'the connected employees');
  await admin.page.screenshot({ path: 'screenshots/admin-connected-employees.png', fullPage: true });

  await admin.page.waitForTimeout(600);
  await row.getByRole('button', { name: 'Disconnect Liam Brown' }).click();
  await admin.page.waitForTimeout(800);
  await row.getByRole('button', { name: 'Yes, disconnect Liam Brown' }).click();
  await expect(row.getByText('Disconnected. Liam Brown is asked to reconnect.')).toBeFocused();
  await expect(row).toContainText('Must reconnect (disconnected by an administrator)');
  await expectNoSeriousViolations(admin.page, 'after disconnecting an employee');

  const trail = admin.page.getByRole('region', { name: 'Audit trail' });
  await admin.page.reload();
  await expect(trail.getByRole('listitem').first()).toContainText('Disconnected liam.brown from Salesforce');
  await expect(trail.getByRole('listitem').first()).toContainText('ada.admin@intranet.example');
  const [download] = await Promise.all([admin.page.waitForEvent('download'), trail.getByRole('link', { name: 'Download the audit trail (CSV)' }).click()]);
  expect(download.suggestedFilename()).toBe('salesforce-audit-trail.csv');

  // The employee comes back to the intranet later: told why, and reconnects in one click. (Still
  // on the page, the next call to Salesforce (a search, or the recent items an emptied box asks
  // for) brings the same notice; the BFF tests cover that answer.)
  await liam.page.waitForTimeout(1_000);
  await liam.page.reload();
  await expect(liam.page.getByText('Your administrator disconnected your Salesforce connection')).toBeVisible();
  await expectNoSeriousViolations(liam.page, 'disconnected by the administrator');
  await liam.page.waitForTimeout(800);
  await liam.page.locator('.notice').getByRole('button', { name: 'Reconnect' }).click();
  await approveAtSalesforce(liam.page, 'liam.brown@globex.example');
  await expect(searchBox(liam.page)).toBeVisible();
  await search(liam.page, 'Logistics');
  await admin.context.close();
  await liam.context.close();
});
