/**
 * Runs one boundary-import case in a fresh process for bench/sections/import.ts and prints one JSON line:
 * the first (cold) import, the median of the warm ones, and memory. Usage (run by the section, not by hand):
 *
 *     node --import tsx bench/sections/import-worker.ts <name> <file>…
 *
 * Peak memory is this process's own resident-set high-water mark as the kernel keeps it (VmHWM on Linux, see
 * bench/peak-rss.ts for why not getrusage's maxRSS), read right after the cold import, minus the resident set
 * measured before the input was read: the import's own peak, heap and buffers together, with no sampling and
 * no --expose-gc.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readBoundaryFiles } from '../../data/import';
import { ProblemList } from '../../data/problems';
import { ownPeakRssMb } from '../peak-rss';

const WARM_RUNS = 5;

function main(): void {
  const [name, ...paths] = process.argv.slice(2);
  const baselineRss = process.memoryUsage().rss;
  const files = paths.map((p) => ({ name: path.basename(p), bytes: new Uint8Array(readFileSync(p)) }));
  const inputBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  const once = () => {
    const problems = new ProblemList();
    const t0 = performance.now();
    const layers = readBoundaryFiles(files, {}, problems);
    const ms = performance.now() - t0;
    return { ms, layers, problems };
  };
  const cold = once();
  const peak = ownPeakRssMb();
  const heapAfterCold = process.memoryUsage().heapUsed;
  const features = cold.layers.reduce((n, l) => n + l.features.length, 0);
  const errors = cold.problems.items.filter((p) => p.severity === 'error').length;
  const t0 = performance.now();
  const json = JSON.stringify({ type: 'FeatureCollection', features: cold.layers[0]?.features ?? [] });
  const stringifyMs = performance.now() - t0;
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(once().ms);
  warm.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      name,
      features,
      errors,
      coldMs: cold.ms,
      warmMedianMs: warm[Math.floor(warm.length / 2)],
      stringifyMs,
      outputMb: json.length / 1024 ** 2,
      inputMb: inputBytes / 1024 ** 2,
      peakRssMb: peak.mb,
      peakRssSource: peak.source,
      peakAboveBaselineMb: peak.mb - baselineRss / 1024 ** 2,
      heapAfterColdMb: heapAfterCold / 1024 ** 2,
    }),
  );
}

main();
