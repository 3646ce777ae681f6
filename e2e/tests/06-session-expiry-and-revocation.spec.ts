import { expect, test } from '@playwright/test';
import { connectedEmployee, ensureConfigured, search, searchBox } from '../support/people.ts';
import { emulatorControl } from '../support/stack.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('an expired Salesforce session is refreshed silently; a revoked grant asks to reconnect with the reason', async ({ browser }) => {
  const liam = await connectedEmployee(browser, 'liam.brown', 'liam.brown@globex.example');
  await search(liam.page, 'Logistics');
  await emulatorControl('expire-access-tokens', { username: 'liam.brown@globex.example' });
  await search(liam.page, 'Energy');

  await emulatorControl('revoke-user', { username: 'liam.brown@globex.example' });
  await searchBox(liam.page).fill('Summit');
  // Salesforce answers a revoked grant as it does an expired one: one sentence says both.
  await expect(liam.page.getByText('Salesforce ended your connection: it expired or was revoked — sign in again')).toBeVisible();
  await expect(liam.page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
});
