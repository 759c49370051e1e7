import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT, hasKortrijk } from '../helpers/shared-data';
import { CLI_BUNDLE } from '../helpers/cli-bundle';

const run = promisify(execFile);
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map(['analyse', 'locate', 'allocate'].map((name) => [name, ajv.compile(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cli', 'schemas', `${name}.schema.json`), 'utf8')))] as const));

async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, ...args], { cwd: PROJECT_ROOT, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout + e.stderr };
  }
}

function expectValid(name: string, output: unknown) {
  const validate = validators.get(name)!;
  const ok = validate(output);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe.skipIf(!hasKortrijk)('analysis commands on Kortrijk', () => {
  it('analyse --json gives the per-team and per-area tables for 2024, valid against its schema', async () => {
    const { code, stdout } = await cli('analyse', '--package', KORTRIJK_DIR, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expectValid('analyse', report);
    expect(report).toMatchObject({ level: 'sector', period: 2024 });
    expect(report.teams).toHaveLength(7);
    expect(report.areas).toHaveLength(113);
    expect(report.totals.currentSocialWorkerFte).toBe(77);
    expect(report.teams.reduce((s: number, t: { allocatedFte: number }) => s + t.allocatedFte, 0)).toBe(77);
    // Caseload per FTE differs a lot between teams (about 26 to 58 in this synthetic model).
    const caseloads = report.teams.map((t: { caseloadPerFteNow: number }) => t.caseloadPerFteNow);
    expect(Math.min(...caseloads)).toBeLessThan(30);
    expect(Math.max(...caseloads)).toBeGreaterThan(50);
    // No reach that would reveal 1–4 known clients is printed.
    expect(report.suppression.knownClientsHidden).toBeGreaterThan(0);
  });

  it('analyse at wijk level prints text tables', async () => {
    const { code, stdout } = await cli('analyse', '--package', KORTRIJK_DIR, '--level', 'wijk', '--top', '5');
    expect(code).toBe(0);
    expect(stdout).toContain('Teams');
    expect(stdout).toMatch(/Areas, 5 biggest coverage gaps \(of 14\)/);
  });

  it('locate adds the best site(s) and matches the exact optimum for k = 2', async () => {
    const { code, stdout } = await cli('locate', '--package', KORTRIJK_DIR, '--add', '2', '--radius-km', '1.5', '--model', 'mclp', '--exact', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expectValid('locate', report);
    expect(report.chosen).toHaveLength(2);
    expect(report.gain).toBeGreaterThan(0);
    expect(report.exact.gapPercent).toBeLessThanOrEqual(0.5);
  });

  it('allocate shares 77 FTE by need within the bounds and says who gains or loses', async () => {
    const { code, stdout } = await cli('allocate', '--package', KORTRIJK_DIR, '--total-fte', '77', '--method', 'sainte-lague', '--min', '3', '--max-change', '2', '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expectValid('allocate', report);
    expect(report.teams.reduce((s: number, t: { allocatedFte: number }) => s + t.allocatedFte, 0)).toBe(77);
    for (const t of report.teams) {
      expect(Math.abs(t.change)).toBeLessThanOrEqual(2);
      expect(t.allocatedFte).toBeGreaterThanOrEqual(3);
      expect(Number.isInteger(t.allocatedFte * 2)).toBe(true);
    }
    expect(report.gains.length + report.losses.length).toBeGreaterThan(0);
  });
});

describe('analysis commands on the demo package', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'wz-analysis-'));
    expect((await cli('demo', '--out', dir)).code).toBe(0);
  });

  it('analyse, locate (p-median) and allocate (Hamilton) all produce valid JSON', async () => {
    const analyse = JSON.parse((await cli('analyse', '--package', dir, '--json', '--need', 'est_poverty_persons:2,leefloon_persons')).stdout);
    expectValid('analyse', analyse);
    expect(analyse.package.fictional).toBe(true);
    expect(analyse.settings.needIndicators).toEqual([{ id: 'est_poverty_persons', weight: 2 }, { id: 'leefloon_persons', weight: 1 }]);
    const locate = JSON.parse((await cli('locate', '--package', dir, '--model', 'p-median', '--add', '1', '--json')).stdout);
    expectValid('locate', locate);
    const allocate = JSON.parse((await cli('allocate', '--package', dir, '--method', 'hamilton', '--json')).stdout);
    expectValid('allocate', allocate);
  });

  it('explains bad options', async () => {
    expect((await cli('allocate', '--package', dir, '--method', 'borda')).stdout).toMatch(/--method must be one of/);
    expect((await cli('analyse', '--package', dir, '--period', '1999')).stdout).toMatch(/the package has periods 2022, 2023, 2024/);
    expect((await cli('analyse', '--package', dir, '--need', 'nope')).stdout).toMatch(/Unknown need indicator nope/);
  });
});
