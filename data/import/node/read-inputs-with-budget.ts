import type { InputFile } from '../input-file';
import { createReadTracker, READ_BUDGET_MS, readFailureInputs, type ReadFailure } from '../read-budget';
import type { ImportInputs, ReadInputsOptions, ReadProgress } from '../read-import-inputs';
import type { ThreadRequest, ThreadResponse } from './read-inputs-thread';
import { siblingModule, startTsWorker } from './start-ts-worker';

/** How long the worker may take to start (load and compile the readers) before it counts as crashed. */
const START_UP_MS = 60_000;

export interface BudgetOptions {
  /** Milliseconds each file may take (default {@link READ_BUDGET_MS}). */
  readonly budgetMs?: number;
  readonly progress?: ReadProgress;
  /** The worker module (tests give one that hangs); default `read-inputs-thread` beside this module. */
  readonly threadEntry?: URL;
}

/**
 * `readImportInputs` in a worker_thread with a time budget (Node: the CLI). A read that runs past the
 * budget is terminated and becomes an `import-read-timeout` problem naming the file being read; a worker
 * that dies (a crash, out of memory) an `import-read-crashed` problem. Never throws for bad content.
 *
 * @example
 * const inputs = await readImportInputsWithBudget(files, {}, { budgetMs: 20_000 });
 */
export function readImportInputsWithBudget(files: readonly InputFile[], options: ReadInputsOptions, budget: BudgetOptions = {}): Promise<ImportInputs> {
  const budgetMs = budget.budgetMs ?? READ_BUDGET_MS;
  const tracker = createReadTracker(files);
  const worker = startTsWorker(budget.threadEntry ?? siblingModule('read-inputs-thread', import.meta.url), null);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (inputs: ImportInputs) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(inputs);
    };
    const fail = (failure: ReadFailure) => finish(readFailureInputs(tracker.current(), failure, budgetMs));
    // The budget starts when the worker has loaded the readers (compiling them from source takes a while).
    let timer = setTimeout(() => fail('crashed'), START_UP_MS);
    worker.on('message', (message: ThreadResponse) => {
      if (message.kind === 'started') {
        clearTimeout(timer);
        timer = setTimeout(() => fail('timeout'), budgetMs);
      } else if (message.kind === 'progress') {
        // Each file has the whole budget: the timer restarts as the next file is read.
        clearTimeout(timer);
        timer = setTimeout(() => fail('timeout'), budgetMs);
        tracker.step(message.file);
        budget.progress?.({ done: message.done, total: message.total, file: message.file });
      } else if (message.kind === 'done') finish(message.inputs);
      else fail('crashed');
    });
    worker.on('error', () => fail('crashed'));
    worker.on('exit', () => fail('crashed'));
    worker.postMessage({ files, options } satisfies ThreadRequest);
  });
}
