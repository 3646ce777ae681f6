import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'], setupFiles: ['test/no-proxy.ts'], testTimeout: 20_000,
    // PostgreSQL for the multi-instance tests: the local server if it answers, else an embedded one.
    globalSetup: ['test/support/postgres-server.ts'],
  },
});
