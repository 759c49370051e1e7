/**
 * The worker_thread that runs the `import` command's import of boundaries and tables (not onto a built-in
 * municipality): reads the files (each with the time budget, see data/import/node/run-thread-with-budget.ts),
 * maps them with the command line's options, builds the package and opens it as the app will
 * (`verifyImport`), then posts the outcome. Only the outcome (the report, the problems and the package's
 * files as text) crosses back to the main thread, not everything read; and the main thread does not load
 * the readers at all.
 */
import { parentPort } from 'node:worker_threads';
import { buildImport, readImportInputs, verifyImport, type ImportOutcome, type InputFile, type ReadInputsOptions } from '../../data/import';
import type { BudgetThreadMessage } from '../../data/import/node/run-thread-with-budget';
import { boundarySpecOf, tableMappings, type ImportValues } from './import-spec';

/** The files, how to read them (`readOptionsOf`, checked on the main thread) and the command line's options. */
export type ImportThreadRequest = { readonly files: readonly InputFile[]; readonly options: ReadInputsOptions; readonly values: ImportValues };
type Message = BudgetThreadMessage<ImportOutcome>;

const port = parentPort;
port?.once('message', (request: ImportThreadRequest) => {
  port.postMessage({ kind: 'started' } satisfies Message);
  readImportInputs(request.files, request.options, (p) => port.postMessage({ kind: 'progress', ...p } satisfies Message)).then(
    async (inputs) => {
      port.postMessage({ kind: 'read' } satisfies Message);
      try {
        const outcome = await verifyImport(buildImport(inputs, boundarySpecOf(request.values, tableMappings(inputs, request.values))));
        port.postMessage({ kind: 'done', value: outcome } satisfies Message);
      } catch (error) {
        port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies Message);
      }
    },
    () => port.postMessage({ kind: 'failed' } satisfies Message),
  );
});
