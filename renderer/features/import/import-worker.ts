/// <reference lib="webworker" />
/**
 * Reads import files off the UI thread: parsing a Flanders-wide shapefile, reprojecting it and checking
 * every ring takes long enough to freeze the window otherwise. Posts progress, then the inputs.
 */
import type { InputFile } from '../../../data/import';
import { readImportInputs, type ImportInputs, type ReadInputsOptions } from '../../../data/import';

export type ImportWorkerRequest = { readonly id: number; readonly files: readonly InputFile[]; readonly options: ReadInputsOptions };
export type ImportWorkerResponse =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number; readonly total: number; readonly file: string }
  | { readonly id: number; readonly kind: 'done'; readonly inputs: ImportInputs }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const { id, files, options } = event.data;
  try {
    const inputs = await readImportInputs(files, options, (p) => scope.postMessage({ id, kind: 'progress', ...p } satisfies ImportWorkerResponse));
    scope.postMessage({ id, kind: 'done', inputs } satisfies ImportWorkerResponse);
  } catch (error) {
    scope.postMessage({ id, kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies ImportWorkerResponse);
  }
};
