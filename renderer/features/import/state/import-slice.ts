import type { SupportedCrs } from '../../../../data/import';
import type { ImportedDefinition, ImportOutcome, ImportSpec } from '../../../../data/import';
import { guessBoundaryFields, guessLevel } from '../../../../data/import';
import type { InputFile } from '../../../../data/import';
import type { ImportInputs, ReadInputsOptions } from '../../../../data/import';
import type { TableReadOptions } from '../../../../data/import';
import type { TableMapping } from '../../../../data/import';

export type ImportStep = 'files' | 'mapping' | 'indicators' | 'report';
export const IMPORT_STEPS: readonly ImportStep[] = ['files', 'mapping', 'indicators', 'report'];

/** The import wizard: the chosen files, how to read them, what was read, the user's mapping, the outcome. */
export interface ImportState {
  readonly open: boolean;
  readonly step: ImportStep;
  readonly files: readonly InputFile[];
  readonly readOptions: ReadInputsOptions;
  /** The filter as typed (field and prefix), applied when both are filled in. */
  readonly filterDraft: { readonly field: string; readonly prefix: string };
  readonly progress: { readonly done: number; readonly total: number; readonly file: string } | null;
  readonly inputs: ImportInputs | null;
  readonly spec: ImportSpec;
  readonly outcome: ImportOutcome | null;
  readonly busy: boolean;
  readonly saved: string | null;
  readonly failure: string | null;
}

export const initialImportState: ImportState = {
  open: false,
  step: 'files',
  files: [],
  readOptions: {},
  filterDraft: { field: '', prefix: '' },
  progress: null,
  inputs: null,
  spec: { boundaries: {} },
  outcome: null,
  busy: false,
  saved: null,
  failure: null,
};

export const openImport = (s: ImportState): ImportState => ({ ...initialImportState, open: true, files: s.open ? s.files : [] });
export const closeImport = (_s: ImportState): ImportState => initialImportState;
export const goToStep = (step: ImportStep) => (s: ImportState): ImportState => ({ ...s, step, failure: null });

/** Adds files (same name replaces); anything read before is out of date. */
export const addFiles = (files: readonly InputFile[]) => (s: ImportState): ImportState => {
  const names = new Set(files.map((f) => f.name));
  return { ...s, files: [...s.files.filter((f) => !names.has(f.name)), ...files], inputs: null, outcome: null, step: 'files', saved: null };
};
export const removeFile = (name: string) => (s: ImportState): ImportState => ({ ...s, files: s.files.filter((f) => f.name !== name), inputs: null, outcome: null, saved: null });

export const setCrs = (crs: SupportedCrs | undefined) => (s: ImportState): ImportState => {
  const { crs: _drop, ...rest } = s.readOptions;
  return { ...s, readOptions: crs ? { ...rest, crs } : rest, inputs: null, outcome: null };
};
export const setFilter = (draft: { field: string; prefix: string }) => (s: ImportState): ImportState => {
  const { filter: _drop, ...rest } = s.readOptions;
  const field = draft.field.trim();
  const prefix = draft.prefix.trim();
  return { ...s, filterDraft: draft, readOptions: field && prefix ? { ...rest, filter: { field, prefix } } : rest, inputs: null, outcome: null };
};
export const setTableReadOptions = (file: string, options: TableReadOptions) => (s: ImportState): ImportState => ({
  ...s,
  readOptions: { ...s.readOptions, tables: { ...s.readOptions.tables, [file]: options } },
  inputs: null,
  outcome: null,
});

export const startBusy = (s: ImportState): ImportState => ({ ...s, busy: true, failure: null, progress: null });
export const readingProgress = (progress: ImportState['progress']) => (s: ImportState): ImportState => ({ ...s, progress });
export const failed = (message: string) => (s: ImportState): ImportState => ({ ...s, busy: false, progress: null, failure: message });

/** Files were read: take the guesses as the starting mapping, keep choices the user already made. */
export const inputsRead = (inputs: ImportInputs) => (s: ImportState): ImportState => {
  const layer = inputs.boundary;
  const guessed = layer ? guessBoundaryFields(layer) : null;
  const fieldNames = layer?.fields.map((f) => f.name) ?? [];
  const keep = (field: string | undefined) => (field && fieldNames.includes(field) ? field : undefined);
  const codeField = keep(s.spec.boundaries.codeField) ?? guessed?.codeField;
  const nameField = keep(s.spec.boundaries.nameField) ?? guessed?.nameField;
  const level =
    s.spec.boundaries.level ??
    (layer && codeField ? guessLevel(layer.features.map((f) => String(f.properties[codeField] ?? ''))) : undefined);
  const mappings: Record<string, TableMapping> = {};
  for (const t of inputs.tables) mappings[t.table.file] = s.spec.mappings?.[t.table.file] ?? t.guess.mapping;
  return {
    ...s,
    busy: false,
    progress: null,
    inputs,
    outcome: null,
    step: 'mapping',
    spec: { ...s.spec, boundaries: { ...(codeField ? { codeField } : {}), ...(nameField ? { nameField } : {}), ...(level ? { level } : {}) }, mappings },
  };
};

export const setBoundarySpec = (change: Partial<ImportSpec['boundaries']>) => (s: ImportState): ImportState => ({
  ...s,
  outcome: null,
  spec: { ...s.spec, boundaries: { ...s.spec.boundaries, ...change } },
});
export const setTableMapping = (file: string, mapping: TableMapping) => (s: ImportState): ImportState => ({
  ...s,
  outcome: null,
  spec: { ...s.spec, mappings: { ...s.spec.mappings, [file]: mapping } },
});
export const setDefinition = (id: string, change: Partial<Omit<ImportedDefinition, 'id'>>) => (s: ImportState): ImportState => ({
  ...s,
  spec: { ...s.spec, definitions: { ...s.spec.definitions, [id]: { ...s.spec.definitions?.[id], ...change } } },
});
export const setPackageMeta = (change: NonNullable<ImportSpec['package']>) => (s: ImportState): ImportState => ({ ...s, spec: { ...s.spec, package: { ...s.spec.package, ...change } } });

export const outcomeBuilt = (outcome: ImportOutcome) => (s: ImportState): ImportState => ({ ...s, busy: false, outcome });
export const importSaved = (where: string) => (s: ImportState): ImportState => ({ ...s, busy: false, saved: where });
