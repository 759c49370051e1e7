import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (tests/helpers/../..). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * `../shared` beside the project root: open data for every engineer and CI. Never copied into the repo.
 * `WIJKZICHT_IGNORE_SHARED=1` makes the tests behave as on a machine without it (to check the skips).
 */
export const SHARED_DIR = process.env.WIJKZICHT_IGNORE_SHARED === '1' ? path.resolve(PROJECT_ROOT, '..', 'shared-ignored-for-this-run') : path.resolve(PROJECT_ROOT, '..', 'shared');
export const KORTRIJK_DIR = path.join(SHARED_DIR, 'data', 'kortrijk');
export const hasKortrijk = existsSync(path.join(KORTRIJK_DIR, 'datapackage.json'));

if (!hasKortrijk) {
  console.warn(`[wijkzicht tests] ${KORTRIJK_DIR} is absent: tests on the real Kortrijk package are SKIPPED. Put the shared data beside the project to run them.`);
}

/**
 * Options for a `describe` or `it` on data in ../shared: skipped when `present` is false, with the reason in
 * the test's meta so that the run's summary says why (tests/setup/shared-skip-reporter.ts).
 *
 * @example
 * describe('readPackage on the real Kortrijk package', needsShared(hasKortrijk, '../shared/data/kortrijk'), () => { … });
 */
export function needsShared(present: boolean, what: string): { skip: boolean; meta: { sharedSkipReason?: string } } {
  if (present) return { skip: false, meta: {} };
  const why = process.env.WIJKZICHT_IGNORE_SHARED === '1' ? `${what} ignored (WIJKZICHT_IGNORE_SHARED=1)` : `${what} absent`;
  return { skip: true, meta: { sharedSkipReason: why } };
}
