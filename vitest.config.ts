import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    // Builds dist/cli (the bundled CLI that tests/cli spawn) when a source is newer than it.
    globalSetup: ['tests/setup/build-cli-bundle.ts'],
    // The closing lines name every skipped test and why (the real-data tests skip without ../shared).
    reporters: ['default', './tests/setup/shared-skip-reporter.ts'],
  },
});
