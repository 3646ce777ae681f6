// Control Panel → Connected employees and the audit trail (issue 14): found by name, paged,
// one employee disconnected after asking; the trail, older entries on request, and its CSV.
import type { ConnectionEntry } from '@sfsearch/contracts';
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAdmin } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const ADMIN_PATH = '/control-panel/marketplace/salesforce';

function employee(i: number, overrides: Partial<ConnectionEntry> = {}): ConnectionEntry {
  const id = `person.${String(i).padStart(2, '0')}`;
  return {
    userId: id,
    person: { name: `Person ${String(i).padStart(2, '0')}`, email: `${id}@intranet.example` },
    salesforceUser: { username: `${id}@globex.example`, displayName: `Person ${i}`, orgId: '00D5g000004ABCD' },
    state: 'connected',
    connectedAt: '2026-11-20T09:00:00.000Z',
    lastUsedAt: '2026-12-01T16:30:00.000Z',
    refreshedAt: null,
    disconnectedAt: null,
    ...overrides,
  };
}

beforeEach(() => {
  fake.signInAs(buildAdmin());
  fake.connections = Array.from({ length: 30 }, (_, i) => employee(i));
  fake.connections[1] = employee(1, { state: 'reconnect-required', reason: 'config-changed' });
  fake.audit = Array.from({ length: 60 }, (_, i) => ({
    id: 60 - i, at: '2026-12-01T12:00:00.000Z', actor: `person.${String(i % 30).padStart(2, '0')}`, action: 'salesforce.connected',
    details: { user: 'x', salesforceUsername: `p${i}@globex.example` },
  }));
  fake.audit[0] = { id: 60, at: '2026-12-02T08:00:00.000Z', actor: 'ada@intranet.example', action: 'marketplace.config.changed', details: { fields: ['consumerSecret', 'scopes'], purgedTokens: 12 } };
});

async function openEmployees() {
  const app = renderApp(ADMIN_PATH);
  const region = await screen.findByRole('region', { name: 'Connected employees' });
  await within(region).findByRole('table');
  return { ...app, region };
}

describe('connected employees', () => {
  it('lists each one with who they are in Salesforce, their state and reason, and pages through them', async () => {
    const { user, region } = await openEmployees();
    const rows = within(region).getAllByRole('row');
    expect(rows).toHaveLength(26);
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('Person 00person.00@intranet.example');
    expect(rows[1]).toHaveTextContent('person.00@globex.example');
    expect(rows[2]).toHaveTextContent('Must reconnect (settings changed)');
    expect(within(region).getByText('1–25 of 30')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(within(region).getByRole('button', { name: 'Next' }));
    expect(await within(region).findByText('26–30 of 30')).toBeInTheDocument();
    expect(within(region).getAllByRole('row')).toHaveLength(6);
    expect(within(region).getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(fake.requestsTo('connections').at(-1)?.url.searchParams.get('offset')).toBe('25');
  });

  it('finds an employee by name once the admin stops typing, from the first page', async () => {
    const { user, region } = await openEmployees();
    await user.click(within(region).getByRole('button', { name: 'Next' }));
    await within(region).findByText('26–30 of 30');
    await user.type(within(region).getByRole('searchbox', { name: 'Find an employee' }), 'person 07');
    expect(await within(region).findByText('1–1 of 1')).toBeInTheDocument();
    expect(within(region).getAllByRole('row')).toHaveLength(2);
    expect(fake.requestsTo('connections').at(-1)?.url.searchParams.get('offset')).toBe('0');
    await user.clear(within(region).getByRole('searchbox', { name: 'Find an employee' }));
    await user.type(within(region).getByRole('searchbox', { name: 'Find an employee' }), 'nobody');
    expect(await within(region).findByText('Nobody matches “nobody”.')).toBeInTheDocument();
  });

  it('disconnects one employee after asking, with the CSRF token, and says it happened', async () => {
    const { user, region } = await openEmployees();
    await user.click(within(region).getByRole('button', { name: 'Disconnect Person 03' }));
    expect(within(region).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.requestsTo('admin-disconnect')).toHaveLength(0);
    await user.click(within(region).getByRole('button', { name: 'Yes, disconnect Person 03' }));
    const done = await within(region).findByText('Disconnected. Person 03 is asked to reconnect.');
    expect(done).toHaveFocus();
    const [request] = fake.requestsTo('admin-disconnect');
    expect(request?.url.pathname).toBe('/api/admin/marketplace/salesforce/connections/person.03/disconnect');
    expect(request?.csrfToken).toBe(fake.csrfToken);
    expect(await within(region).findByText('Must reconnect (disconnected by an administrator)')).toBeInTheDocument();
  });

  it('changes nothing when the admin thinks better of it', async () => {
    const { user, region } = await openEmployees();
    await user.click(within(region).getByRole('button', { name: 'Disconnect Person 04' }));
    await user.keyboard('{Escape}');
    expect(within(region).getByRole('button', { name: 'Disconnect Person 04' })).toBeInTheDocument();
    expect(fake.requestsTo('admin-disconnect')).toHaveLength(0);
  });
});

describe('the audit trail', () => {
  it('says what happened, newest first, loads older entries on request, and offers the CSV', async () => {
    const { user } = renderApp(ADMIN_PATH);
    const region = await screen.findByRole('region', { name: 'Audit trail' });
    const items = await within(region).findAllByRole('listitem');
    expect(items).toHaveLength(50);
    expect(items[0]).toHaveTextContent('ada@intranet.example');
    expect(items[0]).toHaveTextContent('Changed Consumer secret and OAuth scopes; 12 connections ended');
    expect(items[1]).toHaveTextContent('Connected to Salesforce as p1@globex.example');
    expect(within(region).getByRole('link', { name: 'Download the audit trail (CSV)' })).toHaveAttribute('href', '/api/admin/marketplace/salesforce/audit.csv');
    await user.click(within(region).getByRole('button', { name: 'Show older entries' }));
    await within(region).findByText('Connected to Salesforce as p59@globex.example');
    expect(within(region).getAllByRole('listitem')).toHaveLength(60);
    expect(within(region).queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
    expect(fake.requestsTo('audit').at(-1)?.url.searchParams.get('before')).toBe('11');
  });
});
