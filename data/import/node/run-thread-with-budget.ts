import type { InputFile } from '../input-file';
import { createReadTracker, READ_BUDGET_MS, type ReadFailure } from '../read-budget';
import type { ReadProgress } from '../read-import-inputs';
import { startTsWorker } from './start-ts-worker';

/** How long the worker may take to start (load and compile the readers) before it counts as crashed. */
const START_UP_MS = 60_000;

/**
 * What a thread run by {@link runThreadWithBudget} posts: `started` once its code is loaded, `progress`
 * before each file it reads, `read` once the files are read (what follows is Wijkzicht's own code on what
 * was read, not a reader: no budget), then `done` with its result, `failed` when the read failed, or
 * `error` with the message of an error its own code threw after the read (a wrong option, a bug).
 */
export type BudgetThreadMessage<T> =
  | { readonly kind: 'started' }
  | { readonly kind: 'progress'; readonly done: number; readonly total: number; readonly file: string }
  | { readonly kind: 'read' }
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'failed' }
  | { readonly kind: 'error'; readonly message: string };

/** The end of a run: the thread's result, or why the read stopped and the file it was reading. */
export type BudgetThreadResult<T> = { readonly kind: 'done'; readonly value: T } | { readonly kind: 'stopped'; readonly failure: ReadFailure; readonly file: string };

/**
 * Runs a worker_thread that reads import files, each file with a time budget (Node: the CLI). A file
 * whose read runs past the budget stops the thread and yields `stopped` / `timeout` naming the file being
 * read; a thread that dies while reading (a crash, out of memory) `stopped` / `crashed`. The budget of each
 * file starts at its progress step (the first when the thread has loaded its code) and ends at `read`. An
 * `error` message, or a thread dying after `read`, rejects with an Error (the command's own failure, as
 * if it had run on the main thread).
 *
 * @example
 * const result = await runThreadWithBudget<ImportInputs>(siblingModule('read-inputs-thread', import.meta.url), request, files, { budgetMs: 20_000 });
 */
export function runThreadWithBudget<T>(entry: URL, request: unknown, files: readonly InputFile[], budget: { readonly budgetMs?: number; readonly progress?: ReadProgress } = {}): Promise<BudgetThreadResult<T>> {
  const budgetMs = budget.budgetMs ?? READ_BUDGET_MS;
  const tracker = createReadTracker(files);
  const worker = startTsWorker(entry, null);
  return new Promise((resolve, reject) => {
    let settled = false;
    let reading = true;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      end();
    };
    const fail = (failure: ReadFailure) => {
      if (reading) settle(() => resolve({ kind: 'stopped', failure, file: tracker.current() }));
      else settle(() => reject(new Error('The import stopped unexpectedly after the files were read.')));
    };
    // The budget starts when the worker has loaded the readers (compiling them from source takes a while).
    let timer = setTimeout(() => fail('crashed'), START_UP_MS);
    worker.on('message', (message: BudgetThreadMessage<T>) => {
      if (message.kind === 'started') {
        clearTimeout(timer);
        timer = setTimeout(() => fail('timeout'), budgetMs);
      } else if (message.kind === 'progress') {
        // Each file has the whole budget: the timer restarts as the next file is read.
        clearTimeout(timer);
        timer = setTimeout(() => fail('timeout'), budgetMs);
        tracker.step(message.file);
        budget.progress?.({ done: message.done, total: message.total, file: message.file });
      } else if (message.kind === 'read') {
        clearTimeout(timer);
        reading = false;
      } else if (message.kind === 'done') settle(() => resolve({ kind: 'done', value: message.value }));
      else if (message.kind === 'error') settle(() => reject(new Error(message.message)));
      else fail('crashed');
    });
    worker.on('error', () => fail('crashed'));
    worker.on('exit', () => fail('crashed'));
    worker.postMessage(request);
  });
}
