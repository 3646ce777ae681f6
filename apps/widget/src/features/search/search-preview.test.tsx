// The active result's preview: more of its fields, and what can be done with it without another
// Salesforce call. On a touch screen a tap opens it as a sheet that also offers the Salesforce app.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAccount, buildLead } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function searchFor(text: string) {
  const app = renderApp();
  const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
  await app.user.type(box, text);
  const listbox = await screen.findByRole('listbox', { name: 'Search results' });
  await waitFor(() => expect(screen.getByRole('status')).not.toHaveTextContent(/Searching|updating/));
  return { ...app, box, listbox };
}

function touchScreen() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(pointer: coarse)', media: query, addEventListener: () => {}, removeEventListener: () => {},
  }));
}

describe('preview of the active result', () => {
  it('shows the record with its fields and actions: call, e-mail, open, copy the link', async () => {
    fake.records.push(buildLead({ name: 'Pia Quill', company: 'Quill Paper', email: 'pia@quill.example', phone: '+44 (20) 7946-0958' }));
    const { user } = await searchFor('quill');
    expect(screen.queryByRole('region', { name: 'Pia Quill' })).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    const preview = screen.getByRole('region', { name: 'Pia Quill' });
    const pia = fake.records.find((r) => r.title === 'Pia Quill')!;
    expect(within(preview).getByText('Phone').nextElementSibling).toHaveTextContent('+44 (20) 7946-0958');
    expect(within(preview).getByRole('link', { name: 'Call +44 (20) 7946-0958' })).toHaveAttribute('href', 'tel:+442079460958');
    expect(within(preview).getByRole('link', { name: 'E-mail pia@quill.example' })).toHaveAttribute('href', 'mailto:pia@quill.example');
    const open = within(preview).getByRole('link', { name: 'Open in Salesforce' });
    expect(open).toHaveAttribute('href', pia.url);
    expect(open).toHaveAttribute('target', '_blank');
    expect(within(preview).queryByRole('link', { name: 'Open in the Salesforce app' })).not.toBeInTheDocument();
    await user.click(within(preview).getByRole('button', { name: 'Copy link' }));
    expect(await within(preview).findByText('Link copied.')).toBeInTheDocument();
    // user-event's clipboard stands in for the browser's.
    expect(await navigator.clipboard.readText()).toBe(pia.url);
  });

  it('offers no call or e-mail a record does not have, and shows the fields the card leaves out', async () => {
    const account = buildAccount({ name: 'Quokka Works' });
    account.fields.push({ key: 'website', label: 'Website', value: 'www.quokka.example' });
    fake.records.push(account);
    const { user, listbox } = await searchFor('quokka');
    expect(within(listbox).queryByText('www.quokka.example')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    const preview = screen.getByRole('region', { name: 'Quokka Works' });
    expect(within(preview).getByText('www.quokka.example')).toBeInTheDocument();
    expect(within(preview).queryByRole('link', { name: /^Call/ })).not.toBeInTheDocument();
    expect(within(preview).queryByRole('link', { name: /^E-mail/ })).not.toBeInTheDocument();
  });

  it('follows the active result as the arrow keys move', async () => {
    const { user, box } = await searchFor('acme');
    const activeTitle = () => document.getElementById(box.getAttribute('aria-activedescendant')!)?.querySelector('.result-title')?.textContent ?? '';
    await user.keyboard('{ArrowDown}');
    const first = activeTitle();
    expect(screen.getByRole('region', { name: first })).toHaveClass('preview');
    await user.keyboard('{ArrowDown}');
    const second = activeTitle();
    expect(second).not.toBe(first);
    expect(screen.getByRole('region', { name: second })).toHaveClass('preview');
    expect(screen.queryByRole('region', { name: first })).not.toBeInTheDocument();
  });
});

describe('on a touch screen', () => {
  it('a tap opens a sheet with the Salesforce app first, the browser second, and Escape closes it', async () => {
    touchScreen();
    fake.records.push(buildLead({ name: 'Pia Quill', company: 'Quill Paper', phone: '020 7946 0958' }));
    const { user, listbox, open } = await searchFor('quill');
    const option = within(listbox).getByRole('option', { name: /^Pia Quill/ });
    await user.click(option);
    const sheet = screen.getByRole('dialog', { name: 'Pia Quill' });
    const pia = fake.records.find((r) => r.title === 'Pia Quill')!;
    const app = within(sheet).getByRole('link', { name: 'Open in the Salesforce app' });
    expect(app).toHaveAttribute('href', `salesforce1://sObject/${pia.id}/view`);
    expect(app).toHaveFocus();
    expect(within(sheet).getByRole('link', { name: 'Open in the browser' })).toHaveAttribute('href', pia.url);
    expect(within(sheet).getByRole('link', { name: 'Call 020 7946 0958' })).toHaveAttribute('href', 'tel:02079460958');
    expect(open).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(option).toHaveFocus();
  });
});
