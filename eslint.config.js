// ESLint flat config: TypeScript-aware rules for every source folder, React hooks rules for the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
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
  {
    // Only data/ may talk to DuckDB-WASM: everything else goes through the Database interface.
    files: ['electron/**', 'renderer/**', 'geo/**', 'cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@duckdb/*'], message: 'Use the Database interface in data/.' }] }],
    },
  },
  {
    // geo/ stays pure: no DOM, no Node, no React.
    files: ['geo/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['node:*', 'fs', 'path', 'react', 'react-dom', 'maplibre-gl', '@duckdb/*'], message: 'geo/ holds pure functions only.' },
      ] }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
