import { readPackage } from '../package/read-package';
import { createMemorySource } from '../package/sources/memory-source';
import { buildImport } from './build-import';
import type { ImportOutcome, ImportSpec } from './import-types';
import type { InputFile } from './input-file';
import { readImportInputs, type ReadInputsOptions, type ReadProgress } from './read-import-inputs';

/**
 * The whole import in one call (what the CLI runs): read the files, map them with `spec` (defaults guessed),
 * assemble the package and open it with the package reader, so what is saved is exactly what the app will
 * open. Any error anywhere leaves `files` null: nothing is written, nothing already loaded changes.
 *
 * @example
 * const outcome = await runImport(files, { crs: 'EPSG:31370' }, { boundaries: { codeField: 'geoitem', level: 'wijk' } });
 */
export async function runImport(files: readonly InputFile[], read: ReadInputsOptions, spec: ImportSpec, progress?: ReadProgress): Promise<ImportOutcome> {
  const inputs = await readImportInputs(files, read, progress);
  return verifyImport(buildImport(inputs, spec));
}

/** Opens the assembled package with the package reader; its problems join the outcome. */
export async function verifyImport(outcome: ImportOutcome): Promise<ImportOutcome> {
  if (!outcome.ok || !outcome.files) return outcome;
  const check = await readPackage(createMemorySource('import', outcome.files));
  if (check.ok) return { ...outcome, problems: [...outcome.problems, ...check.problems] };
  return { ...outcome, ok: false, files: null, problems: [...outcome.problems, ...check.problems] };
}
