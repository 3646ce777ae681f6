// Which objects employees search (issue 14, point 4): the admin adds Contacts, nobody is signed
// out, and the employees' type chips follow.
import type { SearchResult } from '@sfsearch/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAdmin, buildConnected } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const contact: SearchResult = {
  id: '003000000000001AAA', type: 'contact', title: 'Grace Hopper', subtitle: 'CTO at Juniper Logistics',
  fields: [{ key: 'account', label: 'Account', value: 'Juniper Logistics' }, { key: 'email', label: 'Email', value: 'grace.hopper@juniper.example' }],
  url: 'https://globex.lightning.force.com/lightning/r/Contact/003000000000001AAA/view',
};

describe('which record types employees search', () => {
  it('the admin adds Contacts, Opportunities and Cases, with the CSRF token, and nobody is signed out', async () => {
    fake.signInAs(buildAdmin());
    const { user } = renderApp('/control-panel/marketplace/salesforce');
    const region = await screen.findByRole('region', { name: 'What employees search' });
    for (const type of ['Accounts', 'Leads', 'Tasks', 'Campaigns']) expect(within(region).getByRole('checkbox', { name: type })).toBeChecked();
    for (const type of ['Contacts', 'Opportunities', 'Cases']) {
      expect(within(region).getByRole('checkbox', { name: type })).not.toBeChecked();
      await user.click(within(region).getByRole('checkbox', { name: type }));
    }
    await user.click(within(region).getByRole('button', { name: 'Save the record types' }));
    expect(await within(region).findByText("Saved. Employees' type chips follow; nobody has to reconnect.")).toBeInTheDocument();
    expect(fake.requestsTo('save-settings').map((r) => [r.body, r.csrfToken])).toEqual([
      [{ searchTypes: ['account', 'lead', 'task', 'campaign', 'contact', 'opportunity', 'case'] }, fake.csrfToken],
    ]);
  });

  it('refuses to leave employees nothing to search', async () => {
    fake.signInAs(buildAdmin());
    const { user } = renderApp('/control-panel/marketplace/salesforce');
    const region = await screen.findByRole('region', { name: 'What employees search' });
    for (const type of ['Accounts', 'Leads', 'Tasks', 'Campaigns']) await user.click(within(region).getByRole('checkbox', { name: type }));
    expect(within(region).getByRole('alert')).toHaveTextContent('Choose at least one record type for employees to search.');
    expect(within(region).getByRole('button', { name: 'Save the record types' })).toBeDisabled();
  });

  it("the employee's chips are the offered types, and a contact is found", async () => {
    fake.setConnection(buildConnected({ searchTypes: ['account', 'contact'] }));
    fake.records.push(contact);
    const { user } = renderApp();
    const chips = await screen.findByRole('group', { name: 'Record types to search' });
    expect(within(chips).getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Accounts', 'Contacts']);
    await user.type(screen.getByRole('combobox', { name: 'Search Salesforce' }), 'grace');
    const group = await screen.findByRole('group', { name: /^Contacts/ });
    expect(within(group).getByRole('option', { name: /Grace Hopper/ })).toHaveTextContent('Account: Juniper Logistics');
    expect(fake.requestsTo('search').at(-1)?.url.searchParams.get('types')).toBe('account,contact');
  });
});
