// axe finds no serious or critical violation in any state of the widget or the admin page.
import { screen } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../testing/axe.ts';
import { buildAdmin, buildUnconfiguredConfig } from '../testing/data-generators.ts';
import { renderApp } from '../testing/render-app.tsx';
import { fake, server } from '../testing/server.ts';

type App = ReturnType<typeof renderApp>;
const box = () => screen.findByRole('combobox', { name: 'Search Salesforce' });
const ADMIN = '/control-panel/marketplace/salesforce';

async function typeAndWait(app: App, text: string, waitFor: () => Promise<unknown>) {
  await app.user.type(await box(), text);
  await waitFor();
}

const states: { name: string; path?: string; framed?: boolean; arrange?: () => void; act: (app: App) => Promise<unknown> }[] = [
  { name: 'loading', arrange: () => server.use(http.get('/api/me', () => delay('infinite'))), act: () => screen.findByText('Loading…') },
  { name: 'signed out of the intranet', arrange: () => fake.signOut(), act: () => screen.findByRole('link', { name: 'Sign in to the intranet' }) },
  { name: 'checking the connection', arrange: () => server.use(http.get('/api/salesforce/connection', () => delay('infinite'))), act: () => screen.findByText('Checking your Salesforce connection…') },
  { name: 'not configured (admin)', arrange: () => fake.signInAs(buildAdmin()).setConfig(buildUnconfiguredConfig()), act: () => screen.findByRole('link', { name: 'set up the Salesforce connection' }) },
  { name: 'not connected', arrange: () => fake.disconnectUser(), act: () => screen.findByRole('button', { name: 'Connect to Salesforce' }) },
  {
    name: 'popup blocked', framed: true, arrange: () => fake.disconnectUser(),
    act: async (app) => app.user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' })),
  },
  {
    name: 'popup open', framed: true, arrange: () => fake.disconnectUser(),
    act: async (app) => {
      app.open.mockReturnValue({ closed: false, focus: () => {} } as unknown as Window);
      await app.user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    },
  },
  { name: 'reconnect required', arrange: () => fake.requireReconnect('config-changed'), act: () => screen.findByRole('button', { name: 'Reconnect' }) },
  { name: 'connected, empty field', act: () => box() },
  { name: 'one character typed', act: (app) => typeAndWait(app, 'a', () => screen.findByText('Type at least 2 characters.')) },
  {
    name: 'searching', arrange: () => void fake.holdSearches(),
    act: (app) => typeAndWait(app, 'acme', () => screen.findByText('Searching Salesforce…')),
  },
  {
    name: 'results, with an active option',
    act: async (app) => {
      await typeAndWait(app, 'acme', () => screen.findByRole('listbox'));
      await app.user.keyboard('{ArrowDown}{ArrowDown}');
    },
  },
  { name: 'no results', act: (app) => typeAndWait(app, 'zzz', () => screen.findByText(/No Accounts, Leads/)) },
  {
    name: 'search error with Try again', arrange: () => void fake.failNext('search', { code: 'rate-limited' }),
    act: (app) => typeAndWait(app, 'acme', () => screen.findByRole('alert')),
  },
  {
    name: 'Salesforce API disabled', arrange: () => void fake.failNext('search', { code: 'salesforce-api-disabled', reason: 'user' }),
    act: (app) => typeAndWait(app, 'acme', () => screen.findByRole('alert')),
  },
  { name: 'admin page', path: ADMIN, arrange: () => fake.signInAs(buildAdmin()), act: () => screen.findByRole('heading', { name: 'Connection settings' }) },
  {
    name: 'admin page, first set-up with errors shown', path: ADMIN, arrange: () => fake.signInAs(buildAdmin()).setConfig(buildUnconfiguredConfig()),
    act: async (app) => {
      await app.user.click(await screen.findByRole('radio', { name: 'My Domain' }));
      await app.user.type(screen.getByRole('textbox', { name: 'My Domain host' }), 'acme');
      await app.user.click(screen.getByRole('checkbox', { name: /^api/ }));
      await app.user.click(screen.getByRole('button', { name: 'Save' }));
    },
  },
  {
    name: 'admin page, check failed', path: ADMIN,
    arrange: () => {
      fake.signInAs(buildAdmin()).checkResult = { ok: false, problem: 'Salesforce does not know this consumer key.', hint: 'Copy it again.' };
    },
    act: async (app) => {
      await app.user.click(await screen.findByRole('button', { name: 'Check connection' }));
      await screen.findByRole('alert');
    },
  },
  {
    name: 'admin page, save warning', path: ADMIN, arrange: () => fake.signInAs(buildAdmin()),
    act: async (app) => {
      await app.user.type(await screen.findByRole('textbox', { name: 'Consumer key' }), 'X');
      await app.user.click(screen.getByRole('button', { name: 'Save' }));
      await screen.findByRole('alertdialog');
    },
  },
  {
    name: 'admin page, saved', path: ADMIN, arrange: () => fake.signInAs(buildAdmin()),
    act: async (app) => {
      await app.user.type(await screen.findByRole('textbox', { name: 'Consumer key' }), 'X');
      await app.user.click(screen.getByRole('button', { name: 'Save' }));
      await app.user.click(screen.getByRole('button', { name: 'Save and sign them out' }));
      await screen.findByText('Saved');
    },
  },
  { name: 'admin page for a non-admin', path: ADMIN, act: () => screen.findByRole('link', { name: 'Go to Salesforce search' }) },
];

describe('accessibility (axe, serious and critical)', () => {
  it.each(states)('$name', async ({ path = '/', framed = false, arrange, act }) => {
    arrange?.();
    const app = renderApp(path, { framed });
    await act(app);
    await expectNoSeriousA11yViolations();
  });
});
