// Control Panel → Marketplace → Salesforce: what the admin sees, and validation as they type.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAdmin, buildUnconfiguredConfig } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const ADMIN_PATH = '/control-panel/marketplace/salesforce';

beforeEach(() => {
  fake.signInAs(buildAdmin());
});

const setupSteps = () => screen.getByText('How to set up the app in Salesforce').closest('details');

async function openSettings() {
  const app = renderApp(ADMIN_PATH);
  await screen.findByRole('heading', { name: 'Connection settings' });
  return app;
}

describe('what the admin page shows', () => {
  it('shows the callback URL and copies it', async () => {
    const { user } = await openSettings();
    const field = screen.getByRole('textbox', { name: 'Callback URL' });
    expect(field).toHaveValue(fake.config.callbackUrl);
    expect(field).toHaveAttribute('readonly');
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(fake.config.callbackUrl);
    expect(screen.getByText('Copied to the clipboard.')).toBeInTheDocument();
  });

  it('gives short setup steps for the Salesforce app, open until Salesforce is set up', async () => {
    fake.setConfig(buildUnconfiguredConfig());
    await openSettings();
    const steps = setupSteps();
    expect(steps).toHaveAttribute('open');
    for (const text of ['External Client App', 'Connected App', 'callback URL', '(api)', '(refresh_token, offline_access)', '(id)', 'Require secret for Web Server Flow', 'Require secret for Refresh Token Flow']) {
      expect(steps).toHaveTextContent(text);
    }
  });

  it('keeps the setup steps folded away once Salesforce is set up', async () => {
    await openSettings();
    expect(setupSteps()).not.toHaveAttribute('open');
  });

  it('shows the last change, who made it, and how many employees are connected', async () => {
    await openSettings();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(within(overview).getByText('Last change').nextElementSibling).toHaveTextContent(/^Nov 2, 2026.* by Ada Admin$/);
    expect(within(overview).getByText('Connected employees').nextElementSibling).toHaveTextContent('12');
    expect(within(overview).getByText('Salesforce API requests today').nextElementSibling).toHaveTextContent(/^1,234 of 15,000/);
  });

  it('says when the connection was never set up', async () => {
    fake.setConfig(buildUnconfiguredConfig());
    await openSettings();
    const overview = screen.getByRole('region', { name: 'Overview' });
    expect(overview).toHaveTextContent('Not set up yet');
    expect(overview).toHaveTextContent('Never changed');
  });

  it('fills the form with the stored settings, but never the secret: it only says whether one is set', async () => {
    await openSettings();
    expect(screen.getByRole('textbox', { name: 'Consumer key' })).toHaveValue(fake.config.consumerKey);
    const secret = screen.getByLabelText(/Consumer secret/);
    expect(secret).toHaveValue('');
    expect(secret).toHaveAttribute('type', 'password');
    expect(secret).toHaveAccessibleName('Consumer secret set');
    expect(secret).toHaveAccessibleDescription(/Leave this empty to keep it/);
    expect(screen.getByRole('radio', { name: /Production/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^api/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^web/ })).not.toBeChecked();
  });

  it('shows a stored My Domain in its field', async () => {
    fake.config.loginHost = 'https://acme.my.salesforce.com';
    await openSettings();
    expect(screen.getByRole('radio', { name: 'My Domain' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'My Domain host' })).toHaveValue('acme.my.salesforce.com');
  });
});

describe('validation as you type', () => {
  it('checks a My Domain as it is typed, and says where employees will sign in', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'My Domain' }));
    const field = screen.getByRole('textbox', { name: 'My Domain host' });
    expect(screen.queryAllByRole('textbox', { name: 'My Domain' })).toHaveLength(0);

    await user.type(field, 'acme');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/"acme" is not a Salesforce login host\. Enter login\.salesforce\.com/);

    await user.type(field, '.my.salesforce.com');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).toHaveAccessibleDescription(/Employees will sign in at https:\/\/acme\.my\.salesforce\.com/);

    await user.clear(field);
    await user.type(field, 'http://acme.my.salesforce.com');
    expect(field).toHaveAccessibleDescription(/Salesforce is only reached over https/);

    await user.clear(field);
    await user.type(field, 'acme--uat.sandbox.lightning.force.com');
    expect(field).toHaveAccessibleDescription(/https:\/\/acme--uat\.sandbox\.my\.salesforce\.com/);
  });

  it('checks the consumer key once the admin leaves the field', async () => {
    const { user } = await openSettings();
    const key = screen.getByRole('textbox', { name: 'Consumer key' });
    await user.clear(key);
    await user.tab();
    expect(key).toHaveAccessibleDescription(/The consumer key is required\./);
    await user.type(key, 'abc def');
    expect(key).toHaveAccessibleDescription(/only letters, digits, dots and underscores/);
  });

  it('insists on the scopes search needs', async () => {
    const { user } = await openSettings();
    await user.click(screen.getByRole('checkbox', { name: /^api/ }));
    expect(screen.getByRole('group', { name: 'OAuth scopes' })).toHaveAccessibleDescription('Search needs the scopes api.');
    await user.click(screen.getByRole('checkbox', { name: /^offline_access/ }));
    await user.click(screen.getByRole('checkbox', { name: /^refresh_token/ }));
    await user.click(screen.getByRole('checkbox', { name: /^api/ }));
    expect(screen.getByRole('group', { name: 'OAuth scopes' })).not.toHaveAccessibleDescription();
  });

  it('asks for the consumer secret the first time, and takes the admin to the first field to fix', async () => {
    fake.setConfig(buildUnconfiguredConfig());
    const { user } = await openSettings();
    await user.type(screen.getByRole('textbox', { name: 'Consumer key' }), '3MVG9key');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const secret = screen.getByLabelText(/Consumer secret/);
    expect(secret).toHaveAccessibleDescription(/The consumer secret is required/);
    expect(secret).toHaveFocus();
    expect(fake.requestsTo('save-config')).toHaveLength(0);
  });
});

describe('check connection', () => {
  it('sends the settings in the form, without saving, and shows that Salesforce accepted them', async () => {
    const { user } = await openSettings();
    await user.type(screen.getByLabelText(/Consumer secret/), 'new-secret');
    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    expect(await screen.findByText('Salesforce accepted these settings')).toBeInTheDocument();
    const [request] = fake.requestsTo('check-config');
    expect(request?.csrfToken).toBe(fake.csrfToken);
    expect(request?.body).toEqual({ consumerKey: fake.config.consumerKey, consumerSecret: 'new-secret', loginHost: 'https://login.salesforce.com', scopes: ['api', 'refresh_token', 'id'] });
    expect(fake.requestsTo('save-config')).toHaveLength(0);
  });

  it("shows Salesforce's problem and the hint when the check fails", async () => {
    fake.checkResult = { ok: false, problem: 'Salesforce does not know this consumer key.', hint: 'Copy the key again from the app in Salesforce; a new app takes up to 10 minutes to work.' };
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Salesforce does not know this consumer key.');
    expect(alert).toHaveTextContent('a new app takes up to 10 minutes');
    expect(fake.requestsTo('check-config')[0]?.body).not.toHaveProperty('consumerSecret');
  });

  it('lists every setup problem the check found, each with its fix, and what it could not prove', async () => {
    fake.checkResult = {
      ok: false, problem: 'The app does not list this intranet’s callback URL.', hint: 'Add the callback URL shown above.',
      problems: [
        { code: 'callback-not-registered', problem: 'The app does not list this intranet’s callback URL.', hint: 'Add the callback URL shown above.' },
        { code: 'not-admin-approved', problem: '2 employees met: “user is not admin approved to access this app”.', hint: 'Pre-authorize their profiles.' },
      ],
      notes: ['The secret is only proven at the first sign-in.'],
    };
    const { user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The app does not list this intranet’s callback URL.');
    expect(alert).toHaveTextContent('Add the callback URL shown above.');
    expect(alert).toHaveTextContent('2 employees met: “user is not admin approved to access this app”. Pre-authorize their profiles.');
    expect(alert).toHaveTextContent('The secret is only proven at the first sign-in.');
  });

  it('does not send settings that are not valid', async () => {
    const { user } = await openSettings();
    await user.clear(screen.getByRole('textbox', { name: 'Consumer key' }));
    await user.click(screen.getByRole('button', { name: 'Check connection' }));
    expect(screen.getByRole('textbox', { name: 'Consumer key' })).toHaveFocus();
    expect(fake.requestsTo('check-config')).toHaveLength(0);
  });
});
