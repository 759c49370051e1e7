import type { Reporter, TestModule } from 'vitest/node';
import { PROJECT_ROOT } from '../../helpers/shared-data';
import { formatSkipLines, groupSkips, outcomesOf } from '../../helpers/skip-summary';
import { e2eRequired } from './e2e-gate';

/**
 * Ends the e2e run with the skipped files and tests and why (`WIJKZICHT E2E SKIPPED …` lines), then one
 * machine-readable line, e.g. `WIJKZICHT E2E RESULT: passed=9 failed=0 skipped=0 status=PASS`.
 * Under REQUIRE_E2E=1 or CI a skip is a failure: status=FAIL and a nonzero exit.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const outcomes = outcomesOf(testModules, PROJECT_ROOT);
    const passed = outcomes.filter((o) => o.state === 'passed').length;
    const skipped = outcomes.filter((o) => o.state === 'skipped' || o.state === 'pending').length;
    let failed = outcomes.filter((o) => o.state === 'failed').length;
    // A file that failed before any of its tests was collected (a syntax error, a failing import).
    for (const module of testModules) if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    const required = e2eRequired();
    const skipLines = formatSkipLines('WIJKZICHT E2E SKIPPED:', groupSkips(outcomes));
    const skipFails = required && skipped > 0;
    const status = failed > 0 || unhandledErrors.length > 0 || skipFails ? 'FAIL' : passed === 0 ? 'SKIPPED' : 'PASS';
    const why = skipFails ? ` (REQUIRE_E2E/CI: ${skipped} skipped tests count as a failure)` : '';
    console.log(['', ...skipLines, `WIJKZICHT E2E RESULT: passed=${passed} failed=${failed} skipped=${skipped} status=${status}${why}`].join('\n'));
    if (skipFails) process.exitCode = 1;
  }
}
