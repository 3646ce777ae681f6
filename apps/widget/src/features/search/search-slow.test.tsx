// A slow or hung Salesforce as the person sees it: "still searching" after a couple of seconds,
// the error as soon as the BFF gives up (no second wait), and never results of another query.
import { screen, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../testing/handlers.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake, server } from '../../testing/server.ts';
import { STILL_SEARCHING_MS } from './hooks/use-search.ts';
import { recordOptions, resultOptions } from '../../testing/queries.ts';

const searchBox = () => screen.findByRole('combobox', { name: 'Search Salesforce' });
const status = () => screen.getByRole('status', { name: '' });

describe('Salesforce slow to answer', () => {
  it('says it is still searching after a couple of seconds, then shows the results', async () => {
    const hold = fake.holdSearches();
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    await waitFor(() => expect(fake.requestsTo('search')).toHaveLength(1));
    expect(screen.getByText('Searching Salesforce…')).toBeInTheDocument();
    expect(await screen.findByText(/Still searching — Salesforce is slow to answer/, {}, { timeout: STILL_SEARCHING_MS + 1000 })).toBeInTheDocument();
    hold.release();
    expect(recordOptions(await screen.findByRole('listbox', { name: 'Search results' }))).toHaveLength(5);
    expect(screen.queryByText(/Still searching/)).not.toBeInTheDocument();
  });

  it('shows the BFF\'s timeout at once, without asking a second time', async () => {
    server.use(http.get('/api/salesforce/search', async ({ request }) => {
      fake.requests.push({ endpoint: 'search', method: 'GET', url: new URL(request.url), csrfToken: null, language: request.headers.get('accept-language'), body: undefined, signal: request.signal });
      await delay(STILL_SEARCHING_MS + 300);
      return errorResponse('salesforce-unavailable', "Salesforce didn't answer in time. Try again in a minute.", 'timeout', 504);
    }));
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    const started = performance.now();
    expect(await screen.findByText(/Still searching/, {}, { timeout: STILL_SEARCHING_MS + 1000 })).toBeInTheDocument();
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert).toHaveTextContent("Salesforce didn't answer in time");
    expect(performance.now() - started).toBeLessThan(STILL_SEARCHING_MS + 1500);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.requestsTo('search')).toHaveLength(1);
    expect(resultOptions()).toHaveLength(0);
  });
});

describe('while the next query loads', () => {
  it('keeps only the results that still match what is typed, and shows none of another query\'s', async () => {
    const { user } = renderApp();
    const box = await searchBox();
    await user.type(box, 'acme');
    expect(recordOptions(await screen.findByRole('listbox', { name: 'Search results' }))).toHaveLength(5);

    const hold = fake.holdSearches();
    await user.type(box, ' log');
    await waitFor(() => expect(fake.searchedFor()).toContain('acme log'));
    // Only what matches "acme log" stays up while Salesforce is asked.
    const kept = recordOptions();
    expect(kept.length).toBeGreaterThan(0);
    for (const option of kept) expect(option.textContent?.toLowerCase()).toMatch(/\blog/);

    await user.clear(box);
    await user.type(box, 'zzz');
    await waitFor(() => expect(fake.searchedFor()).toContain('zzz'));
    expect(recordOptions()).toHaveLength(0);
    expect(status()).toHaveTextContent('Searching Salesforce…');
    hold.release();
    expect(await screen.findByText(/No Accounts, Leads, Tasks or Campaigns match/)).toBeInTheDocument();
  });
});
