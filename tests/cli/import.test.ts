import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
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
