import type { InputFile } from '../../../data/import';
import type { ImportInputs, ReadInputsOptions, ReadProgress } from '../../../data/import';
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-worker';

let worker: Worker | null = null;
let nextId = 1;

/** Runs `readImportInputs` in the import worker (started once, on first use). */
export function readInWorker(files: readonly InputFile[], options: ReadInputsOptions, progress: ReadProgress): Promise<ImportInputs> {
  worker ??= new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'wijkzicht-import' });
  const id = nextId++;
  const w = worker;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ImportWorkerResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.kind === 'progress') {
        progress(message);
        return;
      }
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      if (message.kind === 'done') resolve(message.inputs);
      else reject(new Error(message.message));
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker = null;
      w.terminate();
      reject(new Error(`The import worker failed: ${event.message}`));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, files, options } satisfies ImportWorkerRequest);
  });
}
