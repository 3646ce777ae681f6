import { expect, test } from '@playwright/test';
import { connectedEmployee, ensureConfigured, search } from '../support/people.ts';

test.beforeAll(async ({ browser }) => { await ensureConfigured(browser); });

test('two employees searching the same words see different records (Salesforce sharing)', async ({ browser }) => {
  const sofia = await connectedEmployee(browser, 'sofia.rossi', 'sofia.rossi@globex.example');
  const liam = await connectedEmployee(browser, 'liam.brown', 'liam.brown@globex.example');
  const titles = async (page: typeof sofia.page) => {
    const results = await search(page, 'Logistics');
    return (await results.getByRole('option').allInnerTexts()).map((t) => t.split('\n')[0]);
  };
  const [mine, theirs] = [await titles(sofia.page), await titles(liam.page)];
  expect(mine.length).toBeGreaterThan(0);
  expect(theirs.length).toBeGreaterThan(0);
  expect(mine).not.toEqual(theirs);
});
