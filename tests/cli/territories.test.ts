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
  it('proposes 7 contiguous territories within ±10 % of the mean persons in need, none empty, as schema-valid JSON, in under 1 s', async () => {
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
    expect(out.milliseconds).toBeLessThan(1000);
  }, 60_000);

  it('prints a table and says when a tight tolerance is not met, and why', async () => {
    const { stdout } = await run(process.execPath, [CLI_BUNDLE, 'territories', '--package', KORTRIJK_DIR, '--tolerance', '0.01'], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/113 areas into 7 teams/);
    expect(stdout).toContain('tolerance NOT met');
    expect(stdout).toMatch(/binding: /);
  }, 60_000);
});
