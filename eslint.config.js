// ESLint flat config: TypeScript-aware rules for every source folder, React hooks rules for the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const OUR_LAYERS = '(data|renderer|electron|cli|bench|scripts|tests)';
/**
 * Platform-specific modules imported by path (they are left out of their folder's index.ts), and the few
 * modules of data/import the CLI's main thread imports by path so that it does not load the importers (its
 * import runs in a worker_thread: cli/commands/import-thread.ts).
 */
const BY_PATH = 'data/(db/open-(node|browser)-database|package/sources/node-folder-source|import/write-package-to-disk|import/(read-budget|indicator-terms)|import/node/(read-inputs-with-budget|read-table-with-budget|start-ts-worker|run-thread-with-budget))$';
const rule = (...patterns) => ['error', { patterns }];
const duckdb = { group: ['@duckdb/*', 'apache-arrow'], message: 'Only data/db/ talks to DuckDB-WASM: use the Database interface.' };
const geoViaIndex = { regex: '^(\\.\\./)+geo/[^/]+/.+', message: 'Import geo/ through its concept folder (geo/<concept>), not a file inside it.' };
const dataViaIndex = { regex: `^(\\.\\./)+data/(?!${BY_PATH.slice(5)})[^/]+/.+`, message: 'Import data/ through its concept folder (data/<concept>), not a file inside it.' };
const electronShared = { regex: '^(\\.\\./)+electron/(?!shared/)', message: 'The renderer may import electron/shared/ only.' };
const rendererOnly = { regex: '^(\\.\\./)+(renderer|cli|bench|scripts|tests)(/|$)', message: 'Lower layers never import the app, the CLI, the bench or the tests.' };

function layerRules() {
  return [
    {
      // geo/ stays pure: no DOM, no Node, no React, nothing of ours.
      files: ['geo/**'],
      rules: {
        'no-restricted-imports': rule(
          { group: ['node:*', 'fs', 'path', 'react', 'react-dom', 'maplibre-gl', '@duckdb/*', 'apache-arrow'], message: 'geo/ holds pure functions only.' },
          { regex: `^(\\.\\./)+${OUR_LAYERS}(/|$)`, message: 'geo/ imports nothing of the rest of Wijkzicht.' },
        ),
      },
    },
    { files: ['data/**'], ignores: ['data/db/**'], rules: { 'no-restricted-imports': rule(duckdb, geoViaIndex, rendererOnly, { regex: '^(\\.\\./)+electron(/|$)', message: 'data/ does not import the Electron shell.' }) } },
    { files: ['data/db/**'], rules: { 'no-restricted-imports': rule(geoViaIndex, rendererOnly) } },
    { files: ['renderer/**'], rules: { 'no-restricted-imports': rule(duckdb, geoViaIndex, dataViaIndex, electronShared, { regex: '^(\\.\\./)+(cli|bench|scripts|tests)(/|$)', message: 'The renderer does not import the CLI, the bench, the scripts or the tests.' }) } },
    { files: ['electron/**'], rules: { 'no-restricted-imports': rule(duckdb, geoViaIndex, dataViaIndex, { regex: '^(\\.\\./)+(renderer|cli|bench|tests)(/|$)', message: 'The Electron shell does not import the renderer, the CLI, the bench or the tests.' }) } },
    { files: ['cli/**', 'bench/**', 'scripts/**'], rules: { 'no-restricted-imports': rule(duckdb, geoViaIndex, dataViaIndex) } },
  ];
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules: the TypeScript program of tsconfig.json (projectService finds it per file).
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.cjs', 'scripts/*.cjs', 'scripts/*.mjs', 'bench/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits must say what happens when it fails (reportProblem, or a deliberate `void`).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
      // Files ≤ 400 lines (CONTRIBUTING.md); tests/scripts/source-size.test.ts also checks the CSS.
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Layering (see docs/architecture.md): the arrows point one way only. ESLint applies one
  // no-restricted-imports per file, so each layer gets the whole list of what it may not import.
  ...layerRules(),
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
