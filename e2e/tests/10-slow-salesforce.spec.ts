// Salesforce hanging, as a person at the keyboard meets it: "still searching", then the error by
// the BFF's timeout (2 s here), never a long spinner and never the previous query's results.
import { expect, test } from '@playwright/test';
import { connectedEmployee, ensureConfigured, KEY_DELAY_MS, search, searchBox } from '../support/people.ts';
import { emulatorControl, SALESFORCE_TIMEOUT_MS } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('with Salesforce hung, the widget shows its error within 3 s of the last key, and search works again after', async ({ browser }) => {
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await search(sofia.page, 'Logistics');
  // Every search hangs while the person types: the one for what they settle on does too, whatever
  // searches the pace of their keys let out before it.
  await emulatorControl('fail-next', { count: 50, mode: 'hang', pathPrefix: '/services/data' });
  const box = searchBox(sofia.page);
  await box.fill('');
  await box.pressSequentially('Energ', { delay: KEY_DELAY_MS });
  // From the moment the widget asks for what the person settled on: the BFF gives up after
  // SALESFORCE_TIMEOUT_MS (2 s), and the widget shows it at once, never after a second try.
  const asked = sofia.page.waitForRequest((request) => new URL(request.url()).searchParams.get('q') === 'energy').then(() => Date.now());
  await box.press('y');
  const alert = sofia.page.getByRole('alert');
  await expect(alert).toContainText("Salesforce isn't answering", { timeout: SALESFORCE_TIMEOUT_MS + 2_000 });
  expect(Date.now() - await asked).toBeLessThan(SALESFORCE_TIMEOUT_MS + 1_000);
  // Nothing of the earlier "Logistics" results is left under "Energy".
  await expect(sofia.page.getByRole('listbox').getByRole('option')).toHaveCount(0);
  await emulatorControl('clear-faults');
  await sofia.page.getByRole('button', { name: 'Try again' }).click();
  await expect(sofia.page.getByRole('listbox').getByRole('option').first()).toBeVisible();
});
