import { isFlagSet } from './skip-summary';

/**
 * Stops a run that would (re)write golden or fixture files in CI: a golden file records an answer someone
 * checked, and CI must compare against it, never make a red test green by rewriting it. Called by
 * `UPDATE_GOLDEN=1` in tests/geo/golden.ts and by the fixture generators under tests/fixtures/.
 *
 * @example
 * refuseFixtureWritesInCI('UPDATE_GOLDEN=1', { CI: 'true' }) // throws: … refused because CI is set …
 * refuseFixtureWritesInCI('UPDATE_GOLDEN=1', {})             // returns
 */
export function refuseFixtureWritesInCI(what: string, env: NodeJS.ProcessEnv = process.env): void {
  if (!isFlagSet(env.CI)) return;
  throw new Error(
    `${what} refused because CI is set (CI=${env.CI}): golden and fixture files are never rewritten in CI. ` +
      'Rewrite them on your own machine, review the diff (git diff tests/) and commit them (CONTRIBUTING.md, "Golden files and fixtures").',
  );
}
