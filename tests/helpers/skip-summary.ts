/**
 * What the closing lines of a test run say about skipped tests: which file, how many of its tests, and why.
 * Shared by the e2e closing-line reporter (tests/e2e/support/closing-line-reporter.ts) and the unit-run
 * reporter (tests/setup/shared-skip-reporter.ts). Pure: the reporters turn Vitest's modules into outcomes.
 */
import path from 'node:path';
import type { TestCase, TestModule } from 'vitest/node';

declare module 'vitest' {
  interface TaskMeta {
    /** Why an e2e suite's tests were skipped (see tests/e2e/support/e2e-gate.ts). */
    e2eSkipReason?: string;
    /** Why a test that needs ../shared was skipped (see tests/helpers/shared-data.ts). */
    sharedSkipReason?: string;
  }
}

/** One test's outcome as the summary needs it. */
export interface TestOutcome {
  /** Its file, relative to the project root, with forward slashes. */
  readonly file: string;
  readonly name: string;
  readonly state: 'passed' | 'failed' | 'skipped' | 'pending';
  /** Why it was skipped, when it was and a reason was recorded. */
  readonly reason?: string;
}

/** The skipped tests of one file for one reason. */
export interface SkipGroup {
  readonly file: string;
  readonly reason: string;
  /** Names of the skipped tests. */
  readonly tests: readonly string[];
  /** How many tests the file has in all. */
  readonly total: number;
}

export const NO_REASON = 'no reason recorded (it.skip, a -t filter or .only elsewhere)';

/**
 * The skipped tests grouped by file and reason, in file order; a test that recorded no reason gets
 * `fallbackReason`.
 *
 * @example
 * groupSkips([{ file: 'a.test.ts', name: 'x', state: 'skipped', reason: 'no data' }, { file: 'a.test.ts', name: 'y', state: 'passed' }])
 * // → [{ file: 'a.test.ts', reason: 'no data', tests: ['x'], total: 2 }]
 */
export function groupSkips(outcomes: readonly TestOutcome[], fallbackReason: string = NO_REASON): SkipGroup[] {
  const totals = new Map<string, number>();
  for (const o of outcomes) totals.set(o.file, (totals.get(o.file) ?? 0) + 1);
  const groups = new Map<string, { file: string; reason: string; tests: string[] }>();
  for (const o of outcomes) {
    if (o.state !== 'skipped') continue;
    const reason = o.reason ?? fallbackReason;
    const key = `${o.file}\u0000${reason}`;
    const group = groups.get(key) ?? { file: o.file, reason, tests: [] };
    group.tests.push(o.name);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.file.localeCompare(b.file)).map((g) => ({ ...g, total: totals.get(g.file) ?? g.tests.length }));
}

/**
 * One line per group (`<prefix> <file>: all 9 tests: <reason>`), and when only some of a file's tests
 * were skipped, one indented line per test.
 *
 * @example
 * formatSkipLines('SKIPPED', [{ file: 'a.test.ts', reason: 'no data', tests: ['x'], total: 1 }])
 * // → ['SKIPPED a.test.ts: all 1 tests: no data']
 */
export function formatSkipLines(prefix: string, groups: readonly SkipGroup[]): string[] {
  return groups.flatMap((g) => {
    const all = g.tests.length === g.total;
    const head = `${prefix} ${g.file}: ${all ? `all ${g.total}` : `${g.tests.length} of ${g.total}`} tests: ${g.reason}`;
    return all ? [head] : [head, ...g.tests.map((t) => `    - ${t}`)];
  });
}

/**
 * Whether an environment flag is on: set and not empty, `0` or `false` (so `CI=true`, `CI=1` and
 * `REQUIRE_E2E=1` count, `CI=false` does not).
 *
 * @example
 * isFlagSet('true') // → true
 * isFlagSet('0') // → false
 */
export function isFlagSet(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** Why a Vitest test was skipped: the reason a suite recorded in its meta, a `ctx.skip(note)`, or none. */
function skipReasonOf(test: TestCase): string | undefined {
  const meta = test.meta();
  const result = test.result();
  return meta.e2eSkipReason ?? meta.sharedSkipReason ?? (result.state === 'skipped' ? result.note : undefined) ?? (test.options.mode === 'todo' ? 'todo' : undefined);
}

/** The outcomes of every test of a run, for the summary. */
export function outcomesOf(modules: ReadonlyArray<TestModule>, root: string): TestOutcome[] {
  return modules.flatMap((module) => {
    const file = path.relative(root, module.moduleId).split(path.sep).join('/');
    return [...module.children.allTests()].map((test): TestOutcome => {
      const state = test.result().state;
      const reason = state === 'skipped' ? skipReasonOf(test) : undefined;
      return reason === undefined ? { file, name: test.fullName, state } : { file, name: test.fullName, state, reason };
    });
  });
}
