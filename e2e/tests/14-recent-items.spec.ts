// Issue 13, the empty box: recently viewed Salesforce records (Salesforce's own list, which the
// record pages opened from the widget add to) and the person's recent searches, clearable.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { connectedEmployee, ensureConfigured, search, searchBox } from '../support/people.ts';
import { EMULATOR, emulatorControl } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('the empty box shows recently viewed records and recent searches; a record opened from it comes first', async ({ browser }) => {
  const { page, context } = await connectedEmployee(browser, 'liam.brown', 'liam.brown@globex.example');
  const viewed = page.getByRole('list', { name: 'Recently viewed' });
  await expect(viewed.getByRole('link').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'empty box with recent items');

  // A search at a person's pace, and a record opened from it in Salesforce.
  const results = await search(page, 'Logistics');
  const first = results.locator('a[role="option"][href*="/lightning/r/"]').first();
  const title = (await first.locator('.result-title').textContent())!;
  await page.waitForTimeout(700);
  const [record] = await Promise.all([context.waitForEvent('page'), first.click()]);
  await record.waitForLoadState();
  expect(record.url()).toMatch(new RegExp(`^${EMULATOR}/lightning/r/`));
  await record.close();

  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(viewed.getByRole('link').first()).toContainText(title);
  const searches = page.getByRole('list', { name: 'Recent searches' });
  await expect(searches.getByRole('button', { name: 'logistics' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/widget-empty-state.png' });

  // Opening the record's page is what made it recently viewed in Salesforce itself.
  const { views } = await emulatorControl('recent-views', { username: 'liam.brown@globex.example' }) as { views: { id: string }[] };
  expect(views[0]?.id).toBe(/\/lightning\/r\/\w+\/(\w+)\/view$/.exec(record.url())?.[1]);

  await page.waitForTimeout(600);
  await searches.getByRole('button', { name: 'logistics' }).click();
  await expect(searchBox(page)).toHaveValue('logistics');
  await expect(searchBox(page)).toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear search' }).click();
  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Clear recent searches' }).click();
  await expect(page.getByText('Recent searches cleared.')).toBeVisible();
  await expect(searches).toHaveCount(0);
  await context.close();
});
