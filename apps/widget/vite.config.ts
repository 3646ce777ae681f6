import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The BFF serves the built widget in production; in dev, Vite serves it and forwards every
// BFF path so cookies, CSRF and the OAuth redirects stay same-origin.
const BFF = process.env.BFF_URL ?? 'http://127.0.0.1:3000';
const bffPaths = ['/api', '/auth', '/marketplace', '/salesforce'];

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: Object.fromEntries(bffPaths.map((path) => [path, { target: BFF, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    manifest: true,
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://127.0.0.1:3000/' } },
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
