// The keyboard path through the WAI-ARIA combobox: focus stays in the field throughout.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';

async function searchFor(text: string) {
  const app = renderApp();
  const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
  await app.user.type(box, text);
  const listbox = await screen.findByRole('listbox', { name: 'Search results' });
  return { ...app, box, options: within(listbox).getAllByRole('option') };
}

const selected = () => screen.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true');

describe('keyboard', () => {
  it('moves through the results with the arrow keys, wrapping at either end', async () => {
    const { user, box, options } = await searchFor('acme');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(box).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(selected()).toEqual([options[0]]);

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[2]?.id);

    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options.at(-1)?.id);
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    expect(box).toHaveFocus();
  });

  it('opens the active record in Salesforce in a new tab with Enter', async () => {
    const { user, open } = await searchFor('acme');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    const logistics = fake.records.find((record) => record.title === 'Acme Logistics');
    expect(open).toHaveBeenCalledExactlyOnceWith(logistics?.url, '_blank', 'noopener,noreferrer');
  });

  it('opens the top result on Enter when none is active', async () => {
    const { user, open, options } = await searchFor('acme');
    await user.keyboard('{Enter}');
    const top = fake.records.find((record) => options[0]?.textContent?.startsWith(record.title));
    expect(top).toBeDefined();
    expect(open).toHaveBeenCalledExactlyOnceWith(top?.url, '_blank', 'noopener,noreferrer');
  });

  it('opens nothing on Enter while the results shown are not yet those of the text', async () => {
    const { user, box, open } = await searchFor('acme');
    const hold = fake.holdSearches();
    await user.type(box, ' lo');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    expect(open).not.toHaveBeenCalled();
    hold.release();
    await screen.findByText('1 result');
    await user.keyboard('{Enter}');
    expect(open).toHaveBeenCalledExactlyOnceWith(fake.records.find((r) => r.title === 'Acme Logistics')?.url, '_blank', 'noopener,noreferrer');
  });

  it('clears the search with Escape', async () => {
    const { user, box } = await searchFor('acme');
    await user.keyboard('{ArrowDown}{Escape}');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveFocus();
  });

  it('clears the search with the clear button and puts focus back in the field', async () => {
    const { user, box } = await searchFor('acme');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
  });

  it('starts again from the top when new results arrive', async () => {
    const { user, box } = await searchFor('acme');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.type(box, ' log');
    await screen.findByText('1 result');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /Acme Logistics/ }).id);
  });

  it('describes how to use it to screen readers', async () => {
    const { box } = await searchFor('acme');
    expect(box).toHaveAccessibleDescription(/5 results.*arrow keys.*Enter to open one in Salesforce.*Escape to clear/);
  });
});
