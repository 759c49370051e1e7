import type { InputFile } from '../../../data/import';
import type { ImportInputs, ReadInputsOptions, ReadProgress } from '../../../data/import';
import { createReadTracker, READ_BUDGET_MS, readFailureInputs, type ReadFailure } from '../../../data/import';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker';

/** How a read in the worker is bounded (the defaults are what the app uses; tests pass their own). */
export interface WorkerReadControl {
  /** Milliseconds each file may take (default {@link READ_BUDGET_MS}); the timer restarts at every file. */
  readonly budgetMs?: number;
  /** Aborting terminates the worker; the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
  /** Makes the worker (tests give a fake). */
  readonly createWorker?: () => Worker;
}

const startImportWorker = (): Worker => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'wijkzicht-import' });

let worker: Worker | null = null;
let nextId = 1;
let cancelCurrent: (() => void) | null = null;

/** Stops the read under way, if any (closing the wizard does): its worker is terminated. */
export function cancelImportRead(): void {
  cancelCurrent?.();
}

/** Stops the read under way and the idle worker too (the next read starts a fresh one). */
export function terminateImportWorker(): void {
  cancelImportRead();
  worker?.terminate();
  worker = null;
}

/**
 * Runs `readImportInputs` in the import worker (started on first use, reused while it is healthy). A file
 * whose read runs past the budget, a worker that dies (a crash, out of memory) and a read that throws all
 * become inputs with one problem naming the file (`import-read-timeout`, `import-read-crashed`), never an
 * internal error text; the stuck worker is terminated, so the next import starts a fresh one.
 */
export function readInWorker(files: readonly InputFile[], options: ReadInputsOptions, progress: ReadProgress, control: WorkerReadControl = {}): Promise<ImportInputs> {
  const budgetMs = control.budgetMs ?? READ_BUDGET_MS;
  cancelImportRead(); // one read at a time: a new read stops the one before
  const w = (worker ??= (control.createWorker ?? startImportWorker)());
  const id = nextId++;
  const tracker = createReadTracker(files);
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanUp = (terminate: boolean) => {
      clearTimeout(timer);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      control.signal?.removeEventListener('abort', onAbort);
      if (cancelCurrent === onAbort) cancelCurrent = null;
      if (terminate) {
        w.terminate();
        if (worker === w) worker = null;
      }
    };
    const stop = (failure: ReadFailure) => {
      cleanUp(true);
      resolve(readFailureInputs(tracker.current(), failure, budgetMs));
    };
    const restartTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stop('timeout'), budgetMs);
    };
    function onMessage(event: MessageEvent<ImportWorkerResponse>) {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') {
        tracker.step(message.file);
        restartTimer();
        progress(message);
        return;
      }
      if (message.kind === 'done') {
        cleanUp(false);
        resolve(message.inputs);
      } else {
        console.error('[wijkzicht] import worker: the read threw:', message.message); // for developers; users see the problem
        stop('crashed');
      }
    }
    function onError(event: ErrorEvent) {
      event.preventDefault();
      console.error('[wijkzicht] import worker died:', event.message);
      stop('crashed');
    }
    function onAbort() {
      cleanUp(true);
      reject(new DOMException('The import read was cancelled', 'AbortError'));
    }
    if (control.signal?.aborted) {
      onAbort();
      return;
    }
    cancelCurrent = onAbort;
    control.signal?.addEventListener('abort', onAbort);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    restartTimer();
    w.postMessage({ id, files, options } satisfies ImportWorkerRequest);
  });
}
