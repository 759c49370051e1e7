import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readImportInputs, type InputFile } from '../../../../data/import';
import { describeProblem } from '../../../../data/problems';
import { cancelImportRead, readInWorker, terminateImportWorker } from '../../../../renderer/features/import/read-in-worker';
import type { ImportWorkerRequest, ImportWorkerResponse } from '../../../../renderer/features/import/import-worker';

type Behaviour = 'read' | 'hang' | 'crash' | 'throw';

/** A stand-in for the import worker: reads for real in-process, or hangs on its first file, or dies. */
class FakeWorker extends EventTarget {
  terminated = false;
  constructor(private readonly behaviour: Behaviour) {
    super();
  }
  postMessage(request: ImportWorkerRequest): void {
    const send = (data: ImportWorkerResponse) => setTimeout(() => !this.terminated && this.dispatchEvent(new MessageEvent('message', { data })));
    const { id, files, options } = request;
    if (this.behaviour === 'hang') send({ id, kind: 'progress', done: 0, total: files.length, file: files[0]!.name });
    else if (this.behaviour === 'crash') setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })));
    else if (this.behaviour === 'throw') send({ id, kind: 'failed', message: "Cannot read properties of undefined (reading 'map')" });
    else void readImportInputs(files, options, (p) => send({ id, kind: 'progress', ...p })).then((inputs) => send({ id, kind: 'done', inputs }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fixture = (name: string): InputFile => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/import/tables/${name}`, import.meta.url))) });

function starter(behaviours: Behaviour[]) {
  const made: FakeWorker[] = [];
  return { made, createWorker: () => made[made.push(new FakeWorker(behaviours[made.length] ?? 'read')) - 1] as unknown as Worker };
}

describe('readInWorker: a read that hangs or crashes', () => {
  beforeEach(terminateImportWorker);

  it('terminates a worker stuck on a file after the budget, names the file (nl and en), and the next import works in a fresh worker', async () => {
    const { made, createWorker } = starter(['hang', 'read']);
    const started = Date.now();
    const stuck = await readInWorker([{ name: 'kapot.parquet', bytes: new Uint8Array([0x50, 0x41, 0x52, 0x31]) }], {}, () => {}, { budgetMs: 200, createWorker });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(stuck.tables).toEqual([]);
    expect(stuck.problems).toEqual([{ severity: 'error', code: 'import-read-timeout', file: 'kapot.parquet', params: { name: 'kapot.parquet', seconds: 1 } }]);
    expect(describeProblem(stuck.problems[0]!, 'nl').message).toBe('Het lezen van kapot.parquet duurde langer dan 1 s en werd gestopt.');
    expect(describeProblem(stuck.problems[0]!, 'en').message).toBe('Reading kapot.parquet took longer than 1 s and was stopped.');
    expect(made[0]!.terminated).toBe(true);

    const next = await readInWorker([fixture('indicators-long.parquet')], {}, () => {}, { budgetMs: 10_000, createWorker });
    expect(made).toHaveLength(2);
    expect(next.problems).toEqual([]);
    expect(next.tables[0]!.table.rows).toHaveLength(6);
  });

  it('a worker that dies becomes import-read-crashed naming the files; the next read starts a new worker', async () => {
    const { made, createWorker } = starter(['crash', 'read']);
    const crashed = await readInWorker([fixture('long.csv'), fixture('us.csv')], {}, () => {}, { budgetMs: 5_000, createWorker });
    expect(crashed.problems).toEqual([{ severity: 'error', code: 'import-read-crashed', file: 'long.csv, us.csv', params: { name: 'long.csv, us.csv' } }]);
    expect(made[0]!.terminated).toBe(true);
    const next = await readInWorker([fixture('long.csv')], {}, () => {}, { createWorker });
    expect(next.tables).toHaveLength(1);
    expect(made[1]!.terminated).toBe(false);
  });

  it('a read that throws inside the worker shows no internal text', async () => {
    const { createWorker } = starter(['throw']);
    const inputs = await readInWorker([fixture('long.csv')], {}, () => {}, { createWorker });
    expect(inputs.problems.map((p) => p.code)).toEqual(['import-read-crashed']);
    expect(JSON.stringify(inputs.problems.map((p) => describeProblem(p, 'nl')))).not.toMatch(/Cannot read|undefined/);
  });

  it('cancelling (an abort signal, or closing the wizard) terminates the worker and rejects with an AbortError', async () => {
    const { made, createWorker } = starter(['hang', 'hang']);
    const controller = new AbortController();
    const read = readInWorker([fixture('long.csv')], {}, () => {}, { budgetMs: 60_000, signal: controller.signal, createWorker });
    controller.abort();
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0]!.terminated).toBe(true);
    const second = readInWorker([fixture('long.csv')], {}, () => {}, { budgetMs: 60_000, createWorker });
    cancelImportRead();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[1]!.terminated).toBe(true);
  });
});
