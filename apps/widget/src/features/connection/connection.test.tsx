// The states driven by GET /api/salesforce/connection.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { browser } from '../../lib/browser.ts';
import { formatDateTime } from '../../lib/format.ts';
import { buildAdmin, buildConnected, buildUnconfiguredConfig } from '../../testing/data-generators.ts';
import { defaultMessages } from '../../testing/fake-bff.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

describe('connection states', () => {
  it('while checking, says so', async () => {
    renderApp();
    expect(await screen.findByText('Checking your Salesforce connection…')).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('not configured: tells the employee to ask the intranet administrator', async () => {
    fake.setConfig(buildUnconfiguredConfig());
    renderApp();
    expect(await screen.findByText("Salesforce isn't set up yet — ask your intranet administrator")).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Search Salesforce' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /set up the Salesforce connection/ })).not.toBeInTheDocument();
  });

  it('not configured, for an admin: links to the settings page', async () => {
    fake.signInAs(buildAdmin()).setConfig(buildUnconfiguredConfig());
    renderApp();
    const link = await screen.findByRole('link', { name: 'set up the Salesforce connection' });
    expect(link).toHaveAttribute('href', '/control-panel/marketplace/salesforce');
  });

  it('not connected: explains and offers the Connect button', async () => {
    fake.disconnectUser();
    renderApp();
    expect(await screen.findByText('Connect your Salesforce account')).toBeInTheDocument();
    expect(screen.getByText(/Search runs under your own Salesforce account/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect to Salesforce' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Search Salesforce' })).not.toBeInTheDocument();
  });

  it.each([
    ['config-changed', 'Your administrator changed the Salesforce connection — sign in again', /changed the Salesforce connection settings/],
    ['token-expired', 'Salesforce ended your connection: it expired or was revoked — sign in again', /when you or a Salesforce administrator revoke the access/],
    ['revoked', 'Access to Salesforce was revoked — sign in again', /was revoked in Salesforce/],
  ] as const)('reconnect required (%s): gives the reason in plain words and a Reconnect button', async (reason, title, detail) => {
    fake.requireReconnect(reason);
    renderApp();
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByText(detail)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
  });

  it('reconnect required for a reason this page does not know: still offers Reconnect', async () => {
    fake.requireReconnect();
    renderApp();
    expect(await screen.findByText('Sign in to Salesforce again')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
  });

  it('connected: shows who the employee is in Salesforce, and the search', async () => {
    fake.setConnection(buildConnected({ salesforceUser: { username: 'erin@globex.example', displayName: 'Erin E.', orgId: '00D1', instanceUrl: 'https://globex.my.salesforce.com' } }));
    renderApp();
    expect(await screen.findByText('Erin E.')).toBeInTheDocument();
    expect(screen.getByText('Erin E.').closest('p')).toHaveTextContent('Connected to Salesforce as Erin E. (erin@globex.example)');
    expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('connected: says since when and when the employee last searched, and offers to reconnect', async () => {
    fake.setConnection(buildConnected({ connectedAt: '2026-11-20T09:30:00.000Z', lastUsedAt: '2026-12-01T16:05:00.000Z' }));
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    const { user } = renderApp();
    const who = (await screen.findByText('Erin Employee')).closest('p');
    expect(who).toHaveTextContent(`since ${formatDateTime('2026-11-20T09:30:00.000Z')} · last used ${formatDateTime('2026-12-01T16:05:00.000Z')}`);
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(assign).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^\/marketplace\/salesforce\/account\/sign-in\?returnTo=/));
  });

  it('connected but never used yet: says so', async () => {
    fake.setConnection(buildConnected({ lastUsedAt: null }));
    renderApp();
    expect((await screen.findByText('Erin Employee')).closest('p')).toHaveTextContent('· not used yet');
  });

  it('the connection cannot be checked: says why and offers to try again', async () => {
    fake.failNext('connection', { code: 'internal' }).failNext('connection', { code: 'internal' });
    const { user } = renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent("Couldn't check your Salesforce connection");
    expect(alert).toHaveTextContent(defaultMessages.internal);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });
});

async function disconnect(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
  await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
}

describe('disconnect', () => {
  it('asks first, then forgets the Salesforce connection, with the CSRF token, says it happened and offers to connect again', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    const question = screen.getByRole('group', { name: /^Disconnect from Salesforce\?/ });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.requestsTo('disconnect')).toHaveLength(0);
    await user.click(within(question).getByRole('button', { name: 'Yes, disconnect' }));
    const connect = await screen.findByRole('button', { name: 'Connect to Salesforce' });
    expect(screen.getByText('You disconnected from Salesforce.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByText('You disconnected from Salesforce')).toBeVisible();
    expect(connect).toHaveFocus();
    const [request] = fake.requestsTo('disconnect');
    expect(request?.method).toBe('POST');
    expect(request?.csrfToken).toBe(fake.csrfToken);
    expect(screen.queryByRole('combobox', { name: 'Search Salesforce' })).not.toBeInTheDocument();
  });

  it('changes nothing when the employee cancels, by button or Escape, and gives focus back to Disconnect', async () => {
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Disconnect' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Disconnect from Salesforce\?/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus();
    expect(fake.requestsTo('disconnect')).toHaveLength(0);
    expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('says so when disconnecting fails', async () => {
    fake.failNext('disconnect', { code: 'salesforce-unavailable' });
    const { user } = renderApp();
    await disconnect(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(`Couldn't disconnect: ${defaultMessages['salesforce-unavailable']}`);
    expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('drops the cached results, which belong to the Salesforce user who is gone', async () => {
    const { user } = renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Search Salesforce' }), 'acme');
    await screen.findByRole('listbox');
    await disconnect(user);
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    // Reconnected in another tab; coming back to this one re-checks the connection.
    fake.setConnection(buildConnected());
    window.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toHaveValue('acme'));
    await screen.findByRole('listbox');
    expect(fake.requestsTo('search')).toHaveLength(2);
  });
});
