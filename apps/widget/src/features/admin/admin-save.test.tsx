// Saving the Salesforce settings: a real change signs every connected employee out, so say so first.
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAdmin, buildConfig, buildEmployee } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const ADMIN_PATH = '/control-panel/marketplace/salesforce';

beforeEach(() => {
  fake.signInAs(buildAdmin());
});

async function openSettings() {
  const app = renderApp(ADMIN_PATH);
  await screen.findByRole('heading', { name: 'Connection settings' });
  return app;
}

async function changeConsumerKey(user: Awaited<ReturnType<typeof openSettings>>['user'], key = '3MVG9NewKey') {
  const field = screen.getByRole('textbox', { name: 'Consumer key' });
  await user.clear(field);
  await user.type(field, key);
}

describe('save', () => {
  it('warns first that every connected employee will have to reconnect, then saves', async () => {
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const warning = screen.getByRole('alertdialog', { name: '12 connected users will have to reconnect' });
    expect(warning).toHaveAccessibleDescription(/signs all 12 connected users out of Salesforce/);
    expect(within(warning).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(fake.requestsTo('save-config')).toHaveLength(0);

    await user.click(within(warning).getByRole('button', { name: 'Save and sign them out' }));
    const saved = await screen.findByText('12 connected users were signed out of Salesforce and will be asked to reconnect.');
    expect(saved).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    const [request] = fake.requestsTo('save-config');
    expect(request?.method).toBe('PUT');
    expect(request?.csrfToken).toBe(fake.csrfToken);
    expect(request?.body).toEqual({ consumerKey: '3MVG9NewKey', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });

    // The overview shows the new state of things.
    const overview = screen.getByRole('region', { name: 'Overview' });
    await waitFor(() => expect(within(overview).getByText('Connected employees').nextElementSibling).toHaveTextContent('0'));
    expect(within(overview).getByText('Last change').nextElementSibling).toHaveTextContent(/Nov 23, 2026.* by Ada Admin/);
  });

  it('says "1 connected user" when there is one', async () => {
    fake.setConfig(buildConfig({ connectedUsers: 1 }));
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alertdialog', { name: '1 connected user will have to reconnect' })).toBeInTheDocument();
  });

  it('sends nothing when the admin cancels the warning, and returns focus to Save', async () => {
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    expect(fake.requestsTo('save-config')).toHaveLength(0);
  });

  it('closes the warning with Escape', async () => {
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('withdraws the warning when the admin edits the form again', async () => {
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(screen.getByRole('textbox', { name: 'Consumer key' }), 'X');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('saves without a warning when nobody is connected', async () => {
    fake.setConfig(buildConfig({ connectedUsers: 0 }));
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.requestsTo('save-config')).toHaveLength(1);
  });

  it('clears the check\'s "Save to use them" once the settings are saved', async () => {
    fake.setConfig(buildConfig({ connectedUsers: 0 }));
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    expect(await screen.findByText('Salesforce accepted these settings')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByText('Salesforce accepted these settings')).not.toBeInTheDocument();
    expect(screen.queryByText(/Save to use them/)).not.toBeInTheDocument();
  });

  it('does not save, or warn, when nothing changed', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Nothing to save: these are the settings in use.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.requestsTo('save-config')).toHaveLength(0);
  });

  it('counts a typed secret as a change, sends it, and empties the field after saving', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByLabelText(/Consumer secret/), 'brand-new-secret');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save and sign them out' }));
    await screen.findByText('Saved');
    expect(fake.requestsTo('save-config')[0]?.body).toMatchObject({ consumerSecret: 'brand-new-secret' });
    expect(fake.consumerSecret).toBe('brand-new-secret');
    expect(screen.getByLabelText(/Consumer secret/)).toHaveValue('');
  });

  it('sends a My Domain normalised, as the BFF stores it', async () => {
    fake.setConfig(buildConfig({ connectedUsers: 0 }));
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'My Domain' }));
    await user.type(screen.getByRole('textbox', { name: 'My Domain host' }), 'Acme.lightning.force.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved');
    expect(fake.requestsTo('save-config')[0]?.body).toMatchObject({ loginHost: 'https://acme.my.salesforce.com' });
  });

  it("shows the BFF's message when it refuses the settings", async () => {
    fake.failNext('save-config', { code: 'invalid-request', message: 'The login host does not answer as a Salesforce org.' });
    const { user } = await openSettings();
    await changeConsumerKey(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Save and sign them out' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The settings were not saved');
    expect(alert).toHaveTextContent('The login host does not answer as a Salesforce org.');
  });
});

describe('who may see the page', () => {
  it('tells an employee who is not an admin that the page is for admins, and asks the BFF nothing', async () => {
    fake.signInAs(buildEmployee());
    renderApp(ADMIN_PATH);
    expect(await screen.findByText('Only intranet administrators can change the Salesforce connection')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Salesforce search' })).toHaveAttribute('href', '/');
    expect(fake.requestsTo('config')).toHaveLength(0);
  });

  it('shows the refusal when the BFF answers 403 forbidden', async () => {
    fake.failNext('config', { code: 'forbidden', message: 'Your administrator role was removed.' });
    renderApp(ADMIN_PATH);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only intranet administrators can change the Salesforce connection');
    expect(alert).toHaveTextContent('Your administrator role was removed.');
  });
});
