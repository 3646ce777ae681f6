import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The server at STORE_TEST_DATABASE_URL (or the local default) if it answers, else an embedded one.
    globalSetup: ['test/support/postgres-server.ts'],
    // Lock tests start a second Node process; a lapsed SQLite lease takes a second.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
