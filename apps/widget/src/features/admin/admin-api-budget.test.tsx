// Control Panel → Salesforce API budget (issue 14, point 3): the org's usage and this product's
// share, a warning from 80%, and the pause, saved without signing anyone out.
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildAdmin, buildConfig } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

const ADMIN_PATH = '/control-panel/marketplace/salesforce';

beforeEach(() => {
  fake.signInAs(buildAdmin());
});

async function openBudget() {
  const app = renderApp(ADMIN_PATH);
  const region = await screen.findByRole('region', { name: 'Salesforce API budget' });
  return { ...app, region };
}

describe('the API budget', () => {
  it("shows the org's usage with its share and this product's own requests", async () => {
    renderApp(ADMIN_PATH);
    const overview = await screen.findByRole('region', { name: 'Overview' });
    expect(within(overview).getByText(/^1,234 of 15,000 \(8%\)/)).toBeInTheDocument();
    expect(within(overview).getByText("This product's requests today").nextElementSibling).toHaveTextContent('321');
  });

  it('warns from 80%, and says when search is paused', async () => {
    fake.setConfig(buildConfig({ apiUsage: { used: 12_600, limit: 15_000, at: '2026-12-02T08:00:00.000Z' }, apiBudget: { ownCallsToday: 900, capPercent: null, warning: true, paused: false } }));
    const { region, unmount } = await openBudget();
    expect(within(region).getByText('The org has used 84% of its daily Salesforce API requests')).toBeInTheDocument();
    unmount();
    fake.setConfig(buildConfig({ apiUsage: { used: 12_600, limit: 15_000, at: '2026-12-02T08:00:00.000Z' }, apiBudget: { ownCallsToday: 900, capPercent: 80, warning: true, paused: true } }));
    const again = await openBudget();
    expect(within(again.region).getByText('Search is paused: the org is over the share set aside for it')).toBeInTheDocument();
    expect(within(again.region).getByText(/has used 84% of its daily Salesforce API requests, more than the 80% search may use/)).toBeInTheDocument();
  });

  it('saves a pause, with the CSRF token, and says nobody has to reconnect; and lifts it', async () => {
    const { user, region } = await openBudget();
    await user.click(within(region).getByRole('checkbox', { name: /Pause search when the org has used more than/ }));
    const cap = within(region).getByRole('spinbutton', { name: 'Pause from (percent of the daily requests)' });
    await user.clear(cap);
    await user.type(cap, '70');
    await user.click(within(region).getByRole('button', { name: 'Save the API budget' }));
    expect(await within(region).findByText('Saved. Nobody has to reconnect.')).toBeInTheDocument();
    expect(fake.requestsTo('save-settings').map((r) => [r.body, r.csrfToken])).toEqual([[{ apiCapPercent: 70 }, fake.csrfToken]]);
    await user.click(within(region).getByRole('checkbox', { name: /Pause search/ }));
    await user.click(within(region).getByRole('button', { name: 'Save the API budget' }));
    await within(region).findByText('Saved. Nobody has to reconnect.');
    expect(fake.requestsTo('save-settings').at(-1)?.body).toEqual({ apiCapPercent: null });
  });
});
