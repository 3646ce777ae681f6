// What a real org's answers look like to a person: types their profile cannot read, more
// results than shown, a crowded one-word search, and searches Salesforce would refuse.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const searchBox = () => screen.findByRole('combobox', { name: 'Search Salesforce' });
const results = () => screen.findByRole('listbox', { name: 'Search results' });

describe('a real org answering', () => {
  it('says which types the person\'s Salesforce profile cannot see, and shows the rest as usual', async () => {
    fake.unreadableTypes = ['campaign'];
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    const listbox = await results();
    expect(within(listbox).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['Accounts, 2 results', 'Leads, 1 result', 'Tasks, 1 result']);
    expect(screen.getByText("Your Salesforce profile can't see Campaigns.")).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('counts "5+" where Salesforce has more than shown', async () => {
    fake.records.push(...Array.from({ length: 6 }, (_, i) => buildAccount({ name: `Acme Branch ${i + 1}` })));
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme branch');
    const listbox = await results();
    expect(within(listbox).getByRole('group', { name: 'Accounts, 5 results, more in Salesforce' })).toBeInTheDocument();
    expect(within(listbox).getByText('5+')).toBeInTheDocument();
  });

  it('after a one-word search that came back short, suggests a second word', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'initech');
    await results();
    expect(screen.getByText(/Not finding a record\? Add another word/)).toBeInTheDocument();
    await user.type(await searchBox(), ' austin');
    await screen.findByRole('option', { name: /Initech/ });
    expect(screen.queryByText(/Not finding a record\?/)).not.toBeInTheDocument();
  });

  it('never sends what Salesforce would refuse, and says why', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'a b');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Type at least two letters or digits in a row');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.requestsTo('search')).toHaveLength(0);
  });
});

describe('setup problems an employee meets', () => {
  it.each([
    [{ code: 'salesforce-api-disabled' as const, reason: 'api-access-control' }, 'Your Salesforce only lets approved apps use its API'],
    [{ code: 'salesforce-insufficient-access' as const, reason: 'app-not-installed' }, "Salesforce doesn't accept this intranet's app yet"],
  ])('%o says what to tell the administrator', async (failure, title) => {
    fake.failNext('search', failure);
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    expect(await screen.findByRole('alert')).toHaveTextContent(title);
  });
});
