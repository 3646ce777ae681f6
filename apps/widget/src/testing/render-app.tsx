// Renders the real provider tree and app, as main.tsx does, at a given path.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../app/app.tsx';
import { browser } from '../lib/browser.ts';
import { createQueryClient } from '../lib/react-query.ts';

export function renderApp(path = '/', { framed = false }: { framed?: boolean } = {}) {
  window.history.replaceState(null, '', path);
  vi.spyOn(browser, 'isFramed').mockReturnValue(framed);
  // jsdom cannot navigate: record where the page would have gone instead.
  const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
  const open = vi.spyOn(window, 'open').mockImplementation(() => null);
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} />);
  return { ...view, user, queryClient, assign, open };
}
