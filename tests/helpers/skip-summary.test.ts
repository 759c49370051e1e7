import { describe, expect, it } from 'vitest';
import { NO_REASON, formatSkipLines, groupSkips, isFlagSet, type TestOutcome } from './skip-summary';

const outcomes: TestOutcome[] = [
  { file: 'tests/e2e/planner.e2e.test.ts', name: 'planner > a', state: 'skipped', reason: '../shared/data/kortrijk absent' },
  { file: 'tests/e2e/planner.e2e.test.ts', name: 'planner > b', state: 'skipped', reason: '../shared/data/kortrijk absent' },
  { file: 'tests/e2e/first-map.e2e.test.ts', name: 'first map > demo', state: 'passed' },
  { file: 'tests/e2e/first-map.e2e.test.ts', name: 'first map > kortrijk', state: 'skipped', reason: '../shared/data/kortrijk absent' },
  { file: 'tests/cli/x.test.ts', name: 'x > filtered', state: 'skipped' },
];

describe('skip summary', () => {
  it('groups skipped tests by file and reason, counting each file’s tests', () => {
    expect(groupSkips(outcomes)).toEqual([
      { file: 'tests/cli/x.test.ts', reason: NO_REASON, tests: ['x > filtered'], total: 1 },
      { file: 'tests/e2e/first-map.e2e.test.ts', reason: '../shared/data/kortrijk absent', tests: ['first map > kortrijk'], total: 2 },
      { file: 'tests/e2e/planner.e2e.test.ts', reason: '../shared/data/kortrijk absent', tests: ['planner > a', 'planner > b'], total: 2 },
    ]);
    expect(groupSkips(outcomes, 'most likely ../shared')[0]!.reason).toBe('most likely ../shared');
    expect(groupSkips(outcomes.filter((o) => o.state !== 'skipped'))).toEqual([]);
  });

  it('says which file, how many tests and why; names the tests when only some of a file skipped', () => {
    expect(formatSkipLines('SKIPPED:', groupSkips(outcomes))).toEqual([
      `SKIPPED: tests/cli/x.test.ts: all 1 tests: ${NO_REASON}`,
      'SKIPPED: tests/e2e/first-map.e2e.test.ts: 1 of 2 tests: ../shared/data/kortrijk absent',
      '    - first map > kortrijk',
      'SKIPPED: tests/e2e/planner.e2e.test.ts: all 2 tests: ../shared/data/kortrijk absent',
    ]);
  });

  it('reads CI-style flags', () => {
    for (const on of ['1', 'true', 'TRUE', 'yes']) expect(isFlagSet(on)).toBe(true);
    for (const off of [undefined, '', '0', 'false', 'False']) expect(isFlagSet(off)).toBe(false);
  });
});
