import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { KORTRIJK_DIR, PROJECT_ROOT, hasKortrijk, needsShared } from '../helpers/shared-data';
import { CLI_BUNDLE } from '../helpers/cli-bundle';

const run = promisify(execFile);
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'cli', 'schemas', 'territories.schema.json'), 'utf8')));

describe('territories CLI on Kortrijk', needsShared(hasKortrijk, '../shared/data/kortrijk'), () => {
  it('proposes 7 contiguous territories within ±10 % of the mean persons in need, none empty, as schema-valid JSON, with its time', async () => {
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--teams', '7', '--balance', 'personsInNeed', '--tolerance', '0.1', '--json'], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 });
    const out = JSON.parse(stdout);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(out)).toBe(true);
    expect(out.schema).toBe('wijkzicht-territories/1');
    expect(out.areas).toHaveLength(113);
    expect(new Set(out.areas.map((a: { code: string }) => a.code)).size).toBe(113);
    expect(out.report.teams).toHaveLength(7);
    expect(out.report.teams.every((t: { pieces: number; areas: number }) => t.pieces === 1 && t.areas > 0)).toBe(true);
    expect(out.report.toleranceMet).toBe(true);
    expect(out.report.worstDeviation).toBeLessThanOrEqual(0.1);
    // the search keeps balancing inside the tolerance: 0.87 % at the time of writing (docs/methods.md)
    expect(out.report.worstDeviation).toBeLessThan(0.02);
    // the ≤ 1 s target is the bench's (`npm run bench -- --section territories`): no timed assertion in a test,
    // where other work on the machine decides the figure (a cold CLI call on 2 busy cores measured 0.6–1.1 s)
    expect(out.milliseconds).toBeGreaterThanOrEqual(0);
  }, 60_000);

  it('prints a table and says when a tolerance is not met, and why (14 whole wijken are too coarse for ±10 %)', async () => {
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--keep-wijken', '--tolerance', '0.1'], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/113 areas into 7 teams/);
    expect(stdout).toContain('tolerance NOT met');
    expect(stdout).toMatch(/binding: keep-wijken: /);
  }, 60_000);

  it('--teams 5: keeps 5 of the 7 teams (spread out) and says which 2 get no territory; --teams 9 adds "Nieuw team 1" and "Nieuw team 2"', async () => {
    const fewer = JSON.parse((await run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--teams', '5', '--json'], { cwd: PROJECT_ROOT, maxBuffer: 16 * 1024 * 1024 })).stdout);
    expect(validate(fewer)).toBe(true);
    expect(fewer.teams).toBe(5);
    expect(fewer.report.teams).toHaveLength(5);
    expect(fewer.teamChanges.dropped).toHaveLength(2);
    expect(fewer.report.teams.every((t: { pieces: number }) => t.pieces === 1)).toBe(true);
    expect(fewer.report.toleranceMet).toBe(true);
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--teams', '9'], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/113 areas into 9 teams/);
    expect(stdout).toMatch(/new team Nieuw team 1 grows from area \S+/);
    expect(stdout).toMatch(/Nieuw team 2 +\d+/);
    await expect(run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--teams', '200'], { cwd: PROJECT_ROOT })).rejects.toThrow(/--teams/);
  }, 120_000);
});
