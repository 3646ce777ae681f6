import type { RecentRecord, SearchResult } from '@sfsearch/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../app/provider.tsx';
import { setCsrfToken, type ApiError } from '../../lib/api-client.ts';
import { createQueryClient } from '../../lib/react-query.ts';
import { expectNoSeriousA11yViolations } from '../../testing/axe.ts';
import { fake } from '../../testing/server.ts';
import { RecentPanel, type RecentPanelProps } from './components/recent-panel.tsx';

// The search box shows the panel while it is empty (it is wired there); here it stands alone.
function renderPanel(props: Partial<RecentPanelProps> = {}) {
  setCsrfToken(fake.csrfToken);
  const onPick = vi.fn<RecentPanelProps['onPick']>();
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const panel = <RecentPanel onPick={onPick} {...props} />;
  const view = render(<AppProvider queryClient={queryClient}>{panel}</AppProvider>);
  return { ...view, user, onPick, queryClient, remount: () => view.rerender(<AppProvider queryClient={queryClient}>{null}</AppProvider>) };
}

const recentOf = (result: SearchResult): RecentRecord => ({ id: result.id, type: result.type, title: result.title, url: result.url });
const byTitle = (title: string) => recentOf(fake.records.find((r) => r.title === title)!);

function seedRecent() {
  fake.recentRecords = [byTitle('Initech'), byTitle('Acme Partner Summit 2026')];
  fake.recentSearches = [
    { q: 'acme', types: ['account', 'lead', 'task', 'campaign'], at: '2026-11-23T10:15:00.000Z' },
    { q: 'wile coyote', types: ['account', 'lead'], at: '2026-11-23T10:10:00.000Z' },
  ];
}

describe('the empty search box', () => {
  it('lists recently viewed records as links that open in Salesforce in a new tab, with their type', async () => {
    seedRecent();
    renderPanel();
    const viewed = await screen.findByRole('list', { name: 'Recently viewed' });
    const links = within(viewed).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Initech, Account', 'Acme Partner Summit 2026, Campaign']);
    expect(links[0]).toHaveAccessibleName('Initech, Account');
    expect(links[0]).toHaveAccessibleDescription('Opens in Salesforce in a new tab');
    expect(links[0]).toHaveAttribute('href', byTitle('Initech').url);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('heading', { level: 2, name: 'Recently viewed' })).toBeInTheDocument();
    await expectNoSeriousA11yViolations();
  });

  it('offers recent searches as buttons that search again, with the types they searched', async () => {
    seedRecent();
    const { user, onPick } = renderPanel({ headingLevel: 3 });
    const searches = await screen.findByRole('list', { name: 'Recent searches' });
    const buttons = within(searches).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['acme', 'wile coyote, in Accounts and Leads']);
    expect(screen.getByRole('heading', { level: 3, name: 'Recent searches' })).toBeInTheDocument();
    await user.click(buttons[1]!);
    expect(onPick).toHaveBeenCalledWith('wile coyote', ['account', 'lead']);
    buttons[0]!.focus();
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenLastCalledWith('acme', ['account', 'lead', 'task', 'campaign']);
  });

  it('clears recent searches with the CSRF token, says so, and keeps a keyboard user\'s place', async () => {
    seedRecent();
    const { user } = renderPanel();
    const clear = await screen.findByRole('button', { name: 'Clear recent searches' });
    clear.focus();
    await user.keyboard('{Enter}');
    const status = await screen.findByText('Recent searches cleared.');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveFocus();
    expect(screen.queryByRole('list', { name: 'Recent searches' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear recent searches' })).not.toBeInTheDocument();
    // The records stay.
    expect(screen.getByRole('list', { name: 'Recently viewed' })).toBeInTheDocument();
    const [request] = fake.requestsTo('clear-recent-searches');
    expect(request).toMatchObject({ method: 'DELETE', csrfToken: fake.csrfToken });
    expect(fake.recentSearches).toEqual([]);
    await expectNoSeriousA11yViolations();
  });

  it('says when the searches could not be cleared, and keeps them', async () => {
    seedRecent();
    fake.failNext('clear-recent-searches', { code: 'service-unavailable' });
    const { user } = renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Clear recent searches' }));
    expect(await screen.findByText('Your recent searches were not cleared. The search service cannot reach its database right now.'))
      .toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('list', { name: 'Recent searches' })).toBeInTheDocument();
  });

  it('still offers recent searches when Salesforce could not give the records, and says why', async () => {
    seedRecent();
    fake.recentNotice = { code: 'salesforce-unavailable', message: "Salesforce isn't answering right now. Try again in a minute." };
    renderPanel();
    expect(await screen.findByText("Salesforce isn't answering right now. Try again in a minute.")).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Recently viewed' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Recent searches' })).toBeInTheDocument();
    await expectNoSeriousA11yViolations();
  });

  it('tells a new person what will show up, and offers nothing to clear', async () => {
    renderPanel();
    expect(await screen.findByText('Records you open in Salesforce show up here.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Recent searches' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    await expectNoSeriousA11yViolations();
  });

  it('hands a gone connection to the connection panel, and shows nothing itself', async () => {
    fake.disconnectUser();
    const onConnectionError = vi.fn<(error: ApiError) => void>();
    const { container } = renderPanel({ onConnectionError });
    await waitFor(() => expect(onConnectionError).toHaveBeenCalledWith(expect.objectContaining({ code: 'not-connected' })));
    expect(container).not.toHaveTextContent(/Recently viewed|Recent searches/);
  });

  it('reads again each time it appears, showing what it had meanwhile', async () => {
    seedRecent();
    const { queryClient, remount } = renderPanel();
    await screen.findByRole('list', { name: 'Recent searches' });
    remount();
    fake.recentSearches = [{ q: 'globex', types: ['account'], at: '2026-11-23T10:20:00.000Z' }, ...fake.recentSearches];
    render(<AppProvider queryClient={queryClient}><RecentPanel onPick={() => {}} /></AppProvider>);
    // What it had shows at once, then the new answer.
    expect(screen.getByRole('button', { name: 'acme' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'globex, in Accounts' })).toBeInTheDocument();
    expect(fake.requestsTo('recent')).toHaveLength(2);
  });
});
