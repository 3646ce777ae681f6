// Every error the BFF can answer a search with: our headline, the BFF's own message, what to do.
import { ERROR_STATUS, type DisconnectReason, type ErrorCode } from '@sfsearch/contracts';
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../testing/fake-bff.ts';
import { bodyAfterTitle } from './components/search-error.tsx';
import { renderApp } from '../../testing/render-app.tsx';
import { fake, server } from '../../testing/server.ts';

// 500 and 502 answers are retried once by the QueryClient (after a second) before they are shown.
const RETRY = { timeout: 4000 };
const retriedOnce = (code: ErrorCode) => [500, 502].includes(ERROR_STATUS[code]);

async function search(text = 'acme') {
  const app = renderApp();
  await app.user.type(await screen.findByRole('combobox', { name: 'Search Salesforce' }), text);
  return app;
}

const cases: { code: ErrorCode; reason?: string; title: string; todo: RegExp; retry: boolean }[] = [
  { code: 'salesforce-api-disabled', reason: 'org', title: "Your company's Salesforce org doesn't allow API access", todo: /edition must include API access/, retry: false },
  { code: 'salesforce-api-disabled', reason: 'user', title: "Your Salesforce user isn't allowed to use the API", todo: /"API Enabled" permission/, retry: false },
  { code: 'salesforce-insufficient-access', title: "Salesforce didn't let you search these records", todo: /Ask your Salesforce administrator for access/, retry: false },
  { code: 'salesforce-rate-limited', reason: 'daily-limit', title: "Your company has used up today's Salesforce API requests", todo: /resets the daily limit/, retry: false },
  // The admin's cap (issue 14): the org's other Salesforce tools keep their share.
  { code: 'salesforce-rate-limited', reason: 'paused-by-cap', title: 'Salesforce search is paused for today', todo: /other Salesforce tools keep working/, retry: false },
  { code: 'salesforce-unavailable', title: "Salesforce isn't answering right now", todo: /try again in a minute/, retry: true },
  { code: 'service-unavailable', title: 'Search is briefly unavailable', todo: /you stay signed in/, retry: true },
  { code: 'rate-limited', title: "You're searching faster than the intranet allows", todo: /Wait a few seconds/, retry: true },
  { code: 'invalid-request', title: "That search can't be run", todo: /Change the search text/, retry: false },
  { code: 'forbidden', title: "You aren't allowed to search Salesforce here", todo: /ask your intranet administrator/, retry: false },
  { code: 'not-found', title: "Search didn't work this time", todo: /tell your intranet administrator/, retry: true },
  { code: 'internal', title: "Search didn't work this time", todo: /tell your intranet administrator/, retry: true },
];

describe('Salesforce and BFF errors', () => {
  const labelled = cases.map((c) => ({ ...c, label: c.reason ? `${c.code} (${c.reason})` : c.code }));
  it.each(labelled)('$label: says what went wrong and what to do', async ({ code, reason, title, todo, retry }) => {
    fake.failNext('search', { code, reason });
    // A quick 5xx (500, 502) is retried once before it is shown; a 503 or 504 is not.
    if (retriedOnce(code)) fake.failNext('search', { code, reason });
    const { user } = await search();

    const alert = await screen.findByRole('alert', {}, RETRY);
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(bodyAfterTitle(title, defaultMessages[code]));
    // The title is said once: a message that starts by repeating it is shown without that part.
    expect(alert.textContent?.split(title)).toHaveLength(2);
    if (!defaultMessages[code].startsWith(title)) expect(alert).not.toHaveTextContent(todo);

    const tryAgain = screen.queryByRole('button', { name: 'Try again' });
    if (!retry) {
      expect(tryAgain).not.toBeInTheDocument();
      return;
    }
    await user.click(tryAgain!);
    expect(await screen.findByRole('listbox', { name: 'Search results' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(labelled)('$label without a message: says what to do itself', async ({ code, reason, title, todo }) => {
    fake.failNext('search', { code, reason, message: '' });
    if (retriedOnce(code)) fake.failNext('search', { code, reason, message: '' });
    await search();
    const alert = await screen.findByRole('alert', {}, RETRY);
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(todo);
  });

  it('does not retry when the daily Salesforce limit is reached: retrying spends more of it', async () => {
    fake.failNext('search', { code: 'salesforce-rate-limited', reason: 'daily-limit' });
    await search();
    await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.requestsTo('search')).toHaveLength(1);
  });

  it('says when the intranet server cannot be reached at all', async () => {
    server.use(http.get('/api/salesforce/search', () => HttpResponse.error()));
    await search();
    const alert = await screen.findByRole('alert', {}, RETRY);
    expect(alert).toHaveTextContent("Can't reach the intranet server");
    expect(alert).toHaveTextContent('Check your network connection');
  });

  it('says when the server answers something that is not the contract', async () => {
    server.use(http.get('/api/salesforce/search', () => HttpResponse.json({ results: 'nope' })));
    await search();
    expect(await screen.findByRole('alert')).toHaveTextContent('The intranet server sent an answer this page does not understand');
  });
});

describe('a search that finds the Salesforce connection gone', () => {
  const reasons: { reason: DisconnectReason; title: string }[] = [
    { reason: 'config-changed', title: 'Your administrator changed the Salesforce connection — sign in again' },
    { reason: 'token-expired', title: 'Salesforce ended your connection: it expired or was revoked — sign in again' },
    { reason: 'revoked', title: 'Access to Salesforce was revoked — sign in again' },
  ];

  it.each(reasons)('reconnect-required ($reason) turns the widget into the Reconnect prompt', async ({ reason, title }) => {
    const app = renderApp();
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    fake.requireReconnect(reason);
    await app.user.type(box, 'acme');
    expect(await screen.findByText(title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reconnect' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Search Salesforce' })).not.toBeInTheDocument();
  });

  it('not-connected shows the Connect button', async () => {
    const app = renderApp();
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    fake.disconnectUser();
    await app.user.type(box, 'acme');
    expect(await screen.findByRole('button', { name: 'Connect to Salesforce' })).toBeInTheDocument();
  });

  it('not-configured says Salesforce is not set up', async () => {
    const app = renderApp();
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    fake.failNext('search', { code: 'not-configured' });
    await app.user.type(box, 'acme');
    expect(await screen.findByText("Salesforce isn't set up yet — ask your intranet administrator")).toBeInTheDocument();
  });

  it('after reconnecting, the search the employee had typed is still there', async () => {
    const app = renderApp('/', { framed: true });
    const box = await screen.findByRole('combobox', { name: 'Search Salesforce' });
    fake.requireReconnect('token-expired');
    await app.user.type(box, 'acme');
    await app.user.click(await screen.findByRole('button', { name: 'Reconnect' }));

    fake.setConnection({ ...fake.connection, status: 'connected', reason: undefined });
    window.dispatchEvent(new MessageEvent('message', {
      origin: window.location.origin,
      data: { source: 'sfsearch', type: 'salesforce-connection', status: 'connected' },
    }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Search Salesforce' })).toHaveValue('acme'));
    expect(await screen.findByRole('listbox', { name: 'Search results' })).toBeInTheDocument();
  });
});

describe("the BFF's message under our title", () => {
  it('drops a first sentence that only repeats the title, and keeps what a longer one adds', () => {
    expect(bodyAfterTitle("Salesforce isn't answering right now", "Salesforce isn't answering right now. Try again in a minute.")).toBe('Try again in a minute.');
    expect(bodyAfterTitle('Salesforce search is paused for today',
      "Salesforce search is paused for today so the company's other Salesforce tools keep working: the org used its share. It comes back later."))
      .toBe("So the company's other Salesforce tools keep working: the org used its share. It comes back later.");
    expect(bodyAfterTitle('Something else', 'A message of its own. Two sentences.')).toBe('A message of its own. Two sentences.');
    expect(bodyAfterTitle('今日の Salesforce 検索は一時停止しています', '今日の Salesforce 検索は一時停止しています。再開します。')).toBe('再開します。');
  });
});
