import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Lock tests start a second Node process; a lapsed SQLite lease takes a second.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
