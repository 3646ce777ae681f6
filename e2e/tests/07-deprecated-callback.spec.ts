import { expect, test } from '@playwright/test';
import { BFF } from '../support/stack.ts';

test('the deprecated callback URL explains which URL to register instead', async ({ page }) => {
  const response = await page.goto('/salesforce/Account/RetrieveAccessToken?code=old');
  expect(response?.status()).toBe(410);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This Salesforce callback address has moved');
  await expect(page.getByText(`${BFF}/marketplace/salesforce/account/sign-in/oauth2`)).toBeVisible();
});
