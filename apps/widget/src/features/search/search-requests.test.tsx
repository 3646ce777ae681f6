// How many requests reach the BFF: every search spends the company's Salesforce API budget.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';
import { MAX_PAUSE_MS } from '../../hooks/typing-pause.ts';
import { recordOptions } from '../../testing/queries.ts';

const searchBox = () => screen.findByRole('combobox', { name: 'Search Salesforce' });
const results = () => screen.findByRole('listbox', { name: 'Search results' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('waiting for the person to stop typing', () => {
  it('sends one request for a query typed quickly, not one per keystroke', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme corporation');
    await results();
    await pause(MAX_PAUSE_MS * 2);
    expect(fake.searchedFor()).toEqual(['acme corporation']);
  });

  it('sends one request for a word typed slowly, at a person\'s pace, not one per letter', async () => {
    const { user } = renderApp();
    const box = await searchBox();
    // 300 ms between keys: longer than a fixed 200 ms pause, so that would search at every letter.
    for (const key of 'summit') {
      await user.type(box, key);
      await pause(300);
    }
    await results();
    await pause(MAX_PAUSE_MS);
    expect(fake.searchedFor()).toEqual(['summit']);
  });

  it('searches again once the typing pauses', async () => {
    const { user } = renderApp();
    const box = await searchBox();
    await user.type(box, 'acme');
    await waitFor(() => expect(fake.searchedFor()).toEqual(['acme']));
    await user.type(box, ' log');
    await waitFor(() => expect(fake.searchedFor()).toEqual(['acme', 'acme log']));
    expect(recordOptions(await results())).toHaveLength(1);
  });
});

describe('cancel', () => {
  it('cancels the request in flight when a new keystroke changes the query', async () => {
    const hold = fake.holdSearches();
    const { user } = renderApp();
    const box = await searchBox();
    await user.type(box, 'acm');
    await waitFor(() => expect(fake.requestsTo('search')).toHaveLength(1));

    await user.type(box, 'e');
    await waitFor(() => expect(fake.requestsTo('search')).toHaveLength(2));
    const [first, second] = fake.requestsTo('search');
    expect(first?.signal.aborted).toBe(true);
    expect(second?.signal.aborted).toBe(false);

    hold.release();
    expect(recordOptions(await results())).toHaveLength(5);
  });
});

describe('cache', () => {
  it('shows the results of a query already seen at once, without a request', async () => {
    const { user } = renderApp();
    const box = await searchBox();
    await user.type(box, 'acme');
    await results();
    await user.clear(box);
    await user.type(box, 'globex');
    await waitFor(() => expect(screen.getByRole('option', { name: /^Globex Industries/ })).toBeInTheDocument());

    await user.clear(box);
    await user.type(box, 'ACME');
    // No debounce wait for a cached query: the results are there straight away.
    expect(recordOptions()).toHaveLength(5);
    await pause(MAX_PAUSE_MS * 2);
    expect(fake.searchedFor()).toEqual(['acme', 'globex']);
  });

  it('narrows the filter over cached results without a request, and asks only for types it has not got', async () => {
    const { user } = renderApp();
    await user.type(await searchBox(), 'acme');
    await results();

    await user.click(screen.getByRole('checkbox', { name: 'Leads' }));
    expect(screen.queryByRole('group', { name: /^Leads/ })).not.toBeInTheDocument();
    expect(recordOptions()).toHaveLength(4);
    await user.click(screen.getByRole('checkbox', { name: 'Leads' }));
    expect(recordOptions()).toHaveLength(5);
    expect(fake.requestsTo('search')).toHaveLength(1);
  });

  it('asks again when the filter adds a record type the cached results do not cover', async () => {
    const { user } = renderApp('/?types=account');
    await user.type(await searchBox(), 'acme');
    await waitFor(() => expect(recordOptions()).toHaveLength(2));
    await user.click(screen.getByRole('checkbox', { name: 'Leads' }));
    await waitFor(() => expect(recordOptions()).toHaveLength(3));
    expect(fake.requestsTo('search').map((r) => r.url.searchParams.get('types'))).toEqual(['account', 'account,lead']);
  });
});
