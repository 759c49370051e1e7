/** Kortrijk served from the production renderer in headless Chromium, for the sections that drive the app. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveRenderer } from '../../scripts/serve-renderer';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium';
import { buildProductionRenderer } from '../bench-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
export const KORTRIJK = path.resolve(ROOT, '..', 'shared', 'data', 'kortrijk');

/**
 * Builds the renderer, serves it with Kortrijk and runs `fn` with a Chromium and the app's URL; closes both
 * after, also when `fn` throws. Prints why and returns false when Kortrijk or Chromium is absent.
 */
export async function withKortrijkChromium(section: string, fn: (browser: Browser, url: string) => Promise<void>): Promise<boolean> {
  if (!existsSync(path.join(KORTRIJK, 'datapackage.json'))) {
    console.log(`\n## ${section}: SKIPPED (${KORTRIJK} is absent)`);
    return false;
  }
  if (!findChromium()) {
    console.log(`\n## ${section}: SKIPPED (no Chromium; apt-get install -y chromium)`);
    return false;
  }
  await buildProductionRenderer();
  const { server, url } = await serveRenderer({ root: path.join(ROOT, 'dist', 'renderer'), packageDir: KORTRIJK, port: 0 });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  try {
    await fn(browser, url);
    return true;
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
