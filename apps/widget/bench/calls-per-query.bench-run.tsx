// Calls per settled query: simulated people type queries from a list at 80, 120, 250 and 400 ms
// per key (each gap ±25%, seeded), through the widget's own query logic (useSearch with the
// app's QueryClient), against a BFF that answers in SERVER_MS. Counts the searches that reached
// the BFF for each query (aborted ones too: the BFF may already have asked Salesforce) and the
// time from the last key to results on screen. Time is simulated, so the figures are exact.
import { recordTypes, type SearchResponse } from '@sfsearch/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { normaliseQuery } from '../src/features/search/api/get-search-results.ts';
import { useSearch } from '../src/features/search/hooks/use-search.ts';
import { createQueryClient } from '../src/lib/react-query.ts';

const SERVER_MS = 100;
/** Each gap between keys is the pace ± this share (BENCH_JITTER to try others). */
const JITTER = Number(process.env.BENCH_JITTER ?? 0.25);
const PACES_MS = (process.env.BENCH_PACES ?? '80,120,250,400').split(',').map(Number);
const TARGETS = { callsPerQuery: 1.5, resultsAfterLastKeyMs: 300, atPaceMs: 120 };
const QUERIES = [
  'acme', 'globex', 'summit logistics', 'blue harbor', 'garcia', "o'brien", 'zenith pharma', 'helios energy',
  'follow up', 'renewal', 'rossi', 'northwind traders', 'contoso', 'initech', 'umbrella', 'stark industries',
  'wayne', 'cyberdyne', 'tyrell corp', 'hooli', 'pied piper', 'vandelay', 'dunder mifflin', 'q3 webinar',
];

/** A small seeded generator (mulberry32), so every run types the same way. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let calls = 0;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  calls = 0;
  vi.stubGlobal('fetch', (input: string, init: RequestInit) => {
    const url = new URL(input, window.location.href);
    if (!url.pathname.endsWith('/search')) throw new Error(`unexpected request ${url.pathname}`);
    calls++;
    const q = url.searchParams.get('q') ?? '';
    const body: SearchResponse = { query: q, results: Object.fromEntries(recordTypes.map((t) => [t, []])) as unknown as SearchResponse['results'], more: [], notices: [], crowded: false, searchPageUrl: '' };
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })), SERVER_MS);
      init.signal?.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('aborted', 'AbortError')); });
    });
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const PEOPLE = 4;

/**
 * One person at one widget, typing QUERIES.length / PEOPLE queries in turn: each key by key at
 * `paceMs`, then reading the results for 2 s, clearing the box and starting the next a second
 * later. Returns, per query, the searches sent and the wait from the last key to its results.
 */
async function person(queries: string[], paceMs: number, jitter: number, next: () => number) {
  // A fresh page: the widget keeps the query in the URL.
  window.history.replaceState(null, '', '/');
  const queryClient = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const { result, unmount } = renderHook(() => useSearch(), { wrapper });
  const outcomes: { calls: number; waited: number }[] = [];
  for (const query of queries) {
    const before = calls;
    for (let i = 1; i <= query.length; i++) {
      act(() => result.current.setText(query.slice(0, i)));
      if (i < query.length) await act(() => vi.advanceTimersByTimeAsync(Math.round(paceMs * (1 - jitter + 2 * jitter * next()))));
    }
    const lastKey = Date.now();
    const settled = () => !result.current.searching && result.current.data?.query === normaliseQuery(query);
    while (!settled()) {
      if (Date.now() - lastKey > 5_000) throw new Error(`"${query}" never settled`);
      await act(() => vi.advanceTimersToNextTimerAsync());
    }
    outcomes.push({ calls: calls - before, waited: Date.now() - lastKey });
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    act(() => result.current.clear());
    await act(() => vi.advanceTimersByTimeAsync(1_000));
  }
  unmount();
  queryClient.clear();
  return outcomes;
}

async function simulate(jitter: number) {
  const rows: { pace: number; perQuery: number; worst: number; p50: number; max: number }[] = [];
  for (const pace of PACES_MS) {
    const next = random(pace);
    const outcomes = [];
    const each = QUERIES.length / PEOPLE;
    for (let p = 0; p < PEOPLE; p++) outcomes.push(...await person(QUERIES.slice(p * each, (p + 1) * each), pace, jitter, next));
    const perQuery = outcomes.reduce((n, o) => n + o.calls, 0) / outcomes.length;
    const waits = outcomes.map((o) => o.waited).sort((a, b) => a - b);
    rows.push({ pace, perQuery, worst: Math.max(...outcomes.map((o) => o.calls)), p50: waits[Math.floor(waits.length / 2)]!, max: waits.at(-1)! });
  }
  return rows;
}

const describeRow = (row: Awaited<ReturnType<typeof simulate>>[number], targets: boolean) => {
  const calls = `${row.perQuery.toFixed(2)} calls per query${targets ? ` (target ≤ ${TARGETS.callsPerQuery}: ${row.perQuery <= TARGETS.callsPerQuery ? 'met' : 'MISSED'})` : ''}, at most ${row.worst}`;
  const time = targets && row.pace === TARGETS.atPaceMs ? ` (target ≤ ${TARGETS.resultsAfterLastKeyMs}: ${row.max <= TARGETS.resultsAfterLastKeyMs ? 'met' : 'MISSED'})` : '';
  return `  ${String(row.pace).padStart(3)} ms per key: ${calls}; results ${row.p50} ms after the last key (median), ${row.max} ms at most${time}`;
};

it('calls per settled query and time to results, at four typing paces', async () => {
  console.log(`Calls per settled query: ${PEOPLE} people typing ${QUERIES.length / PEOPLE} queries each at each pace (each gap ±${JITTER * 100}%), the BFF answering in ${SERVER_MS} ms`);
  const rows = await simulate(JITTER);
  for (const row of rows) console.log(describeRow(row, true));
  console.log(`The same typists twice as uneven (each gap ±${JITTER * 200}%), no targets:`);
  for (const row of await simulate(JITTER * 2)) console.log(describeRow(row, false));
  for (const row of rows) expect(row.perQuery, `${row.pace} ms per key`).toBeLessThanOrEqual(TARGETS.callsPerQuery);
  expect(rows.find((r) => r.pace === TARGETS.atPaceMs)!.max).toBeLessThanOrEqual(TARGETS.resultsAfterLastKeyMs);
});
