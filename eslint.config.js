// Lint enforces DESIGN.md's import directions (who may import whom) and forbids import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import lingui from 'eslint-plugin-lingui';

const scope = '@sfsearch';
const everyWorkspace = [
  'contracts',
  'salesforce',
  'store',
  'salesforce-emulator',
  'intranet-idp',
  'bff',
  'widget',
  'test-browser',
  'test-postgres',
  'local-proxy',
];

/** Forbid every workspace of ours but `allowed`, plus relative paths that leave the workspace. */
function onlyMayImport(allowed) {
  const forbidden = everyWorkspace.filter((name) => !allowed.includes(name));
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.map((name) => `${scope}/${name}`),
            message: `DESIGN.md: this workspace may import only ${allowed.length ? allowed.map((a) => `${scope}/${a}`).join(', ') : 'no workspace of ours'}.`,
          },
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/test-results/**', '**/playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Another workspace is imported by its package name, never by a relative path into it.
      'import-x/no-relative-packages': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['packages/contracts/**'], rules: onlyMayImport([]) },
  { files: ['packages/salesforce/**', 'packages/store/**'], rules: onlyMayImport(['contracts']) },
  { files: ['packages/salesforce-emulator/**', 'packages/intranet-idp/**', 'packages/test-browser/**', 'packages/test-postgres/**', 'packages/local-proxy/**'], rules: onlyMayImport([]) },
  { files: ['packages/store/test/**', 'packages/store/bench/**'], rules: onlyMayImport(['contracts', 'test-postgres']) },
  // Every workspace's tests and benchmarks may drive the others' pages with the one test browser.
  { files: ['packages/salesforce-emulator/{test,bench}/**', 'packages/intranet-idp/test/**'], rules: onlyMayImport(['test-browser']) },
  { files: ['apps/widget/**'], rules: onlyMayImport(['contracts']) },
  { files: ['apps/bff/src/**'], rules: onlyMayImport(['contracts', 'salesforce', 'store']) },
  // Tests of the BFF and of packages/salesforce may start the emulator and the IdP; their sources never do.
  { files: ['packages/salesforce/test/**', 'packages/salesforce/bench/**'], rules: onlyMayImport(['contracts', 'salesforce-emulator', 'test-browser']) },
  { files: ['apps/bff/test/**', 'apps/bff/bench/**'], rules: onlyMayImport(['contracts', 'salesforce', 'store', 'salesforce-emulator', 'intranet-idp', 'test-browser', 'test-postgres', 'local-proxy']) },
  // Every text the widget shows is a Lingui message (docs/decisions/0036-languages.md): a string
  // that reads as words fails unless it is wrapped in t``, msg`` or <Trans>. Words in attributes
  // and calls that never reach a person (class names, roles, keys, URLs, event names) are ignored.
  {
    files: ['apps/widget/src/**/*.{ts,tsx}'],
    ignores: ['apps/widget/src/**/*.test.{ts,tsx}', 'apps/widget/src/testing/**'],
    plugins: { lingui },
    rules: {
      ...lingui.configs.recommended.rules,
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: [
            // One "word" not starting with a capital: a key, a class, an event, a path, a code.
            '^(?![A-Z])\\S+$',
            // UPPER_CASE and kebab codes.
            '^[A-Z0-9_-]+$',
            // Key names (Escape, ArrowDown, Enter…) and single capitalised identifiers.
            '^[A-Z][a-zA-Z]+$',
          ],
          ignoreNames: [
            { regex: { pattern: 'className', flags: 'i' } },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
            'type', 'role', 'id', 'href', 'rel', 'target', 'key', 'tone', 'mode', 'kind', 'state', 'code',
            'autoComplete', 'autoCapitalize', 'enterKeyHint', 'inputMode', 'lang', 'method', 'headingLevel',
            'aria-current', 'aria-live', 'aria-autocomplete', 'aria-haspopup', 'by', 'status',
          ],
          ignoreFunctions: [
            'console.*', 'Error', '*.addEventListener', '*.removeEventListener', '*.postMessage',
            '*.getElementById', '*.querySelector', '*.includes', '*.startsWith', '*.endsWith', '*.split',
            '*.replace', '*.join', '*.getItem', '*.setItem', '*.removeItem', '*.matchMedia', 'matchMedia',
            'URL', 'URLSearchParams', '*.searchParams.get', '*.searchParams.set', '*.open', 'useMediaQuery',
            'RegExp', 'Set', 'Map', 'isApiError', 'Date',
          ],
          useTsTypes: false,
        },
      ],
    },
  },
  // The BFF's texts for people are messages of apps/bff/src/messages (docs/decisions/0037): a
  // string that reads as words fails unless it is a log line or markup. What operators read at the
  // command line (config.ts's start-up errors, reencrypt.ts) is English, and the catalogues are
  // the messages themselves.
  {
    files: ['apps/bff/src/**/*.ts'],
    ignores: ['apps/bff/src/messages/en.ts', 'apps/bff/src/messages/ja.ts', 'apps/bff/src/config.ts', 'apps/bff/src/reencrypt.ts'],
    plugins: { lingui },
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          // Keys and codes (one word), UPPER_CASE, names, and HTML markup.
          ignore: ['^(?![A-Z])\\S+$', '^[A-Z0-9_-]+$', '^[A-Z][a-zA-Z]+$', '^\\s*<'],
          ignoreNames: [{ regex: { pattern: '^[A-Z0-9_]+$' } }, 'code', 'kind', 'reason', 'action', 'type', 'level'],
          ignoreFunctions: [
            '*.info', '*.warn', '*.error', '*.debug', '*.fatal', '*.trace', '*.child', 'logger.*', 'log.*',
            'ConfigError', 'Error', 'TypeError', 'res.setHeader', 'res.type', 'res.set', 'req.get', '*.startsWith',
            '*.includes', '*.replace', '*.split', '*.join', 'URL', 'URLSearchParams', 'RegExp', 'Set', 'Map', 'app.set',
          ],
          useTsTypes: false,
        },
      ],
    },
  },
);
