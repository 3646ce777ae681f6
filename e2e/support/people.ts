// What people do in the browser, step by step, as they would.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { BFF, EMULATOR, emulatorControl, INTRANET_PASSWORD, SALESFORCE_PASSWORD } from './stack.ts';

export const ADMIN_PAGE = '/control-panel/marketplace/salesforce';

export async function newPerson(browser: Browser, baseURL: string = BFF): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  return { context, page: await context.newPage() };
}

/** Signs in to the intranet through the IdP's login page and lands back on `returnTo`. */
export async function signInToIntranet(page: Page, username: string, returnTo = '/'): Promise<void> {
  await page.goto(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(INTRANET_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(new URL(returnTo, page.url()).href);
}

/** On Salesforce's (the emulator's) pages: log in if asked, then allow access if asked. */
export async function approveAtSalesforce(page: Page, salesforceUsername: string): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  if (await page.getByRole('button', { name: 'Log In' }).isVisible()) {
    await page.getByLabel('Username').fill(salesforceUsername);
    await page.getByLabel('Password').fill(SALESFORCE_PASSWORD);
    await page.getByRole('button', { name: 'Log In' }).click();
  }
  const allow = page.getByRole('button', { name: 'Allow' });
  if (await allow.isVisible().catch(() => false)) await allow.click();
}

export function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search Salesforce' });
}

export async function search(page: Page, text: string) {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(text, { delay: 20 });
  const results = page.getByRole('listbox');
  await expect(results.getByRole('option').first()).toBeVisible();
  return results;
}

/** Configures the emulator's app through the admin API, for journeys that need it done already. */
export async function ensureConfigured(browser: Browser, bff: string = BFF, emulator: string = EMULATOR): Promise<void> {
  const { context, page } = await newPerson(browser, bff);
  await signInToIntranet(page, 'ada.admin');
  const me = await (await page.request.get('/api/me')).json() as { csrfToken: string };
  const current = await (await page.request.get('/api/admin/marketplace/salesforce')).json() as { configured: boolean };
  if (!current.configured) {
    const app = await emulatorControl('app', {}, emulator) as { consumerKey: string; consumerSecret: string };
    const saved = await page.request.put('/api/admin/marketplace/salesforce', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { consumerKey: app.consumerKey, consumerSecret: app.consumerSecret, loginHost: emulator, scopes: ['api', 'refresh_token', 'id'] },
    });
    expect(saved.ok()).toBe(true);
  }
  await context.close();
}

/**
 * Signs in and, unless an earlier journey left this person connected, connects to Salesforce
 * from the widget with a full-page redirect.
 */
export async function connectedEmployee(browser: Browser, intranetUser: string, salesforceUser: string) {
  const person = await newPerson(browser);
  await signInToIntranet(person.page, intranetUser);
  const connect = person.page.getByRole('button', { name: /^(Connect to Salesforce|Reconnect)$/ });
  await expect(searchBox(person.page).or(connect)).toBeVisible();
  if (await connect.isVisible()) {
    await connect.click();
    await approveAtSalesforce(person.page, salesforceUser);
  }
  await expect(searchBox(person.page)).toBeVisible();
  return person;
}
