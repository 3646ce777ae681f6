// Issue 13: more than five of a type, Salesforce's own search page, Enter on the top result, the
// compact layout of a 320 px intranet frame and of a phone, and where focus goes around
// connecting and disconnecting. At a person's pace: 120 ms between keys, seconds on Salesforce.
import { createServer, type Server } from 'node:http';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe.ts';
import { approveAtSalesforce, connectedEmployee, ensureConfigured, KEY_DELAY_MS, newPerson, search, searchBox, signInToIntranet } from '../support/people.ts';
import { BFF, EMULATOR, PORTS } from '../support/stack.ts';

/** The records among the options (not "Show more …" or "See all results in Salesforce"). */
const RECORD_OPTION = 'a[role="option"][href*="/lightning/r/"]';

let intranet: Server;
test.beforeAll(async ({ browser }) => {
  await ensureConfigured(browser);
  intranet = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Intranet</title><style>body{margin:0}</style></head><body>
<aside><iframe title="Salesforce search" src="${BFF}/" width="320" height="640" style="border:0;display:block"></iframe></aside></body></html>`);
  });
  await new Promise<void>((resolve) => intranet.listen(PORTS.intranet, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => intranet.close(() => resolve())));

test('an employee shows more tasks, opens the top result with Enter, and sees all results in Salesforce', async ({ browser }) => {
  const { page, context } = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  const results = await search(page, 'Logistics');
  await expect(results.getByRole('group', { name: 'Tasks, 5 results, more in Salesforce' })).toBeVisible();
  const tasks = results.getByRole('group', { name: /^Tasks, / });
  await expect(tasks.locator(RECORD_OPTION)).toHaveCount(5);
  await page.waitForTimeout(800);
  await tasks.getByRole('option', { name: 'Show more Tasks' }).click();
  await expect.poll(() => tasks.locator(RECORD_OPTION).count()).toBeGreaterThan(5);
  const shown = await tasks.locator(RECORD_OPTION).count();
  await expect(results.getByRole('group', { name: new RegExp(`^Tasks, ${shown} results`) })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ results$/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'more tasks shown');

  // A new search: nothing is active, and Enter opens the top result.
  const fresh = await search(page, 'Blue Harbor');
  await expect(searchBox(page)).not.toHaveAttribute('aria-activedescendant');
  const top = await fresh.locator(RECORD_OPTION).first().getAttribute('href');
  await page.waitForTimeout(600);
  const [record] = await Promise.all([context.waitForEvent('page'), searchBox(page).press('Enter')]);
  await record.waitForLoadState();
  expect(record.url()).toBe(top);
  await record.close();

  // The last option, one ArrowUp away, is Salesforce's own search page for the query.
  await searchBox(page).press('ArrowUp');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await fresh.getByRole('option', { name: 'See all results in Salesforce' }).getAttribute('id'))!);
  await page.waitForTimeout(400);
  const [all] = await Promise.all([context.waitForEvent('page'), searchBox(page).press('Enter')]);
  await all.waitForLoadState();
  expect(all.url()).toMatch(new RegExp(`^${EMULATOR}/one/one\\.app#`));
  await expect(all.getByRole('heading', { level: 1 })).toHaveText('Search results for “blue harbor”');
  await context.close();
});

async function widgetFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(BFF))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(BFF))!;
}

test('in a 320 x 640 intranet frame the compact layout shows six results and more, whole', async ({ browser }) => {
  const { page, context } = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  await page.goto(`http://127.0.0.1:${PORTS.intranet}/`);
  const widget = page.frameLocator('iframe[title="Salesforce search"]');
  const box = widget.getByRole('combobox', { name: 'Search Salesforce' });
  await box.pressSequentially('Logistics', { delay: KEY_DELAY_MS });
  const results = widget.getByRole('listbox', { name: 'Search results' });
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(results.locator(RECORD_OPTION).first()).toBeVisible();
  const frame = await widgetFrame(page);
  const layout = await frame.evaluate((selector) => {
    const options = [...document.querySelectorAll<HTMLElement>(selector)];
    const whole = options.filter((o) => { const r = o.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; });
    const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
    const title = options[0]!.querySelector<HTMLElement>('.result-title')!;
    return {
      width: window.innerWidth,
      whole: whole.length,
      subtitleShown: options.some((o) => shown(o.querySelector('.result-subtitle')) || shown(o.querySelector('.result-fields'))),
      glanceShown: options.some((o) => shown(o.querySelector('.result-glance'))),
      titleOnOneLine: title.getBoundingClientRect().height < parseFloat(getComputedStyle(title).fontSize) * 2,
    };
  }, RECORD_OPTION);
  expect(layout.width).toBe(320);
  expect(layout.whole).toBeGreaterThanOrEqual(6);
  expect(layout).toMatchObject({ subtitleShown: false, glanceShown: true, titleOnOneLine: true });
  await page.screenshot({ path: 'screenshots/widget-compact-frame.png' });
  await context.close();
});

test('on a phone every target is at least 44 px and the compact layout applies', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BFF, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await signInToIntranet(page, 'sofia.rossi');
  await search(page, 'Logistics');
  const heights = async (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
  for (const [what, selector] of [['type chips', '.chip span'], ['Disconnect', 'button:text("Disconnect")'], ['results', '[role="option"]'], ['Clear search', '.search-clear']] as const) {
    const found = await heights(selector);
    expect(found.length, what).toBeGreaterThan(0);
    expect(Math.min(...found), what).toBeGreaterThanOrEqual(44);
  }
  await expect(page.locator(`${RECORD_OPTION} .result-subtitle`).first()).toBeHidden();
  // Nothing is wider than the phone (a row of chips in a fieldset once was): no sideways zoom.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await page.screenshot({ path: 'screenshots/widget-phone.png' });
  await context.close();
});

test('focus goes to the search box after reconnecting and connecting; Disconnect asks, says it happened and leaves focus on Connect', async ({ browser }) => {
  const { page } = await newPerson(browser);
  await signInToIntranet(page, 'ada.admin');
  const connect = page.locator('.notice').getByRole('button', { name: /^(Connect to Salesforce|Reconnect)$/ });
  await expect(searchBox(page).or(connect)).toBeVisible();
  if (await connect.isVisible()) {
    await page.waitForTimeout(600);
    await connect.click();
    await approveAtSalesforce(page, 'ada.admin@globex.example');
    await expect(searchBox(page)).toBeFocused();
  }

  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  const question = page.getByRole('group', { name: /^Disconnect from Salesforce\?/ });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousViolations(page, 'disconnect asked');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Disconnect' })).toBeFocused();
  await expect(searchBox(page)).toBeVisible();

  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Yes, disconnect' }).click();
  await expect(page.getByText('You disconnected from Salesforce', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Connect to Salesforce' })).toBeFocused();
  await expect(searchBox(page)).toHaveCount(0);
  await expectNoSeriousViolations(page, 'disconnected');

  await page.waitForTimeout(600);
  await page.getByRole('button', { name: 'Connect to Salesforce' }).click();
  await approveAtSalesforce(page, 'ada.admin@globex.example');
  await expect(searchBox(page)).toBeFocused();
  await page.context().close();
});

test('the active result shows a preview with its fields and quick actions', async ({ browser }) => {
  const { page, context } = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  const results = await search(page, 'Logistics');
  const lead = results.getByRole('group', { name: /^Leads,/ }).locator(RECORD_OPTION).first();
  const name = (await lead.locator('.result-title').textContent())!;
  const href = (await lead.getAttribute('href'))!;
  await page.waitForTimeout(500);
  // To the first lead with the arrow keys: past the accounts and their "Show more".
  const steps = await results.evaluate((listbox, leadId) => [...listbox.querySelectorAll('[role="option"]')].findIndex((o) => o.id === leadId) + 1, await lead.getAttribute('id'));
  for (let i = 0; i < steps; i++) await searchBox(page).press('ArrowDown', { delay: 150 });
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await lead.getAttribute('id'))!);
  const preview = page.getByRole('region', { name });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('link', { name: 'Open in Salesforce' })).toHaveAttribute('href', href);
  await expect(preview.getByRole('link', { name: /^E-mail / })).toHaveAttribute('href', /^mailto:/);
  await page.waitForTimeout(400);
  await preview.getByRole('button', { name: 'Copy link' }).click();
  await expect(preview.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(href);
  await expectNoSeriousViolations(page, 'preview');
  await context.close();
});

test('on a phone a tap on a result opens its sheet, the Salesforce app first', async ({ browser }) => {
  await (await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example')).context.close();
  const phone = await browser.newContext({ baseURL: BFF, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const mobile = await phone.newPage();
  await signInToIntranet(mobile, 'sofia.rossi');
  const found = await search(mobile, 'Logistics');
  const first = found.locator(RECORD_OPTION).first();
  const id = /\/lightning\/r\/\w+\/(\w+)\/view$/.exec((await first.getAttribute('href'))!)![1];
  await mobile.waitForTimeout(600);
  await first.tap();
  const sheet = mobile.getByRole('dialog');
  // Nothing is wider than the phone: a wider page would be zoomed out and sideways-scrolled.
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await expect(sheet.getByRole('link', { name: 'Open in the Salesforce app' })).toHaveAttribute('href', `salesforce1://sObject/${id}/view`);
  await expect(sheet.getByRole('link', { name: 'Open in the Salesforce app' })).toBeFocused();
  await expect(sheet.getByRole('link', { name: 'Open in the browser' })).toHaveAttribute('href', (await first.getAttribute('href'))!);
  expect(phone.pages()).toHaveLength(1);
  await expectNoSeriousViolations(mobile, 'phone sheet');
  await mobile.screenshot({ path: 'screenshots/widget-phone-sheet.png' });
  await sheet.getByRole('button', { name: 'Close' }).tap();
  await expect(sheet).toHaveCount(0);
  await phone.close();
});
