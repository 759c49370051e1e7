import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one machine-readable line at the end of the e2e run, e.g.
 * `WIJKZICHT E2E RESULT: passed=9 failed=0 skipped=0 status=PASS`.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    const status = failed > 0 || unhandledErrors.length > 0 ? 'FAIL' : passed === 0 ? 'SKIPPED' : 'PASS';
    console.log(`\nWIJKZICHT E2E RESULT: passed=${passed} failed=${failed} skipped=${skipped} status=${status}`);
  }
}
