import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readImportInputsWithBudget } from '../../../../data/import/node/read-inputs-with-budget';
import { describeProblem } from '../../../../data/problems';
import { fixtureBytes } from '../../formats/table/helpers';
import { hangingParquet807 } from '../../formats/parquet/hanging-parquet';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const HANGING = new URL('./hanging-thread.ts', import.meta.url);

describe('readImportInputsWithBudget (the CLI reads in a worker_thread with a time budget)', () => {
  it('a reader stuck in a synchronous loop is terminated after the budget: import-read-timeout naming the file (nl, en); the next read works', async () => {
    const started = Date.now();
    const stuck = await readImportInputsWithBudget([{ name: 'hangt.parquet', bytes: fixtureBytes('indicators-long.parquet') }], {}, { budgetMs: 1_000, threadEntry: HANGING });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(stuck.problems).toEqual([{ severity: 'error', code: 'import-read-timeout', file: 'hangt.parquet', params: { name: 'hangt.parquet', seconds: 1 } }]);
    expect(describeProblem(stuck.problems[0]!, 'nl').message).toBe('Het lezen van hangt.parquet duurde langer dan 1 s en werd gestopt.');
    expect(describeProblem(stuck.problems[0]!, 'en').message).toBe('Reading hangt.parquet took longer than 1 s and was stopped.');

    const next = await readImportInputsWithBudget([{ name: 'goed.parquet', bytes: fixtureBytes('indicators-long.parquet') }], {}, { budgetMs: 10_000 });
    expect(next.problems).toEqual([]);
    expect(next.tables[0]!.table.rows).toHaveLength(6);
  });

  it('names the file being read when it hangs, after the files before it were read (each file has the whole budget)', async () => {
    const steps: string[] = [];
    const inputs = await readImportInputsWithBudget(
      [{ name: 'long.csv', bytes: fixtureBytes('long.csv') }, { name: 'hangt.csv', bytes: fixtureBytes('long.csv') }],
      {},
      { budgetMs: 1_000, progress: (p) => steps.push(p.file), threadEntry: HANGING },
    );
    expect(steps).toEqual(['long.csv', 'hangt.csv']);
    expect(inputs.problems.map((p) => [p.code, p.file])).toEqual([['import-read-timeout', 'hangt.csv']]);
  });

  it('a worker that dies becomes import-read-crashed naming the files', async () => {
    const inputs = await readImportInputsWithBudget([{ name: 'long.csv', bytes: fixtureBytes('long.csv') }], {}, { threadEntry: new URL('./no-such-thread.ts', import.meta.url) });
    expect(inputs.problems).toEqual([{ severity: 'error', code: 'import-read-crashed', file: 'long.csv', params: { name: 'long.csv' } }]);
  });

  it('CLI: importing the 807-byte Parquet that hung hyparquet prints a located problem in Dutch and exits 1 (not 2, not a hang)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijkzicht-hang-'));
    const file = path.join(dir, 'kapot-807.parquet');
    writeFileSync(file, hangingParquet807());
    const run = promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'cli/wijkzicht.ts'), 'import', file, '--out', path.join(dir, 'out'), '--lang', 'nl'], {
      env: { ...process.env, WIJKZICHT_READ_BUDGET_MS: '5000' },
      timeout: 60_000,
    });
    const failure = await run.then(() => null, (error: { code: number; stdout: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stdout).toContain('FOUT kapot-807.parquet: Het bestand lijkt Parquet maar kan niet gelezen worden');
  });
});
