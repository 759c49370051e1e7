/**
 * Boundary import: time and peak memory to import (a) the Flanders ggw7 wijken shapefile (2,767 features in
 * Lambert 72: read + checks + reprojection to WGS84) and (b) the synthetic Belgian sector GeoJSON (19,790
 * polygons in WGS84: read + checks), each in a fresh Node process (bench/sections/import-worker.ts; see there
 * how memory is measured). Beside them, where gdal-bin is installed, `ogr2ogr` doing the same conversion to
 * GeoJSON, timed with the same clock (performance.now around the process) and its peak RSS from
 * /usr/bin/time. ogr2ogr also writes its output file and checks no geometry; "ours + JSON.stringify" adds
 * serialising the features for a closer comparison. Cases that need ../shared are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printSection, type Figure } from '../bench-kit';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared', 'data');
const GGW7 = path.join(SHARED, 'raw', 'gebiedsniveaus', 'ggw7');
const SECTORS = path.join(SHARED, 'scale', 'belgium_sectors_SYNTHETIC_voronoi.geojson');
const TARGET = '< 1500 ms';
const OGR_RUNS = 3;

interface Case {
  readonly name: string;
  readonly files: readonly string[];
  /** ogr2ogr arguments after `-f GeoJSON <out>`. */
  readonly ogrArgs: readonly string[];
}

interface WorkerResult {
  readonly features: number;
  readonly errors: number;
  readonly coldMs: number;
  readonly warmMedianMs: number;
  readonly stringifyMs: number;
  readonly inputMb: number;
  readonly peakRssMb: number;
  /** VmHWM (the worker's own peak) or, off Linux, getrusage maxRSS (which counts the bench process's size at fork). */
  readonly peakRssSource: 'VmHWM' | 'maxRSS';
  readonly peakAboveBaselineMb: number;
  readonly heapAfterColdMb: number;
}

function cases(): Case[] {
  const list: Case[] = [];
  if (existsSync(`${GGW7}.shp`)) {
    list.push({ name: 'ggw7 shapefile (2,767 wijken, Lambert 72 → WGS84)', files: ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`), ogrArgs: ['-t_srs', 'EPSG:4326', `${GGW7}.shp`] });
  } else console.log(`  (ggw7 skipped: ${GGW7}.shp is absent)`);
  if (existsSync(SECTORS)) {
    list.push({ name: 'Belgian sectors GeoJSON (19,790, WGS84)', files: [SECTORS], ogrArgs: [SECTORS] });
  } else console.log(`  (sectors skipped: ${SECTORS} is absent)`);
  return list;
}

function runWorker(c: Case): WorkerResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'import-worker.ts'), c.name, ...c.files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`import worker failed for ${c.name}: ${result.stderr || result.stdout}`);
  return JSON.parse(line) as WorkerResult;
}

const hasOgr = (): boolean => spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).status === 0;
const hasTime = (): boolean => existsSync('/usr/bin/time');

/** Median wall time of ogr2ogr over a few runs, and its peak RSS (MB) when /usr/bin/time is there. */
function runOgr(c: Case): { ms: number; peakRssMb: number | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkzicht-ogr-'));
  const times: number[] = [];
  let peakRssMb: number | null = null;
  try {
    for (let i = 0; i < OGR_RUNS; i++) {
      const out = path.join(dir, `out-${i}.geojson`);
      const args = ['-f', 'GeoJSON', out, ...c.ogrArgs];
      const t0 = performance.now();
      const run = spawnSync('ogr2ogr', args, { encoding: 'utf8' });
      times.push(performance.now() - t0);
      if (run.status !== 0) throw new Error(`ogr2ogr failed: ${run.stderr}`);
    }
    if (hasTime()) {
      const run = spawnSync('/usr/bin/time', ['-f', '%M', 'ogr2ogr', '-f', 'GeoJSON', path.join(dir, 'measured.geojson'), ...c.ogrArgs], { encoding: 'utf8' });
      const kb = Number(run.stderr.trim().split('\n').pop());
      if (Number.isFinite(kb)) peakRssMb = kb / 1024;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ms: median(times), peakRssMb };
}

export async function runImportBench(): Promise<void> {
  const list = cases();
  const ogr = hasOgr();
  if (!ogr) console.log('  (ogr2ogr comparison skipped: gdal-bin is not installed; apt-get install -y gdal-bin)');
  const figures: Figure[] = [];
  for (const c of list) {
    const r = runWorker(c);
    const short = c.name.split(' (')[0]!;
    figures.push(
      { name: `${short}: import, first run`, value: r.coldMs, unit: 'ms', target: TARGET },
      { name: `${short}: import, warm median`, value: r.warmMedianMs, unit: 'ms', target: TARGET },
      { name: `${short}: ours + JSON.stringify`, value: r.coldMs + r.stringifyMs, unit: 'ms' },
      { name: `${short}: peak RSS above baseline`, value: r.peakAboveBaselineMb, unit: 'MB' },
      { name: `${short}: peak RSS, whole worker process (${r.peakRssSource})`, value: r.peakRssMb, unit: 'MB' },
      { name: `${short}: features kept`, value: r.features, unit: 'count' },
      { name: `${short}: errors`, value: r.errors, unit: 'count' },
    );
    if (ogr) {
      const o = runOgr(c);
      figures.push({ name: `${short}: ogr2ogr to GeoJSON (median of ${OGR_RUNS})`, value: o.ms, unit: 'ms' });
      if (o.peakRssMb !== null) figures.push({ name: `${short}: ogr2ogr peak RSS`, value: o.peakRssMb, unit: 'MB' });
    }
  }
  if (figures.length > 0) printSection('import (boundaries)', figures);
}
