import { expect, test } from '@playwright/test';
import { ADMIN_PAGE, newPerson, signInToIntranet } from '../support/people.ts';
import { BFF, EMULATOR, emulatorControl } from '../support/stack.ts';

test('the admin registers the callback URL, sees Check explain a wrong secret, then saves the right one', async ({ browser }) => {
  const { page } = await newPerson(browser);
  await signInToIntranet(page, 'ada.admin', ADMIN_PAGE);
  const callbackUrl = `${BFF}/marketplace/salesforce/account/sign-in/oauth2`;
  await expect(page.getByLabel('Callback URL')).toHaveValue(callbackUrl);
  await page.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(callbackUrl);

  const app = await emulatorControl('app') as { consumerKey: string; consumerSecret: string };
  await page.getByLabel('Consumer key').fill(app.consumerKey);
  await page.getByLabel(/Consumer secret/).fill('not-the-secret');
  await page.getByRole('radio', { name: 'My Domain', exact: true }).check();
  const myDomain = page.getByRole('textbox', { name: 'My Domain host' });
  // What the admin typed comes back as typed, not as Chromium's URL parser spells it.
  await myDomain.fill('not a host');
  await expect(myDomain).toHaveAccessibleDescription(/"not a host" is not a Salesforce login host\./);
  await myDomain.fill(EMULATOR);
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page.getByText('The consumer secret does not match this consumer key.')).toBeVisible();

  await page.getByLabel(/Consumer secret/).fill(app.consumerSecret);
  await page.getByRole('button', { name: 'Check connection' }).click();
  await expect(page.getByText('Salesforce accepted these settings')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'screenshots/admin-page.png', fullPage: true });
});
