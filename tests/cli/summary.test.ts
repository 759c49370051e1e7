import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT, hasKortrijk } from '../helpers/shared-data';
import { editCsvLine, readPackageFiles, writePackageFiles } from '../helpers/package-copies';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import { CLI_BUNDLE } from '../helpers/cli-bundle';

const run = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.skipIf(!hasKortrijk)('wijkzicht summary on Kortrijk', () => {
  it('prints the counts, periods, teams with FTE and no problems', async () => {
    const { code, stdout } = await cli('summary', '--package', KORTRIJK_DIR);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.counts).toMatchObject({ sector: 113, wijk: 14, deelgemeente: 8, municipality: 1, teams: 7, centres: 12 });
    expect(summary.periods).toEqual([2022, 2023, 2024]);
    expect(summary.fte).toMatchObject({ period: 2024, total: 178 });
    expect(summary.fte.byProfile.maatschappelijk_werker).toBe(77);
    expect(summary.teams).toHaveLength(7);
    expect(summary.problems).toEqual({ errors: 0, warnings: 0, items: [] });
  });

  it('prints the problems of a broken copy and exits 1', async () => {
    const files = await readPackageFiles(KORTRIJK_DIR);
    editCsvLine(files, 'indicators.csv', 12, (r) => [...r.slice(0, 3), 'n/a']);
    files.delete('teams.csv');
    const dir = await writePackageFiles(files);
    const { code, stdout } = await cli('summary', '--package', dir);
    expect(code).toBe(1);
    const out = JSON.parse(stdout);
    expect(out.ok).toBe(false);
    expect(out.problems.items).toContainEqual(expect.objectContaining({ file: 'indicators.csv', row: 12, field: 'value', code: 'value-type' }));
    expect(out.problems.items).toContainEqual(expect.objectContaining({ code: 'resource-file-missing', field: 'teams.path' }));
    expect(out.problems.items.every((p: { fix: string }) => p.fix.length > 0)).toBe(true);
  });
});

describe('wijkzicht demo and summary', () => {
  it('writes the demo package, which then summarises cleanly', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wijkzicht-demo-'));
    const written = await cli('demo', '--out', dir);
    expect(written.code).toBe(0);
    const { code, stdout } = await cli('summary', '--package', dir, '--lang', 'nl');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.provenance.fictional).toBe(true);
    expect(summary.counts.teams).toBe(7);
    expect(summary.counts.centres).toBe(12);
  });

  it('explains a missing package path and unknown commands', async () => {
    expect((await cli('summary', '--package', '/nonexistent/x')).stderr).toMatch(/does not exist/);
    expect((await cli('frobnicate')).code).toBe(2);
  });
});

describe('wijkzicht summary on a damaged .zip (regression: exit 2, found by the fuzzer)', () => {
  it('says the archive is not readable and exits 1', async () => {
    const { mkdtemp: temp, writeFile } = await import('node:fs/promises');
    const dir = await temp(path.join(os.tmpdir(), 'wijkzicht-badzip-'));
    const file = path.join(dir, 'kapot.zip');
    // A real zip whose deflated data is damaged in the middle (headers intact), as the fuzzer made it.
    const { zipSync, strToU8 } = await import('fflate');
    const bytes = zipSync({ 'datapackage.json': strToU8(JSON.stringify({ name: 'x', resources: Array.from({ length: 400 }, (_, i) => ({ name: `r${i}`, path: `f${i * 7919}.csv` })) })) }, { level: 6 });
    for (let i = 60; i < bytes.length - 80; i += 97) bytes[i]! ^= 0xff;
    await writeFile(file, bytes);
    const { code, stderr } = await cli('summary', '--package', file);
    expect(stderr).toMatch(/kapot\.zip is not a readable \.zip archive/);
    expect(code).toBe(1);
  });
});
