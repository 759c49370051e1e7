import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import { PROJECT_ROOT, SHARED_DIR } from '../helpers/shared-data';
import { NO_REASON, formatSkipLines, groupSkips, isFlagSet, outcomesOf } from '../helpers/skip-summary';

/** What of ../shared this run sees (the real-data tests skip without it). */
export function sharedStatus(sharedDir: string = SHARED_DIR, ignored = process.env.WIJKZICHT_IGNORE_SHARED === '1'): string {
  if (ignored) return '../shared ignored (WIJKZICHT_IGNORE_SHARED=1)';
  const parts = [['data/kortrijk', 'datapackage.json'], ['data/raw', '']].map(([dir, file]) => `../shared/${dir} ${existsSync(path.join(sharedDir, dir!, file!)) ? 'present' : 'absent'}`);
  return parts.join(', ');
}

/**
 * Ends a unit run with what was skipped and why, loudly: the tests on the real data in ../shared skip on a
 * machine without it (CI's clean clone may have it or not), and that must be visible in the summary, e.g.
 * `WIJKZICHT UNIT SKIPS: 31 tests in 14 files skipped (../shared/data/kortrijk absent, …): not a failure`.
 * A skip is not a failure, not even in CI; REQUIRE_SHARED=1 makes it one (for a machine that must have
 * ../shared). See CONTRIBUTING.md, "What needs ../shared".
 */
export default class SharedSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const outcomes = outcomesOf(testModules, PROJECT_ROOT);
    const status = sharedStatus();
    const sharedMissing = /absent|ignored/.test(status);
    const groups = groupSkips(outcomes, sharedMissing ? `no reason recorded; most likely ../shared (${status})` : NO_REASON);
    const skipped = groups.reduce((n, g) => n + g.tests.length, 0);
    if (skipped === 0) return;
    const required = isFlagSet(process.env.REQUIRE_SHARED);
    const files = new Set(groups.map((g) => g.file)).size;
    const verdict = required ? 'FAIL (REQUIRE_SHARED=1)' : 'not a failure (REQUIRE_SHARED=1 makes it one)';
    const banner = '!'.repeat(100);
    console.log(['', banner, ...formatSkipLines('WIJKZICHT UNIT SKIPPED:', groups), `WIJKZICHT UNIT SKIPS: ${skipped} tests in ${files} files skipped (${status}): ${verdict}`, banner].join('\n'));
    if (required) process.exitCode = 1;
  }
}
