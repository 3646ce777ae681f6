import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startConsoleGuard, stopConsoleGuard } from './console-guard.ts';
import { fake, server } from './server.ts';

// onUnhandledFrame is msw 3's name for msw 2's onUnhandledRequest: a request no handler answers
// fails (and logs a console error, which fails the test too).
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

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
