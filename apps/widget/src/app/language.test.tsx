// The interface's language: the browser's, or the one the person chose, remembered.
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatFieldValue, formatNumber } from '../lib/format.ts';
import { fake } from '../testing/server.ts';
import { renderApp } from '../testing/render-app.tsx';

describe('language', () => {
  it('switches to Japanese at once, says so to the page, and remembers the choice for the next visit', async () => {
    const { user, unmount } = renderApp();
    await screen.findByRole('combobox', { name: 'Search Salesforce' });
    expect(document.documentElement).toHaveAttribute('lang', 'en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '日本語');
    expect(await screen.findByRole('combobox', { name: 'Salesforce を検索' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Salesforce の取引先、リード、ToDo、キャンペーンを検索します。');
    expect(screen.getByRole('checkbox', { name: 'ToDo' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '切断' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    expect(document.title).toBe('Salesforce 検索');
    expect(formatFieldValue('2026-11-30')).toBe('2026/11/30');

    unmount();
    renderApp();
    expect(await screen.findByRole('combobox', { name: '言語' })).toHaveValue('ja');
    expect(screen.getByRole('link', { name: 'Salesforce 検索' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '言語' }), 'English');
    expect(await screen.findByRole('button', { name: 'Disconnect' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(formatNumber(1234.5)).toBe('1,234.5');
  });

  it("asks the BFF for its answers in the person's language, and again for what it already said when they switch", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US', 'ja']);
    const { user } = renderApp();
    await screen.findByRole('combobox', { name: 'Search Salesforce' });
    expect(fake.requestsTo('connection').map((request) => request.language)).toEqual(['en']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '日本語');
    await screen.findByRole('combobox', { name: 'Salesforce を検索' });
    await vi.waitFor(() => expect(fake.requestsTo('connection').map((request) => request.language)).toEqual(['en', 'ja']));
    expect(fake.requestsTo('me').at(-1)?.language).toBe('ja');
  });

  it("follows the browser's languages when the person has not chosen: the first one we have", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'ja-JP', 'en-US']);
    renderApp();
    expect(await screen.findByRole('combobox', { name: 'Salesforce を検索' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
  });

  it("labels the results' fields in Japanese by their keys (the BFF writes them in English)", async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP']);
    const { user } = renderApp();
    await user.type(await screen.findByRole('combobox', { name: 'Salesforce を検索' }), 'acme logistics');
    const option = await screen.findByRole('option', { name: /^Acme Logistics/ });
    expect(option).toHaveTextContent('種別: Customer - Channel');
    expect(option).toHaveTextContent('市区郡: Chicago');
    expect(option).not.toHaveTextContent('Type:');
  });

  it('stays English for a browser in a language it does not have', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'de']);
    renderApp();
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });
});
