/**
 * `npm run bench [-- --section <name>]`: prints speed and memory figures. Targets from the issues are
 * printed beside each figure; nothing here fails a build (timed assertions belong to no unit test).
 * `--json`: one JSON object of every figure on stdout (the readable report on stderr).
 * Sections: cold-start (first coloured map against a minimal MapLibre page and a minimal DuckDB page in the
 * same run), foundation (package load, first paint, idle, heap), import (Flanders shapefile and 19,790
 * polygons, against ogr2ogr where installed), cli-import (the whole-process CLI import of ggw7 against
 * ogr2ogr's), analytics, locate, explorer (recolouring in Chromium, Jenks), planner, interactions (each user step on Kortrijk: main-thread time and time to its frame), geography (a built-in municipality to a
 * package ready in DuckDB), territories (Kortrijk 113 sectors into 7 teams, Flanders' 2,767 wijken into 60).
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { printedSections, printToStderr } from './bench-kit';
import { runColdStartBench } from './sections/cold-start';
import { runFoundationBench } from './sections/foundation';
import { runGeographyBench } from './sections/geography';
import { runAnalyticsBench } from './sections/analytics';
import { runCliImportBench } from './sections/cli-import';
import { runExplorerBench } from './sections/explorer';
import { runImportBench } from './sections/import';
import { runInteractionsBench } from './sections/interactions';
import { runLocateBench } from './sections/locate';
import { runPlannerBench } from './sections/planner';
import { runTerritoriesBench } from './sections/territories';

const SECTIONS: Record<string, () => Promise<void>> = {
  'cold-start': runColdStartBench,
  foundation: runFoundationBench,
  geography: runGeographyBench,
  import: runImportBench,
  'cli-import': runCliImportBench,
  analytics: runAnalyticsBench,
  locate: runLocateBench,
  explorer: runExplorerBench,
  planner: runPlannerBench,
  interactions: runInteractionsBench,
  territories: runTerritoriesBench,
};

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { section: { type: 'string', multiple: true }, json: { type: 'boolean', default: false } }, strict: true });
  const chosen = values.section ?? Object.keys(SECTIONS);
  for (const name of chosen) if (!SECTIONS[name]) throw new Error(`Unknown section ${name}; choose from ${Object.keys(SECTIONS).join(', ')}`);
  // With --json the readable report goes to stderr (sections' own notes too) and stdout gets one JSON object.
  if (values.json) {
    printToStderr();
    console.log = (...args: unknown[]) => console.error(...args);
  }
  const machine = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'cpu', memoryGiB: Math.round(os.totalmem() / 1024 ** 3) };
  console.log(`# Wijkzicht bench — ${machine.date} — node ${machine.node}, ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB`);
  for (const name of chosen) await SECTIONS[name]!();
  if (values.json) process.stdout.write(`${JSON.stringify(benchJson(machine), null, 2)}\n`);
}

/** One JSON object of every figure printed, by section, with the keyed figures also at the top level. */
function benchJson(machine: Record<string, unknown>) {
  const keyed = Object.fromEntries(printedSections.flatMap((s) => s.figures.filter((f) => f.key).map((f) => [f.key!, f.value] as const)));
  const firstMapOverFloor = keyed['firstMapOverFloor.Kortrijk'] ?? keyed['firstMapOverFloor.Demostad'] ?? null;
  return { schema: 'wijkzicht-bench/1', machine, firstMapOverFloor, keyed, sections: printedSections };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
