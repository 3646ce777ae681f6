// Issue 13, point 6: the widget in Japanese, chosen with the header's switch and remembered, at a
// person's pace; the document's language follows. What the BFF itself writes (its answers on the
// admin page, its own pages) comes in the person's language too.
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { ADMIN_PAGE, connectedEmployee, ensureConfigured, KEY_DELAY_MS, signInToIntranet } from '../support/people.ts';
import { BFF, EMULATOR } from '../support/stack.ts';

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

test("an admin working in Japanese reads what is wrong with the settings, and the BFF's check, in Japanese", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BFF });
  const page = await context.newPage();
  await signInToIntranet(page, 'ada.admin', ADMIN_PAGE);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '日本語' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  const myDomain = page.getByRole('textbox', { name: '私のドメインのホスト' });
  await expect(myDomain).toBeVisible();
  await page.waitForTimeout(800);
  await myDomain.fill('');
  await myDomain.pressSequentially('not a host', { delay: KEY_DELAY_MS });
  // As typed; Chromium's URL parser takes it for a host, Node's does not (either problem is right).
  await expect(myDomain).toHaveAccessibleDescription(/「not a host」は(ホスト名| Salesforce のログインホスト)ではありません。/);
  await myDomain.fill('');
  await myDomain.pressSequentially(EMULATOR, { delay: 40 });
  await page.getByLabel(/^コンシューマーの秘密/).pressSequentially('not-the-secret', { delay: 40 });
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: '接続を確認' }).click();
  // The BFF's own words, in Japanese.
  await expect(page.getByText('コンシューマーの秘密がこのコンシューマー鍵と一致しません。')).toBeVisible();
  await expectNoSeriousViolations(page, 'the admin page in Japanese, after a check');
  await context.close();
});

test("a browser set to Japanese gets the BFF's own pages in Japanese, before any choice and before any script", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BFF, locale: 'ja-JP' });
  const page = await context.newPage();
  const moved = await page.goto('/salesforce/Account/RetrieveAccessToken');
  expect(moved?.status()).toBe(410);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: 'この Salesforce のコールバックアドレスは移動しました' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(`${BFF}/marketplace/salesforce/account/sign-in/oauth2 を登録すると`);
  await expectNoSeriousViolations(page, 'the moved callback page in Japanese');
  await page.waitForTimeout(1_000);
  await page.getByRole('link', { name: 'イントラネットに戻る' }).click();
  // The widget's page comes in Japanese from the first byte: its language, title and <noscript>.
  await signInToIntranet(page, 'liam.brown');
  const served = await (await page.request.get('/', { headers: { 'accept-language': 'ja-JP,ja;q=0.9' } })).text();
  expect(served).toContain('<html lang="ja"');
  expect(served).toContain('<title>Salesforce 検索</title>');
  expect(served).toContain('<noscript>Salesforce 検索を使うには JavaScript を有効にしてください。</noscript>');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('combobox', { name: 'Salesforce を検索' }).or(page.getByRole('button', { name: 'Salesforce に接続' }))).toBeVisible();
  await context.close();
});
