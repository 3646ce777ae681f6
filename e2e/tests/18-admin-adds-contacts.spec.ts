// Issue 14, point 4: the admin adds Contacts (and Opportunities and Cases) to what employees
// search; nobody signs in again; an employee's type chips follow and they find a contact. At a
// person's pace.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { ADMIN_PAGE, connectedEmployee, ensureConfigured, newPerson, search, signInToIntranet } from '../support/people.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('the admin adds Contacts and an employee finds a contact, without reconnecting', async ({ browser }) => {
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  const chips = sofia.page.getByRole('group', { name: 'Record types to search' });
  await expect(chips.getByRole('checkbox')).toHaveCount(4);

  const admin = await newPerson(browser);
  await signInToIntranet(admin.page, 'ada.admin', ADMIN_PAGE);
  const types = admin.page.getByRole('region', { name: 'What employees search' });
  await admin.page.waitForTimeout(800);
  for (const type of ['Contacts', 'Opportunities', 'Cases']) {
    await types.getByRole('checkbox', { name: type }).check();
    await admin.page.waitForTimeout(300);
  }
  await types.getByRole('button', { name: 'Save the record types' }).click();
  await expect(types.getByText("Saved. Employees' type chips follow; nobody has to reconnect.")).toBeVisible();
  await expectNoSeriousViolations(admin.page, 'the record types employees search');

  // The employee comes back to the page: still connected, with the new chips, and finds a contact
  // at an account of hers (Contacts follow their account's sharing).
  await sofia.page.waitForTimeout(1_000);
  await sofia.page.reload();
  await expect(chips.getByRole('checkbox')).toHaveCount(7);
  await expect(chips.getByText('Contacts')).toBeVisible();
  const results = await search(sofia.page, 'Kowalski');
  const contacts = results.getByRole('group', { name: /^Contacts/ });
  await expect(contacts.getByRole('option').first()).toBeVisible();
  await expect(contacts.getByRole('option').first()).toContainText('Account:');
  await expectNoSeriousViolations(sofia.page, 'contacts among the results');

  // Back to the defaults for the journeys after this one.
  for (const type of ['Contacts', 'Opportunities', 'Cases']) await types.getByRole('checkbox', { name: type }).uncheck();
  await types.getByRole('button', { name: 'Save the record types' }).click();
  await expect(types.getByText("Saved. Employees' type chips follow; nobody has to reconnect.")).toBeVisible();
  await admin.context.close();
  await sofia.context.close();
});
