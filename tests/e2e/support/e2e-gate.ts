import path from 'node:path';
import { KORTRIJK_DIR, PROJECT_ROOT, hasKortrijk } from '../../helpers/shared-data';
import { isFlagSet } from '../../helpers/skip-summary';
import { findChromium } from './find-chromium';

/** Whether this run must not skip anything: REQUIRE_E2E (set by .ci/run) or CI. */
export function e2eRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return isFlagSet(env.REQUIRE_E2E) || isFlagSet(env.CI);
}

/** What an e2e suite needs besides the built renderer. */
export interface E2ENeeds {
  /** The real Kortrijk package in ../shared/data/kortrijk. */
  readonly kortrijk?: boolean;
}

/** Why a suite with these needs cannot run here, or null when it can. */
export function e2eSkipReason(needs: E2ENeeds = {}, env: { chromium: string | null; kortrijk: boolean } = { chromium: findChromium(), kortrijk: hasKortrijk }): string | null {
  const missing: string[] = [];
  if (!env.chromium) missing.push('no Chromium found (CHROME_PATH, /usr/bin/chromium, Chrome’s usual places)');
  if (needs.kortrijk && !env.kortrijk) {
    missing.push(process.env.WIJKZICHT_IGNORE_SHARED === '1' ? '../shared/data/kortrijk ignored (WIJKZICHT_IGNORE_SHARED=1)' : `${path.relative(PROJECT_ROOT, KORTRIJK_DIR)} absent`);
  }
  return missing.length > 0 ? missing.join('; ') : null;
}

/**
 * The options of an e2e `describe`: skipped when its needs are not met, with the reason in the tests' meta,
 * so that the closing line of the run names every skipped test and why (and REQUIRE_E2E=1 fails on it).
 *
 * @example
 * describe('planner on Kortrijk in Chromium', e2eSuite({ kortrijk: true }), () => { … });
 */
export function e2eSuite(needs: E2ENeeds = {}): { skip: boolean; meta: { e2eSkipReason?: string } } {
  const reason = e2eSkipReason(needs);
  if (reason === null) return { skip: false, meta: {} };
  console.warn(`[wijkzicht e2e] SKIPPED: ${reason}`);
  return { skip: true, meta: { e2eSkipReason: reason } };
}
