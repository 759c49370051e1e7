/**
 * `cli-import` (issue 16.6): the whole-process CLI import of the Flanders ggw7 shapefile (2,767 wijken,
 * Lambert 72 → WGS84, written as a package) against `ogr2ogr -t_srs EPSG:4326` of the same file to GeoJSON,
 * in the same run, each timed from spawn to exit. Ours is `node dist/cli/wijkzicht.mjs import …`, what
 * `npm run cli -- import …` runs once the bundle is fresh (without npm's own start-up); the bundle is built
 * first, untimed. Runs alternate (ours, ogr2ogr, ours, …) after one untimed warm-up of each, so that the
 * machine's load and the file cache weigh on both alike. For comparison, the same import under tsx
 * (`tsx cli/wijkzicht.ts`, the old `npm run cli`).
 *
 * Peak memory and CPU time are each process's own: ours reported by the process itself at exit (VmHWM and
 * process.cpuUsage, bench/report-peak-rss.mjs), ogr2ogr's from /usr/bin/time where installed (its child's
 * getrusage, which starts from the small `time` process, not from the bench's). CPU time is the figure to
 * compare on a machine busy with other work. Skipped with a message without ../shared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, printSection, type Figure } from '../bench-kit';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const GGW7 = path.resolve(ROOT, '..', 'shared', 'data', 'raw', 'gebiedsniveaus', 'ggw7');
const BUNDLE = path.join(ROOT, 'dist', 'cli', 'wijkzicht.mjs');
const RUNS = 7;
const TSX_RUNS = 3;
const MEASURED_RUNS = 3;

/** Milliseconds from spawn to exit of one command; throws when it fails. */
function timeProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env, maxBuffer: 16 << 20 });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${path.basename(command)} ${args.slice(0, 2).join(' ')} failed (${run.status}): ${run.stderr || run.stdout}`);
  return ms;
}

/** One ogr2ogr run under /usr/bin/time: its peak RSS and CPU time (its own: `time` forks it, not the bench). */
function timeOgr(dir: string): { mb: number; cpuMs: number } | null {
  const args = ['-f', '%M %U %S', 'ogr2ogr', '-f', 'GeoJSON', path.join(dir, `measured-${Date.now()}.geojson`), '-t_srs', 'EPSG:4326', `${GGW7}.shp`];
  const run = spawnSync('/usr/bin/time', args, { encoding: 'utf8' });
  const [kb, user, system] = (run.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
  if (run.status !== 0 || !Number.isFinite(kb) || !Number.isFinite(user) || !Number.isFinite(system)) return null;
  return { mb: kb! / 1024, cpuMs: (user! + system!) * 1000 };
}

const hasOgr = (): boolean => spawnSync('ogr2ogr', ['--version'], { encoding: 'utf8' }).status === 0;

export async function runCliImportBench(): Promise<void> {
  if (!existsSync(`${GGW7}.shp`)) {
    console.log(`  (cli-import skipped: ${GGW7}.shp is absent)`);
    return;
  }
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.mjs'), '--if-stale'], { cwd: ROOT, stdio: 'inherit' });
  const ogr = hasOgr();
  if (!ogr) console.log('  (ogr2ogr comparison skipped: gdal-bin is not installed; apt-get install -y gdal-bin)');
  const files = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wijkzicht-cli-import-'));
  let n = 0;
  const ours = (command = process.execPath, entry: readonly string[] = [BUNDLE], env?: NodeJS.ProcessEnv) =>
    timeProcess(command, [...entry, 'import', ...files, '--out', path.join(dir, `package-${n++}`)], env);
  const gdal = () => timeProcess('ogr2ogr', ['-f', 'GeoJSON', path.join(dir, `ogr-${n++}.geojson`), '-t_srs', 'EPSG:4326', `${GGW7}.shp`]);
  const figures: Figure[] = [];
  try {
    ours();
    if (ogr) gdal();
    const oursMs: number[] = [];
    const ogrMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      oursMs.push(ours());
      if (ogr) ogrMs.push(gdal());
    }
    // Memory and CPU time (user + system, all threads: on a machine shared with other work it moves less
    // than the wall time) from 3 more runs of each, with the reporter preloaded / under /usr/bin/time.
    const peakFile = path.join(dir, 'peak.json');
    const measured = Array.from({ length: MEASURED_RUNS }, () => {
      ours(process.execPath, ['--import', path.join(ROOT, 'bench', 'report-peak-rss.mjs'), BUNDLE], { ...process.env, WIJKZICHT_PEAK_RSS_FILE: peakFile });
      return JSON.parse(readFileSync(peakFile, 'utf8')) as { mb: number; source: string; cpuMs: number };
    });
    const ogrMeasured = ogr && existsSync('/usr/bin/time') ? Array.from({ length: MEASURED_RUNS }, () => timeOgr(dir)).filter((m) => m !== null) : [];
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const tsxMs = Array.from({ length: TSX_RUNS }, () => ours(tsx, [path.join(ROOT, 'cli', 'wijkzicht.ts')]));

    figures.push(
      { name: `ours: node dist/cli/wijkzicht.mjs import (median of ${RUNS})`, value: median(oursMs), unit: 'ms', key: 'cliImport.oursMs' },
      { name: `ours: CPU time, user + system (median of ${MEASURED_RUNS})`, value: median(measured.map((m) => m.cpuMs)), unit: 'ms', key: 'cliImport.oursCpuMs' },
      { name: `ours: peak RSS of the CLI process (${measured[0]!.source})`, value: median(measured.map((m) => m.mb)), unit: 'MB', key: 'cliImport.oursPeakRssMb' },
      { name: `before: tsx cli/wijkzicht.ts import (median of ${TSX_RUNS})`, value: median(tsxMs), unit: 'ms', key: 'cliImport.tsxMs' },
    );
    if (ogr) {
      figures.push(
        { name: `ogr2ogr -t_srs EPSG:4326 to GeoJSON (median of ${RUNS})`, value: median(ogrMs), unit: 'ms', key: 'cliImport.ogr2ogrMs' },
        { name: 'ours ÷ ogr2ogr, whole process against whole process', value: median(oursMs) / median(ogrMs), unit: 'ratio', target: '≤ 1.0', key: 'cliImport.oursOverOgr2ogr' },
      );
      if (ogrMeasured.length > 0) {
        figures.push(
          { name: `ogr2ogr CPU time, user + system (/usr/bin/time, median of ${ogrMeasured.length})`, value: median(ogrMeasured.map((m) => m.cpuMs)), unit: 'ms', key: 'cliImport.ogr2ogrCpuMs' },
          { name: 'ours ÷ ogr2ogr, CPU time', value: median(measured.map((m) => m.cpuMs)) / median(ogrMeasured.map((m) => m.cpuMs)), unit: 'ratio', key: 'cliImport.oursOverOgr2ogrCpu' },
          { name: 'ogr2ogr peak RSS (/usr/bin/time)', value: median(ogrMeasured.map((m) => m.mb)), unit: 'MB', key: 'cliImport.ogr2ogrPeakRssMb' },
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printSection('cli-import: ggw7 shapefile (2,767 wijken, Lambert 72 → WGS84), whole process against whole process', figures);
}
