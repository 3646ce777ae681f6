import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

// English is the source: the messages are written in English in the code, and an English
// catalogue that equals its ids keeps `lingui extract` able to tell a new message from a
// translated one. Japanese is translated by hand (docs/decisions/0036-languages.md).
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ja'],
  // Origins name the file but not the line, so moving code does not change the catalogues.
  format: formatter({ lineNumbers: false }),
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '**/src/testing/**', '**/node_modules/**'],
    },
  ],
});
