import { lingui } from '@lingui/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// The widget is written against React's API and runs on Preact's compatibility layer, which
// answers the same API in about a tenth of the bytes (docs/decisions/0032-preact.md).
// preact() aliases react, react-dom and their subpaths to preact/compat.
//
// The BFF serves the built widget in production; in dev, Vite serves it and forwards every
// BFF path so cookies, CSRF and the OAuth redirects stay same-origin.
//
// Lingui's macros (`t`, `<Trans>`, `plural`) are compiled by its Babel plugin inside preact()'s
// Babel pass, before JSX, in the build, the dev server and the tests alike; lingui() compiles an
// imported .po catalogue into a small module, one chunk per locale (docs/decisions/0036-languages.md).
const BFF = process.env.BFF_URL ?? 'http://127.0.0.1:3000';
const bffPaths = ['/api', '/auth', '/marketplace', '/salesforce'];

export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: true, babel: { plugins: ['@lingui/babel-plugin-lingui-macro'] } }), lingui()],
  // @lingui/react reads the i18n store through React 17's shim of useSyncExternalStore; Preact has
  // the hook itself (a CommonJS shim would also escape the React alias in the tests).
  resolve: { alias: { 'use-sync-external-store/shim': 'preact/compat' } },
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
    // Every browser the widget supports preloads modules itself.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://127.0.0.1:3000/' } },
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Testing Library and TanStack Query must render through the same aliased React as the app:
    // transformed by Vite (Testing Library's ES module build; its CommonJS one requires react-dom).
    alias: [{ find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' }],
    server: { deps: { inline: ['@testing-library/react', '@tanstack/react-query', '@lingui/react'] } },
  },
});
