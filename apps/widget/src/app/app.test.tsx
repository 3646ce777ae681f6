// The app around the features: intranet sign-in, the header, and the route switch.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAdmin } from '../testing/data-generators.ts';
import { defaultMessages } from '../testing/fake-bff.ts';
import { renderApp } from '../testing/render-app.tsx';
import { fake } from '../testing/server.ts';

describe('intranet sign-in', () => {
  it('asks someone who is not signed in to sign in to the intranet, and to come back to the same page', async () => {
    fake.signOut();
    renderApp('/?q=acme');
    expect(await screen.findByRole('heading', { name: 'Sign in to the intranet' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Sign in to the intranet' });
    expect(link).toHaveAttribute('href', `/auth/sign-in?returnTo=${encodeURIComponent('/?q=acme')}`);
    expect(link).not.toHaveAttribute('target');
  });

  it('inside an iframe, opens the intranet sign-in in a new tab', async () => {
    fake.signOut();
    renderApp('/', { framed: true });
    expect(await screen.findByRole('link', { name: 'Sign in to the intranet' })).toHaveAttribute('target', '_blank');
  });

  it('asks to sign in again when the intranet session ends while the page is open', async () => {
    const { user } = renderApp();
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    fake.signOut();
    await user.type(box, 'acme');
    expect(await screen.findByRole('heading', { name: 'Sign in to the intranet' })).toBeInTheDocument();
  });

  it("says so when the intranet server can't start the widget", async () => {
    fake.failNext('me', { code: 'internal' }).failNext('me', { code: 'internal' });
    const { user } = renderApp();
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent("Salesforce search can't start");
    expect(alert).toHaveTextContent(defaultMessages.internal);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });
});

describe('header and pages', () => {
  it('shows admins a link to the Salesforce settings, and goes there and back without reloading', async () => {
    fake.signInAs(buildAdmin());
    const { user } = renderApp();
    await screen.findByRole('combobox', { name: 'Search Salesforce' });
    await user.click(screen.getByRole('link', { name: 'Salesforce settings' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Salesforce' });
    expect(window.location.pathname).toBe('/control-panel/marketplace/salesforce');
    await waitFor(() => expect(heading).toHaveFocus());
    expect(await screen.findByRole('heading', { name: 'Connection settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Salesforce settings' })).toHaveAttribute('aria-current', 'page');

    window.history.back();
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
    expect(fake.requestsTo('me')).toHaveLength(1);
  });

  it('shows employees no link to the settings', async () => {
    renderApp();
    await screen.findByRole('combobox', { name: 'Search Salesforce' });
    expect(screen.queryByRole('link', { name: 'Salesforce settings' })).not.toBeInTheDocument();
  });

  it('shows the search on any other path', async () => {
    renderApp('/intranet/widgets/salesforce');
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('takes the admin back to the search from the brand link', async () => {
    fake.signInAs(buildAdmin());
    const { user } = renderApp('/control-panel/marketplace/salesforce');
    await screen.findByRole('heading', { name: 'Connection settings' });
    await user.click(screen.getByRole('link', { name: 'Salesforce search' }));
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });
});
