/**
 * `npm run bench [-- --section <name>]`: prints speed and memory figures. Targets from the issues are
 * printed beside each figure; nothing here fails a build (timed assertions belong to no unit test).
 * Sections: foundation (package load, first paint, idle, heap), import (Flanders shapefile and 19,790
 * polygons, against ogr2ogr where installed), analytics, locate, explorer (recolouring in Chromium, Jenks), planner, geography (a built-in municipality to a
 * package ready in DuckDB).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { runFoundationBench } from './sections/foundation';
import { runGeographyBench } from './sections/geography';
import { runAnalyticsBench } from './sections/analytics';
import { runExplorerBench } from './sections/explorer';
import { runImportBench } from './sections/import';
import { runLocateBench } from './sections/locate';
import { runPlannerBench } from './sections/planner';

const SECTIONS: Record<string, () => Promise<void>> = {
  foundation: runFoundationBench,
  geography: runGeographyBench,
  import: runImportBench,
  analytics: runAnalyticsBench,
  locate: runLocateBench,
  explorer: runExplorerBench,
  planner: runPlannerBench,
};

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { section: { type: 'string', multiple: true } }, strict: true });
  const chosen = values.section ?? Object.keys(SECTIONS);
  for (const name of chosen) if (!SECTIONS[name]) throw new Error(`Unknown section ${name}; choose from ${Object.keys(SECTIONS).join(', ')}`);
  console.log(`# Wijkzicht bench — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB`);
  for (const name of chosen) await SECTIONS[name]!();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
