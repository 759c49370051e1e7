import { buildImport, classifyInputFiles } from '../../../../data/import';
import type { InputFile } from '../../../../data/import';
import { packageFilesToZip } from '../../../../data/import';
import { verifyImport } from '../../../../data/import';
import { createMemorySource } from '../../../../data/package';
import { ProblemList } from '../../../../data/problems';
import { readInWorker } from '../read-in-worker';
import type { PickedFile } from '../../../shared/platform/browser-file-sources';
import { inSlice } from '../../../app/app-state';
import { addFiles, closeImport, failed, goToStep, importSaved, inputsRead, outcomeBuilt, readingProgress, startBusy, type ChosenFile } from '../state/import-slice';
import { openPackage } from '../../../app/open-package';
import type { Services } from '../../../app/services';
import { createTranslator } from '../../../shared/i18n/i18n';
import { reportProblem } from '../../../shared/problems';
import { buildOntoMunicipality, fetchOwnFile, loadGeography, type FetchBytes } from './onto-municipality';

const update = (services: Services, updater: Parameters<typeof inSlice<'importer'>>[1]) => services.store.update(inSlice('importer', updater));
/**
 * A step of the wizard failed: the cause goes to the app's notice surface as a coded message (never the
 * error text), and the wizard says in its own words that this step did not work.
 */
function fail(services: Services, error: unknown, userText?: string): void {
  if (userText === undefined) reportProblem(services.store, 'import-failed', error);
  else console.error('[wijkzicht] import:', error);
  update(services, failed(userText ?? createTranslator(services.store.getState().ui.language)('importStepFailed')));
}

/** A file's kind: a .zip is looked into (a zipped shapefile is boundaries, zipped tables are a table). */
export function chosenFile(file: InputFile): ChosenFile {
  if (!/\.zip$/i.test(file.name)) return file;
  const sorted = classifyInputFiles([file], new ProblemList());
  return { ...file, kind: sorted.boundaries.length > 0 ? 'boundary' : sorted.tables.length > 0 ? 'table' : 'other' };
}

/** Adds picked or dropped files to the wizard (their bytes are read now, once); a new choice replaces files of its kinds. */
export async function addImportFiles(services: Services, picked: readonly PickedFile[]): Promise<void> {
  try {
    const files: InputFile[] = await Promise.all(picked.map(async (p) => ({ name: p.path.split('/').pop() ?? p.path, bytes: new Uint8Array(await p.file.arrayBuffer()) })));
    update(services, addFiles(files.map(chosenFile)));
  } catch (error) {
    fail(services, error);
  }
}

/**
 * Reads the chosen files in the import worker, reporting progress (and, for figures onto a built-in
 * municipality, its geography from the app's own files); then the mapping step opens.
 */
export async function readImportFiles(services: Services, fetchBytes: FetchBytes = fetchOwnFile): Promise<void> {
  const { files, readOptions, onto } = services.store.getState().importer;
  update(services, startBusy);
  let geographyFailed = false;
  try {
    const [inputs, geography] = await Promise.all([
      readInWorker(files, readOptions, (p) => update(services, readingProgress(p))),
      onto
        ? loadGeography(onto, fetchBytes).catch((error: unknown) => {
            geographyFailed = true;
            throw error;
          })
        : Promise.resolve(null),
    ]);
    update(services, inputsRead(inputs, geography));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return; // the wizard was closed
    fail(services, error, geographyFailed ? createTranslator(services.store.getState().ui.language)('importGeographyFailed', { name: onto?.name ?? '' }) : undefined);
  }
}

/**
 * Builds the package from the mapping and checks it by opening it with the package reader. Onto a built-in
 * municipality, the organisation of the open package (teams, territory, locations, FTE, roles; the set-up
 * being edited in Inrichten when there is one) is carried over into it.
 */
export async function buildImportReport(services: Services): Promise<void> {
  const { inputs, spec, onto, geography } = services.store.getState().importer;
  if (!inputs) return;
  update(services, startBusy);
  const t = createTranslator(services.store.getState().ui.language);
  const step = (done: number, name: 'importStepAssemble' | 'importStepVerify') => update(services, readingProgress({ done, total: 2, file: t(name), phase: 'build' }));
  try {
    step(0, 'importStepAssemble');
    // Let the progress bar be drawn before the (synchronous) assembling starts.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const built = onto && geography ? await buildOntoMunicipality(services.store.getState(), geography, inputs, spec) : { outcome: buildImport(inputs, spec), carried: null };
    step(1, 'importStepVerify');
    update(services, outcomeBuilt(await verifyImport(built.outcome), built.carried));
    update(services, goToStep('report'));
  } catch (error) {
    fail(services, error);
  }
}

function packageName(services: Services): string {
  const { outcome, spec, onto } = services.store.getState().importer;
  const title = spec.package?.title ?? onto?.name ?? outcome?.report.boundaries?.file.replace(/\.[^.]+$/, '') ?? 'wijkzicht-import';
  return title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'wijkzicht-import';
}

/** Saves the built package as a .zip or a folder (where the platform can write folders). */
export async function saveImportedPackage(services: Services, kind: 'zip' | 'folder'): Promise<void> {
  const { outcome } = services.store.getState().importer;
  if (!outcome?.ok || !outcome.files) return;
  const name = packageName(services);
  const encoder = new TextEncoder();
  update(services, startBusy);
  try {
    const where =
      kind === 'zip'
        ? await services.platform.saveFile(`${name}.zip`, packageFilesToZip(outcome.files), [{ name: 'Data package (.zip)', extensions: ['zip'] }])
        : await services.platform.saveFolder!(name, [...outcome.files].map(([path, text]) => ({ path, bytes: encoder.encode(text) })));
    if (where) update(services, importSaved(where));
    else update(services, (s) => ({ ...s, busy: false }));
  } catch (error) {
    fail(services, error);
  }
}

/** Opens the imported package in the app (the map then shows its first indicator) and closes the wizard. */
export async function openImportedPackage(services: Services): Promise<void> {
  const { outcome, spec, onto } = services.store.getState().importer;
  if (!outcome?.ok || !outcome.files) return;
  const label = spec.package?.title ?? onto?.name ?? packageName(services);
  const opened = await openPackage(services, label, () => createMemorySource(label, outcome.files!));
  if (opened) update(services, closeImport);
}
