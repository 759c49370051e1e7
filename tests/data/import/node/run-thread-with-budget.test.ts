import { describe, expect, it } from 'vitest';
import { runThreadWithBudget } from '../../../../data/import/node/run-thread-with-budget';

const SCRIPTED = new URL('./scripted-thread.ts', import.meta.url);
const files = [{ name: 'a.csv', bytes: new Uint8Array() }];

describe('runThreadWithBudget (the CLI import thread: budgeted read, then unbudgeted work)', () => {
  it('stops a read that runs past the budget, naming the file', async () => {
    expect(await runThreadWithBudget(SCRIPTED, { mode: 'hang' }, files, { budgetMs: 500 })).toEqual({ kind: 'stopped', failure: 'timeout', file: 'a.csv' });
  });

  it('after `read` the budget no longer applies: work longer than it still ends with the result', async () => {
    expect(await runThreadWithBudget(SCRIPTED, { mode: 'slow-after-read' }, files, { budgetMs: 500 })).toEqual({ kind: 'done', value: 'built' });
  });

  it('an error after the read rejects with its message; a thread ending without a result after the read rejects too', async () => {
    await expect(runThreadWithBudget(SCRIPTED, { mode: 'error-after-read' }, files, { budgetMs: 5_000 })).rejects.toThrow('--period must be a year, got abc');
    await expect(runThreadWithBudget(SCRIPTED, { mode: 'exit-after-read' }, files, { budgetMs: 5_000 })).rejects.toThrow(/stopped unexpectedly after the files were read/);
  });
});
