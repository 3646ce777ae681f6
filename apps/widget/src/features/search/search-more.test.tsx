// More than five of a type: "Show more" asks for the next ones of that type only, in one
// request; "See all results in Salesforce" opens Salesforce's own search page for the query.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAccount } from '../../testing/data-generators.ts';
import { recordOptions } from '../../testing/queries.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

beforeEach(() => {
  for (let i = 1; i <= 18; i++) fake.records.push(buildAccount({ name: `Harbor Freight ${String(i).padStart(2, '0')}`, city: `Port ${i}` }));
});

async function searchHarbor() {
  const app = renderApp();
  const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
  await app.user.type(box, 'harbor');
  const listbox = await screen.findByRole('listbox', { name: 'Search results' });
  await waitFor(() => expect(recordOptions(listbox)).toHaveLength(5));
  return { ...app, box, listbox };
}

const accountTitles = (listbox: HTMLElement) =>
  recordOptions(within(listbox).getByRole('group', { name: /^Accounts/ })).map((o) => o.querySelector('.result-title')?.textContent);

describe('show more', () => {
  it('says 5+ and loads the next ten accounts in one request, then the rest', async () => {
    const { user, listbox } = await searchHarbor();
    expect(within(listbox).getByRole('group', { name: 'Accounts, 5 results, more in Salesforce' })).toBeInTheDocument();
    const before = fake.requestsTo('search').length;
    await user.click(within(listbox).getByRole('option', { name: 'Show more Accounts' }));
    await waitFor(() => expect(accountTitles(listbox)).toHaveLength(15));
    const asked = fake.requestsTo('search').slice(before).map((r) => Object.fromEntries(r.url.searchParams));
    expect(asked).toEqual([{ q: 'harbor', types: 'account', limit: '10', offset: '5' }]);
    expect(accountTitles(listbox)).toEqual(Array.from({ length: 15 }, (_, i) => `Harbor Freight ${String(i + 1).padStart(2, '0')}`));
    await user.click(within(listbox).getByRole('option', { name: 'Show more Accounts' }));
    await waitFor(() => expect(accountTitles(listbox)).toHaveLength(18));
    expect(within(listbox).queryByRole('option', { name: 'Show more Accounts' })).not.toBeInTheDocument();
    expect(within(listbox).getByRole('group', { name: 'Accounts, 18 results' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('18 results');
  });

  it('is an option of the combobox: Enter on it loads more, and the first new record becomes active', async () => {
    const { user, box, listbox } = await searchHarbor();
    await user.keyboard('{ArrowDown}'.repeat(6));
    const more = within(listbox).getByRole('option', { name: 'Show more Accounts' });
    expect(box).toHaveAttribute('aria-activedescendant', more.id);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(accountTitles(listbox)).toHaveLength(15));
    const active = document.getElementById(box.getAttribute('aria-activedescendant') ?? '');
    expect(active?.querySelector('.result-title')).toHaveTextContent('Harbor Freight 06');
    expect(box).toHaveFocus();
  });

  it('says when more could not be loaded, keeps what is shown, and tries again on the next click', async () => {
    const { user, listbox } = await searchHarbor();
    fake.failNext('search', { status: 503, code: 'salesforce-unavailable' });
    await user.click(within(listbox).getByRole('option', { name: 'Show more Accounts' }));
    const failed = await within(listbox).findByRole('option', { name: 'More Accounts could not be loaded. Try again' });
    expect(accountTitles(listbox)).toHaveLength(5);
    await user.click(failed);
    await waitFor(() => expect(accountTitles(listbox)).toHaveLength(15));
  });

  it('starts again from five when the query changes', async () => {
    const { user, box, listbox } = await searchHarbor();
    await user.click(within(listbox).getByRole('option', { name: 'Show more Accounts' }));
    await waitFor(() => expect(accountTitles(listbox)).toHaveLength(15));
    await user.type(box, ' fr');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('5 results'));
    expect(within(screen.getByRole('listbox')).getByRole('option', { name: 'Show more Accounts' })).toBeInTheDocument();
  });
});

describe('see all results in Salesforce', () => {
  it("is the last option and opens Salesforce's search page for the query in a new tab", async () => {
    const { user, box, listbox, open } = await searchHarbor();
    const options = within(listbox).getAllByRole('option');
    const all = options.at(-1)!;
    expect(all).toHaveAccessibleName('See all results in Salesforce');
    const href = all.getAttribute('href')!;
    const state = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(href.split('#')[1]!), (c) => c.charCodeAt(0))));
    expect(state).toMatchObject({ componentDef: 'forceSearch:searchPageDesktop', attributes: { term: 'harbor' } });
    await user.keyboard('{ArrowUp}{Enter}');
    expect(box).toHaveAttribute('aria-activedescendant', all.id);
    expect(open).toHaveBeenCalledExactlyOnceWith(href, '_blank', 'noopener,noreferrer');
  });
});
