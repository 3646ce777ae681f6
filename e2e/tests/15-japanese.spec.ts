// Issue 13, point 6: the widget in Japanese, chosen with the header's switch and remembered, at a
// person's pace; the document's language follows.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { connectedEmployee, ensureConfigured, KEY_DELAY_MS } from '../support/people.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('an employee switches the widget to Japanese, searches in it, and finds it Japanese after a reload', async ({ browser }) => {
  const { page, context } = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForTimeout(600);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const box = page.getByRole('combobox', { name: 'Salesforce を検索' });
  await expect(box).toBeVisible();
  await expect(page.getByRole('heading', { name: '最近参照したデータ' })).toBeVisible();

  await box.pressSequentially('Logistics', { delay: KEY_DELAY_MS });
  const results = page.getByRole('listbox', { name: '検索結果' });
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(results.getByRole('group', { name: /^取引先/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '切断' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Japanese results');
  await page.screenshot({ path: 'screenshots/widget-japanese.png' });

  // Remembered: the next page load comes up in Japanese.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('combobox', { name: 'Salesforce を検索' })).toBeVisible();
  await page.getByRole('combobox', { name: '言語' }).selectOption({ label: 'English' });
  await expect(page.getByRole('combobox', { name: 'Search Salesforce' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});
