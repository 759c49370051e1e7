/**
 * The worker_thread side of `readImportInputsWithBudget`: reads the files it is sent, posting progress
 * (so the caller knows which file a hang is in), then the inputs.
 */
import { parentPort } from 'node:worker_threads';
import type { InputFile } from '../input-file';
import { readImportInputs, type ImportInputs, type ReadInputsOptions } from '../read-import-inputs';
import type { BudgetThreadMessage } from './run-thread-with-budget';

export type ThreadRequest = { readonly files: readonly InputFile[]; readonly options: ReadInputsOptions };
export type ThreadResponse = BudgetThreadMessage<ImportInputs>;

const port = parentPort;
port?.once('message', (request: ThreadRequest) => {
  port.postMessage({ kind: 'started' } satisfies ThreadResponse);
  readImportInputs(request.files, request.options, (p) => port.postMessage({ kind: 'progress', ...p } satisfies ThreadResponse)).then(
    (inputs) => port.postMessage({ kind: 'done', value: inputs } satisfies ThreadResponse),
    () => port.postMessage({ kind: 'failed' } satisfies ThreadResponse),
  );
});
