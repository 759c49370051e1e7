import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readImportInputsWithBudget } from '../../../../data/import/node/read-inputs-with-budget';
import { describeProblem } from '../../../../data/problems';
import { fixtureBytes } from '../../formats/table/helpers';

/**
 * The 807-byte Parquet file that hangs hyparquet forever: the repo's own fixture indicators-long.parquet
 * (written by hyparquet-writer, tests/fixtures/import/tables/generate-fixtures.ts) with one byte of its
 * first data page changed (offset 112: 0x04 → 0xCF). Found by the fuzzer; hyparquet 1.31.5 loops in a
 * synchronous decode, so only terminating the worker stops it.
 */
function hangingParquet807(): Uint8Array {
  const bytes = fixtureBytes('indicators-long.parquet').slice();
  bytes[112] = 0xcf;
  return bytes;
}

const ROOT = path.resolve(import.meta.dirname, '../../../..');

describe('readImportInputsWithBudget (the CLI reads in a worker_thread with a time budget)', () => {
  it('the 807-byte Parquet that hangs hyparquet: stopped after the budget as import-read-timeout naming the file; the next read works', async () => {
    expect(hangingParquet807()).toHaveLength(807);
    const started = Date.now();
    const stuck = await readImportInputsWithBudget([{ name: 'hangt-807.parquet', bytes: hangingParquet807() }], {}, { budgetMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(stuck.problems).toEqual([{ severity: 'error', code: 'import-read-timeout', file: 'hangt-807.parquet', params: { name: 'hangt-807.parquet', seconds: 1 } }]);
    expect(describeProblem(stuck.problems[0]!, 'nl').message).toBe('Het lezen van hangt-807.parquet duurde langer dan 1 s en werd gestopt.');

    const next = await readImportInputsWithBudget([{ name: 'goed.parquet', bytes: fixtureBytes('indicators-long.parquet') }], {}, { budgetMs: 10_000 });
    expect(next.problems).toEqual([]);
    expect(next.tables[0]!.table.rows).toHaveLength(6);
  });

  it('names the file being read when it hangs, after the files before it were read', async () => {
    const steps: string[] = [];
    const inputs = await readImportInputsWithBudget(
      [{ name: 'long.csv', bytes: fixtureBytes('long.csv') }, { name: 'hangt-807.parquet', bytes: hangingParquet807() }],
      {},
      { budgetMs: 1_000, progress: (p) => steps.push(p.file) },
    );
    expect(steps).toEqual(['long.csv', 'hangt-807.parquet']);
    expect(inputs.problems.map((p) => [p.code, p.file])).toEqual([['import-read-timeout', 'hangt-807.parquet']]);
  });

  it('CLI: import of the hanging Parquet prints the problem in Dutch and exits 1 (not 2, not a hang)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijkzicht-hang-'));
    const file = path.join(dir, 'hangt-807.parquet');
    writeFileSync(file, hangingParquet807());
    const run = promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'cli/wijkzicht.ts'), 'import', file, '--out', path.join(dir, 'out'), '--lang', 'nl'], {
      env: { ...process.env, WIJKZICHT_READ_BUDGET_MS: '1000' },
      timeout: 60_000,
    });
    const failure = await run.then(() => null, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('Het lezen van hangt-807.parquet duurde langer dan 1 s en werd gestopt.');
  });
});
