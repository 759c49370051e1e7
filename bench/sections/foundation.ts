import path from 'node:path';
import { generateDemoPackage } from '../../data/demo';
import { openNodeDatabase } from '../../data/db/open-node-database';
import type { PackageFileSource } from '../../data/package';
import { loadPackageIntoDatabase } from '../../data/db';
import { readPackage } from '../../data/package';
import { createMemorySource } from '../../data/package';
import { openNodePackageSource } from '../../data/package/sources/node-folder-source';
import { serveRenderer } from '../../scripts/serve-renderer';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/find-chromium';
import { buildProductionRenderer, median, printSection, timeIt, type Figure } from '../bench-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const KORTRIJK = path.resolve(ROOT, '..', 'shared', 'data', 'kortrijk');
const RUNS = 5;

interface Target {
  readonly name: string;
  readonly dir: string | null;
  source(): Promise<PackageFileSource>;
}

async function targets(): Promise<Target[]> {
  const { existsSync } = await import('node:fs');
  const list: Target[] = [];
  if (existsSync(path.join(KORTRIJK, 'datapackage.json'))) list.push({ name: 'Kortrijk', dir: KORTRIJK, source: () => openNodePackageSource(KORTRIJK) });
  else console.log(`  (Kortrijk skipped: ${KORTRIJK} is absent)`);
  list.push({ name: 'Demostad', dir: null, source: async () => createMemorySource('Demostad', generateDemoPackage().files) });
  return list;
}

/** Package read + validation, then load into DuckDB (Node, blocking bundle): median of 5 runs. */
async function loadFigures(target: Target): Promise<Figure[]> {
  const db = await openNodeDatabase();
  const read: number[] = [];
  const load: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await timeIt(async () => readPackage(await target.source()));
      if (!r.result.ok) throw new Error(`${target.name} does not read`);
      read.push(r.ms);
      load.push((await timeIt(() => loadPackageIntoDatabase(db, r.result.pkg!))).ms);
    }
  } finally {
    await db.close();
  }
  return [
    { name: `${target.name}: read + validate`, value: median(read), unit: 'ms' },
    { name: `${target.name}: load into DuckDB`, value: median(load), unit: 'ms' },
    { name: `${target.name}: package load total`, value: median(read) + median(load), unit: 'ms' },
  ];
}

/** Time to first map paint and to map idle in Chromium, and the page's peak JS heap (median of 3 loads). */
async function browserFigures(target: Target, url: string): Promise<Figure[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
  const paint: number[] = [];
  const idle: number[] = [];
  let peakHeap = 0;
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
          const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          peakHeap = Math.max(peakHeap, heap);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('wijkzicht:map-idle').length > 0, null, { timeout: 120_000, polling: 50 });
      sampling = false;
      await sampler;
      const marks = await page.evaluate(() => ({
        paint: performance.getEntriesByName('wijkzicht:first-map-paint')[0]?.startTime ?? Number.NaN,
        idle: performance.getEntriesByName('wijkzicht:map-idle')[0]!.startTime,
      }));
      paint.push(marks.paint);
      idle.push(marks.idle);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return [
    { name: `${target.name}: first map paint (from navigation)`, value: median(paint), unit: 'ms' },
    { name: `${target.name}: map idle (from navigation)`, value: median(idle), unit: 'ms' },
    { name: `${target.name}: peak JS heap, main thread`, value: peakHeap / 1024 / 1024, unit: 'MB' },
  ];
}

export async function runFoundationBench(): Promise<void> {
  const list = await targets();
  const load: Figure[] = [];
  for (const t of list) load.push(...(await loadFigures(t)));
  printSection('Package load into DuckDB-WASM (Node, median of 5)', load);

  if (!findChromium()) {
    console.log('\n## Map in Chromium: SKIPPED (no Chromium; apt-get install -y chromium)');
    return;
  }
  await buildProductionRenderer();
  const figures: Figure[] = [];
  for (const t of list) {
    const { server, url } = await serveRenderer({ root: path.join(ROOT, 'dist', 'renderer'), packageDir: t.dir, port: 0 });
    try {
      figures.push(...(await browserFigures(t, url)));
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }
  printSection('Map in headless Chromium (SwiftShader WebGL, median of 3 page loads)', figures);
}
