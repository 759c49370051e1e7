import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SHARED_DIR } from '../helpers/shared-data';
import { CLI_BUNDLE } from '../helpers/cli-bundle';

const run = promisify(execFile);
const GGW7 = path.join(SHARED_DIR, 'data', 'raw', 'gebiedsniveaus', 'ggw7');
const CSV = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'kortrijk-wijken-belgisch-FICTIEF.csv');

async function cli(...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

describe.skipIf(!existsSync(`${GGW7}.shp`))('wijkzicht import on the raw Flanders wijken', () => {
  it('imports ggw7 filtered to Kortrijk with a Belgian CSV, prints the report and writes a package that summarises cleanly', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'wz-cli-')), 'kortrijk.zip');
    const { code, stdout } = await cli('import', ...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`), CSV, '--filter', 'geoitem=34022', '--code-column', 'geoitem', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('ggw7.shp: EPSG:31370 (prj); 2767 features in the file, 14 after the filter → 14 areas, 0 refused');
    expect(stdout).toContain('delimiter ";", decimal ",", thousands "."');
    expect(stdout).toContain('34022W99');
    expect(stdout).toContain(`Wrote the package to ${out}`);
    const summary = JSON.parse((await cli('summary', '--package', out)).stdout);
    expect(summary.counts.wijk).toBe(14);
    expect(summary.problems.errors).toBe(0);
  });

  it('writes the whole of ggw7 byte for byte as before the import moved into one worker_thread (issue 16.6)', async () => {
    // sha256 of the files main wrote at c173cc5 (2026-12-04), before the CLI's speed-ups: a change of any
    // coordinate, rounding, order or descriptor field shows here.
    const before = {
      'areas/area.geojson': '16db4ba11c7ee0e0587b4bc7696626ce60d0e6ecd109112514b2fcc7bd6b8775',
      'datapackage.json': 'e519856a107e7dcf220f88235f598beaa645b8969564a7b5d418e73e3dcda843',
      'indicator_definitions.csv': '3f5cdd692b69cd5b7d847ad741bff1221cca53e782d6f80437f303f5ba88229a',
      'indicators.csv': '86909e60115caaa71c5b8e5f850a43180f80b39ada6fa96b2076d8a7c5d4211b',
    };
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'wz-cli-')), 'ggw7');
    const { code, stdout } = await cli('import', ...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`), '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('ggw7.shp: EPSG:31370 (prj); 2767 features in the file → 2767 areas, 0 refused');
    const hashes = Object.fromEntries(Object.keys(before).map((file) => [file, createHash('sha256').update(readFileSync(path.join(out, file))).digest('hex')]));
    expect(hashes).toEqual(before);
  });

  it('prints the JSON report with --json', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'wz-cli-')), 'k');
    const { code, stdout } = await cli('import', ...['shp', 'shx', 'dbf', 'prj', 'cpg'].map((e) => `${GGW7}.${e}`), '--filter', 'geoitem=34022', '--out', out, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.report.boundaries).toMatchObject({ areas: 14, crs: 'EPSG:31370' });
    expect(json.written).toBe(out);
  });
});

describe('wijkzicht import on bad input', () => {
  it('writes nothing and exits 1 when the boundaries are projected but say nothing about it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wz-cli-'));
    const geojson = path.join(dir, 'lambert.geojson');
    await writeFile(geojson, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [[[72000, 165000], [73000, 165000], [73000, 166000], [72000, 165000]]] } }] }));
    const out = path.join(dir, 'out');
    const { code, stdout } = await cli('import', geojson, '--out', out);
    expect(code).toBe(1);
    expect(stdout).toContain('EPSG:31370');
    expect(stdout).toContain('Nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('explains its options', async () => {
    const { code, stdout } = await cli('import', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('--crs EPSG:31370');
    expect((await cli('import', 'x.csv')).stdout).toMatch(/needs --out/);
  });
});
