import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { activateLocale } from '../lib/i18n.ts';
import { startConsoleGuard, stopConsoleGuard } from './console-guard.ts';
import { fake, server } from './server.ts';

// onUnhandledFrame is msw 3's name for msw 2's onUnhandledRequest: a request no handler answers
// fails (and logs a console error, which fails the test too).
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

// English is loaded before any test renders, so the app renders at once as it does in a browser
// that has the catalogue cached; a test that switches language leaves the next in English.
beforeEach(async () => {
  window.localStorage.clear();
  await activateLocale('en');
});

beforeEach(() => {
  fake.reset();
  window.history.replaceState(null, '', '/');
  // One test's note of a sign-in under way must not move focus in the next.
  window.sessionStorage.clear();
  startConsoleGuard();
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  stopConsoleGuard();
});

afterAll(() => server.close());
