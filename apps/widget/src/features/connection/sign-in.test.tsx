// Connect to Salesforce: a full-page redirect, or a popup when the widget is framed.
import { screen, waitFor } from '@testing-library/react';
import { POPUP_CHANNEL } from '@sfsearch/contracts';
import { describe, expect, it } from 'vitest';
import { buildConnected } from '../../testing/data-generators.ts';
import { renderApp } from '../../testing/render-app.tsx';
import { fake } from '../../testing/server.ts';
import { CONNECTION_POLL_MS } from './hooks/use-salesforce-sign-in.ts';

type Popup = { closed: boolean; focus: () => void };

function fakePopup(): Popup & Window {
  return { closed: false, focus: () => {} } as Popup & Window;
}

function postFromPopup(data: unknown, origin = window.location.origin) {
  window.dispatchEvent(new MessageEvent('message', { origin, data }));
}

const connected = { source: 'sfsearch', type: 'salesforce-connection', status: 'connected' };

describe('connect in the same window', () => {
  it('goes to the Salesforce sign-in and asks to come back to the same page and search', async () => {
    fake.disconnectUser();
    const { user, assign, open } = renderApp('/?q=acme&types=account');
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    expect(assign).toHaveBeenCalledExactlyOnceWith(`/marketplace/salesforce/account/sign-in?returnTo=${encodeURIComponent('/?q=acme&types=account')}&lang=en`);
    expect(open).not.toHaveBeenCalled();
  });

  it('puts focus in the search box on the page the sign-in comes back to, and only then', async () => {
    fake.disconnectUser();
    const first = renderApp('/');
    await first.user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    first.unmount();
    // Salesforce sends the person back: the page loads anew, connected.
    fake.setConnection(buildConnected());
    const back = renderApp('/');
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    await waitFor(() => expect(box).toHaveFocus());
    back.unmount();
    // A later visit, with no sign-in on the way, leaves focus where the page puts it.
    renderApp('/');
    const later = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(later).not.toHaveFocus();
  });
});

describe('connect from inside an iframe', () => {
  it('opens the sign-in in a popup, then shows the search when the popup reports success, without a reload', async () => {
    fake.disconnectUser();
    const { user, assign, open } = renderApp('/', { framed: true });
    const popup = fakePopup();
    open.mockReturnValue(popup);
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));

    expect(open).toHaveBeenCalledExactlyOnceWith('/marketplace/salesforce/account/sign-in?popup=1&lang=en', 'salesforce-sign-in', 'popup,width=520,height=720');
    expect(assign).not.toHaveBeenCalled();
    expect(screen.getByText(/A Salesforce window is open/)).toBeInTheDocument();

    fake.setConnection(buildConnected());
    postFromPopup(connected);
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toHaveFocus());
    expect(fake.requestsTo('me')).toHaveLength(1);
  });

  it('ignores messages from another origin', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    open.mockReturnValue(fakePopup());
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    const before = fake.requestsTo('connection').length;
    postFromPopup(connected, 'https://evil.example');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.requestsTo('connection')).toHaveLength(before);
    expect(screen.getByText(/A Salesforce window is open/)).toBeInTheDocument();
  });

  it('ignores messages of another shape', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    open.mockReturnValue(fakePopup());
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    const before = fake.requestsTo('connection').length;
    postFromPopup({ type: 'salesforce-connection', status: 'connected' });
    postFromPopup('connected');
    postFromPopup({ ...connected, status: 'maybe' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.requestsTo('connection')).toHaveLength(before);
  });

  it('shows what went wrong when the popup reports an error', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    open.mockReturnValue(fakePopup());
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    postFromPopup({ ...connected, status: 'error', message: 'You denied access in Salesforce.' });
    expect(await screen.findByRole('alert')).toHaveTextContent("Salesforce sign-in didn't finish: You denied access in Salesforce.");
    expect(screen.getByRole('button', { name: 'Connect to Salesforce' })).toBeInTheDocument();
  });

  it('re-checks the connection when the popup is closed without a word', async () => {
    fake.requireReconnect('token-expired');
    const { user, open } = renderApp('/', { framed: true });
    const popup = fakePopup();
    open.mockReturnValue(popup);
    await user.click(await screen.findByRole('button', { name: 'Reconnect' }));
    const before = fake.requestsTo('connection').length;

    fake.setConnection(buildConnected());
    popup.closed = true;
    await waitFor(() => expect(fake.requestsTo('connection').length).toBeGreaterThan(before));
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('hears the outcome on the BroadcastChannel when the popup lost its opener (it reads as closed while still open)', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    // Severed from this page: `closed` reads true from the start, and no postMessage can arrive.
    open.mockReturnValue({ ...fakePopup(), closed: true } as Popup & Window);
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    // The one re-check after "closed" finds nobody connected yet: the person is still on Salesforce's pages.
    await waitFor(() => expect(screen.queryByText(/A Salesforce window is open/)).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Connect to Salesforce' })).toBeInTheDocument();

    fake.setConnection(buildConnected());
    const channel = new BroadcastChannel(POPUP_CHANNEL);
    channel.postMessage(connected);
    channel.close();
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' })).toBeInTheDocument();
  });

  it('finds the connection by polling when no message arrives at all, for minutes after the popup opened', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    open.mockReturnValue({ ...fakePopup(), closed: true } as Popup & Window);
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Connect to Salesforce' })).toBeInTheDocument());
    const before = fake.requestsTo('connection').length;
    fake.setConnection(buildConnected());
    expect(await screen.findByRole('combobox', { name: 'Search Salesforce' }, { timeout: CONNECTION_POLL_MS * 2 })).toBeInTheDocument();
    expect(fake.requestsTo('connection').length).toBeGreaterThan(before);
  });

  it('ignores BroadcastChannel messages of another shape', async () => {
    fake.disconnectUser();
    const { user, open } = renderApp('/', { framed: true });
    open.mockReturnValue(fakePopup());
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    const channel = new BroadcastChannel(POPUP_CHANNEL);
    channel.postMessage({ type: 'salesforce-connection', status: 'connected' });
    channel.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByText(/A Salesforce window is open/)).toBeInTheDocument();
  });

  it('offers a link when the browser blocks the popup', async () => {
    fake.disconnectUser();
    const { user } = renderApp('/', { framed: true });
    await user.click(await screen.findByRole('button', { name: 'Connect to Salesforce' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Your browser blocked the Salesforce sign-in window.');
    const link = screen.getByRole('link', { name: 'Open the Salesforce sign-in in a new tab' });
    expect(link).toHaveAttribute('href', '/marketplace/salesforce/account/sign-in?popup=1&lang=en');
    expect(link).toHaveAttribute('target', 'salesforce-sign-in');
    // The sign-in page must be able to post back to this one.
    expect(link).toHaveAttribute('rel', 'opener');
  });
});
