import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const searchBox = () => screen.findByRole('combobox', { name: 'Search Salesforce' });
const results = () => screen.findByRole('listbox', { name: 'Search results' });

describe('search as you type', () => {
  it('shows matching records grouped by type, with counts and the fields that identify them', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');

    const listbox = await results();
    const groups = within(listbox).getAllByRole('group').map((group) => group.getAttribute('aria-label'));
    expect(groups).toEqual(['Accounts, 2 results', 'Leads, 1 result', 'Tasks, 1 result', 'Campaigns, 1 result']);
    expect(screen.getByText('5 results')).toBeInTheDocument();

    const account = within(listbox).getByRole('option', { name: /Acme Logistics/ });
    for (const text of ['Type: Customer - Channel', 'Industry: Transportation', 'City: Chicago', 'Owner: Rita Rep']) {
      expect(account).toHaveTextContent(text);
    }
    const lead = within(listbox).getByRole('option', { name: /Wile Coyote/ });
    for (const text of ['Company: Acme Corporation', 'Email: wile.coyote@acme.example', 'Status: Working - Contacted']) {
      expect(lead).toHaveTextContent(text);
    }
    const task = within(listbox).getByRole('option', { name: /Call Acme about the renewal/ });
    for (const text of ['Status: Not Started', 'Priority: High', 'Due date: Nov 30, 2026', 'Related to: Acme Corporation']) {
      expect(task).toHaveTextContent(text);
    }
    const campaign = within(listbox).getByRole('option', { name: /Acme Partner Summit 2026/ });
    for (const text of ['Type: Conference', 'Status: Planned', 'Start date: Dec 1, 2026', 'End date: Dec 3, 2026', 'Active: Yes']) {
      expect(campaign).toHaveTextContent(text);
    }
  });

  it('marks the text that matched the query', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme log');
    const option = within(await results()).getByRole('option', { name: /Acme Logistics/ });
    const marks = [...option.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Acme', 'Log']);
  });

  it('opens each record in Salesforce in a new tab, without giving Salesforce a handle on this page', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'initech');
    const option = within(await results()).getByRole('option', { name: /^Initech/ });
    expect(option).toHaveAttribute('href', fake.records.find((r) => r.title === 'Initech')?.url);
    expect(option).toHaveAttribute('target', '_blank');
    expect(option).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('asks for a second character before searching', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'a');
    expect(screen.getByText('Type at least 2 characters.')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.requestsTo('search')).toHaveLength(0);
  });

  it('shows that it is searching while Salesforce answers', async () => {
    const hold = fake.holdSearches();
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    expect(await screen.findByText('Searching Salesforce…')).toBeInTheDocument();
    hold.release();
    expect(await results()).toBeInTheDocument();
    expect(screen.queryByText('Searching Salesforce…')).not.toBeInTheDocument();
  });

  it('says plainly when nothing matches, naming the record types searched', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'zzz');
    expect(await screen.findByText('No Accounts, Leads, Tasks or Campaigns match “zzz”.')).toBeInTheDocument();
    expect(screen.getByText(/Check the spelling/)).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toHaveAttribute('aria-expanded', 'false');
    const elsewhere = screen.getByRole('link', { name: 'Search all of Salesforce for “zzz”' });
    expect(elsewhere).toHaveAttribute('href', expect.stringMatching(/\/one\/one\.app#/));
    expect(elsewhere).toHaveAttribute('target', '_blank');
  });
});

describe('type filters', () => {
  it('searches only the checked record types', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Leads' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tasks' }));
    await user.type(screen.getByRole('combobox', { name: 'Search Salesforce' }), 'acme');

    const listbox = await results();
    expect(within(listbox).getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['Accounts, 2 results', 'Campaigns, 1 result']);
    expect(fake.requestsTo('search')[0]?.url.searchParams.get('types')).toBe('account,campaign');
    expect(fake.requestsTo('search')[0]?.url.searchParams.get('limit')).toBe('5');
  });

  it('names only the checked types when nothing matches', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Tasks' }));
    await user.click(screen.getByRole('checkbox', { name: 'Campaigns' }));
    await user.type(screen.getByRole('combobox', { name: 'Search Salesforce' }), 'zzz');
    expect(await screen.findByText('No Accounts or Leads match “zzz”.')).toBeInTheDocument();
  });

  it('keeps at least one record type checked', async () => {
    const { user } = renderApp();
    for (const name of ['Leads', 'Tasks', 'Campaigns']) await user.click(await screen.findByRole('checkbox', { name }));
    const accounts = screen.getByRole('checkbox', { name: 'Accounts' });
    await user.click(accounts);
    expect(accounts).toBeChecked();
    expect(accounts).toHaveAccessibleDescription('At least one record type stays selected.');
  });
});

describe('the search lives in the URL', () => {
  it('writes the query and the filter to the address, so a reload or a reconnect comes back to it', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('checkbox', { name: 'Leads' }));
    await user.type(screen.getByRole('combobox', { name: 'Search Salesforce' }), 'Acme Corp');
    await waitFor(() => expect(window.location.search).toBe('?q=Acme+Corp&types=account%2Ctask%2Ccampaign'));
  });

  it('starts from the query in the address', async () => {
    fake.records.push(buildAccount({ name: 'Umbrella Health' }));
    renderApp('/?q=umbrella');
    expect(await searchBox()).toHaveValue('umbrella');
    expect(within(await results()).getByRole('option', { name: /Umbrella Health/ })).toBeInTheDocument();
  });
});

describe('the empty box', () => {
  it('shows recently viewed records and recent searches; a recent search runs in its types, focus stays in the box', async () => {
    const initech = fake.records.find((r) => r.title === 'Initech')!;
    fake.recentRecords = [{ id: initech.id, type: initech.type, title: initech.title, url: initech.url }];
    fake.recentSearches = [{ q: 'globex', types: ['account', 'lead'], at: '2026-11-23T10:15:00.000Z' }];
    const { user } = renderApp();
    const box = await searchBox();
    expect(await screen.findByRole('link', { name: 'Initech, Account' })).toHaveAttribute('href', initech.url);
    await user.click(screen.getByRole('button', { name: 'globex, in Accounts and Leads' }));
    expect(box).toHaveValue('globex');
    expect(box).toHaveFocus();
    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    expect(within(listbox).getByRole('option', { name: /^Globex Industries/ })).toBeInTheDocument();
    expect(fake.requestsTo('search').at(-1)?.url.searchParams.get('types')).toBe('account,lead');
    expect(screen.queryByRole('heading', { name: 'Recently viewed' })).not.toBeInTheDocument();
  });

  it('lists a record opened from the results first under Recently viewed at once, before Salesforce\'s list has it', async () => {
    const initech = fake.records.find((r) => r.title === 'Initech')!;
    fake.recentRecords = [{ id: initech.id, type: initech.type, title: initech.title, url: initech.url }];
    const { user } = renderApp();
    const box = await searchBox();
    await user.type(box, 'acme logistics');
    await screen.findByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 result'));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    const viewed = await screen.findByRole('list', { name: 'Recently viewed' });
    await waitFor(() => expect(within(viewed).getAllByRole('link').map((l) => l.textContent)).toEqual(['Acme Logistics, Account', 'Initech, Account']));
  });
});
