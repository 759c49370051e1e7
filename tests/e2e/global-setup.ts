import { buildProductionRenderer } from '../../scripts/build-production-renderer';
import { e2eRequired } from './support/e2e-gate';
import { INSTALL_HINT, findChromium } from './support/find-chromium';

/**
 * Builds the renderer once for the whole e2e run. Without a browser the suite is skipped loudly, except
 * under REQUIRE_E2E=1 (set by .ci/run) or CI, where a missing browser is a failure.
 */
export default async function setup(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    const banner = '='.repeat(100);
    const message = `${banner}\nE2E: NO CHROMIUM FOUND (looked at CHROME_PATH, /usr/bin/chromium and Chrome's usual places).\n${INSTALL_HINT}\n${banner}`;
    if (e2eRequired()) throw new Error(`${message}\nREQUIRE_E2E/CI: the end-to-end suite must run, so this is a failure.`);
    console.warn(`${message}\nThe end-to-end tests are SKIPPED.`);
    return;
  }
  console.log(`E2E: using ${chromium}; building the renderer…`);
  // Test what ships: React's production build, as the benchmark measures it.
  await buildProductionRenderer();
}
