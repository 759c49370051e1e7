import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in headless Chromium (playwright-core), one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default', './tests/e2e/support/closing-line-reporter.ts'],
  },
});
