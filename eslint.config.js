// Lint enforces DESIGN.md's import directions (who may import whom) and forbids import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

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
);
