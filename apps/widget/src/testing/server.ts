import { setupServer } from 'msw/node';
import { FakeBff } from './fake-bff.ts';
import { createHandlers } from './handlers.ts';

/** The BFF every test talks to; reset before each test. */
export const fake = new FakeBff();
export const server = setupServer(...createHandlers(fake));
