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

/** How long a person spends reading each of Salesforce's pages before acting on it. */
export const SALESFORCE_PAGE_DWELL_MS = 2_000;

/**
 * On Salesforce's (the emulator's) pages, at a person's pace: read the login page, type the
 * username and password, log in; read the Allow page, allow. At least two seconds on each page,
 * as a person takes (the framed popup once failed only at that pace).
 */
export async function approveAtSalesforce(page: Page, salesforceUsername: string, options: { dwellMs?: number; emulator?: string } = {}): Promise<void> {
  const dwellMs = options.dwellMs ?? SALESFORCE_PAGE_DWELL_MS;
  const salesforce = new URL(options.emulator ?? EMULATOR).origin;
  const logIn = page.getByRole('button', { name: 'Log In' });
  const allow = page.getByRole('button', { name: 'Allow' });
  const backAtIntranet = () => {
    if (page.isClosed()) return true;
    const url = new URL(page.url());
    if (!url.protocol.startsWith('http') || url.origin === salesforce) return false;
    return url.pathname.endsWith('/sign-in/oauth2') || !url.pathname.startsWith('/marketplace/salesforce/account/sign-in');
  };
  // Salesforce shows its login or Allow page, or (signed in, approval remembered) sends the person straight back.
  const shown = async () => (backAtIntranet() ? 'back' : (await logIn.isVisible().catch(() => false)) ? 'login' : (await allow.isVisible().catch(() => false)) ? 'allow' : 'loading');
  await expect.poll(shown, { timeout: 15_000 }).not.toBe('loading');
  if (await shown() === 'login') {
    await page.waitForTimeout(dwellMs / 2);
    await page.getByLabel('Username').pressSequentially(salesforceUsername, { delay: 30 });
    await page.getByLabel('Password').pressSequentially(SALESFORCE_PASSWORD, { delay: 30 });
    await page.waitForTimeout(dwellMs / 2);
    await logIn.click();
    await expect.poll(async () => ((await logIn.isVisible().catch(() => false)) ? 'login' : await shown()), { timeout: 15_000 }).toMatch(/^(allow|back)$/);
  }
  if (await shown() === 'allow') {
    await page.waitForTimeout(dwellMs);
    await allow.click();
  }
}

export function searchBox(page: Page) {
  return page.getByRole('combobox', { name: 'Search Salesforce' });
}

/** A person types 100–300 ms between keys; this is the quick end of it. */
export const KEY_DELAY_MS = 120;

export async function search(page: Page, text: string) {
  const box = searchBox(page);
  await box.fill('');
  await box.pressSequentially(text, { delay: KEY_DELAY_MS });
  const results = page.getByRole('listbox');
  // The answer to what was typed, not the earlier results that stay up (dimmed, busy) meanwhile.
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: /Searching|updating|Still searching/ })).toHaveCount(0);
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
export async function connectedEmployee(browser: Browser, intranetUser: string, salesforceUser: string, where: { bff?: string; emulator?: string } = {}) {
  const person = await newPerson(browser, where.bff);
  await signInToIntranet(person.page, intranetUser);
  // The prompt's button: once connected, the bar offers a Reconnect of its own.
  const connect = person.page.locator('.notice').getByRole('button', { name: /^(Connect to Salesforce|Reconnect)$/ });
  await expect(searchBox(person.page).or(connect)).toBeVisible();
  if (await connect.isVisible()) {
    await connect.click();
    await approveAtSalesforce(person.page, salesforceUser, { ...(where.emulator ? { emulator: where.emulator } : {}) });
  }
  await expect(searchBox(person.page)).toBeVisible();
  return person;
}
