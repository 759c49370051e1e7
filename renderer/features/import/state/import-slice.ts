import type { SupportedCrs } from '../../../../data/import';
import type { ImportedDefinition, ImportOutcome, ImportSpec } from '../../../../data/import';
import { guessBoundaryFields, guessLevel } from '../../../../data/import';
import type { InputFile } from '../../../../data/import';
import type { ImportInputs, ReadInputsOptions } from '../../../../data/import';
import type { TableReadOptions } from '../../../../data/import';
import type { TableMapping } from '../../../../data/import';
import type { MunicipalityImportOutcome } from '../../../../data/import';
import type { MunicipalityGeography } from '../../../../data/geography';
import { extensionOf } from '../../../../data/import';

export type ImportStep = 'files' | 'mapping' | 'indicators' | 'report';
export const IMPORT_STEPS: readonly ImportStep[] = ['files', 'mapping', 'indicators', 'report'];

/** What a chosen file is for: boundaries (shapefile parts, GeoJSON, a zipped shapefile), a table, or unknown. */
export type ImportFileKind = 'boundary' | 'table' | 'other';
/** A chosen file; its kind is known once a .zip was looked into (else it follows the extension). */
export type ChosenFile = InputFile & { readonly kind?: ImportFileKind };

/** A municipality of the built-in geography the figures can go onto (no boundary file needed). */
export interface MunicipalityTarget {
  readonly nis: string;
  readonly name: string;
}

/** What the organisation of the open package gave the new package (carried over into it). */
export interface CarriedOrganisation {
  readonly teams: number;
  readonly areas: number;
  readonly centres: number;
  readonly fteRows: number;
  /** Areas of the new base level left without a team, because their parts were in different teams. */
  readonly split: readonly string[];
  readonly roles: readonly string[];
}

/** The import wizard: the chosen files, how to read them, what was read, the user's mapping, the outcome. */
export interface ImportState {
  readonly open: boolean;
  readonly step: ImportStep;
  readonly files: readonly ChosenFile[];
  /** The open package's built-in municipality, offered as the geography (null: the open package is none). */
  readonly offer: MunicipalityTarget | null;
  /** Chosen: figures onto this built-in municipality; null: onto boundary files of the user's own. */
  readonly onto: MunicipalityTarget | null;
  /** The built-in geography of `onto`, loaded when the files are read. */
  readonly geography: MunicipalityGeography | null;
  /** The import onto the municipality as the mapping stands (for the indicators step), with what it was made from. */
  readonly preview: { readonly inputs: ImportInputs; readonly mappings: ImportSpec['mappings']; readonly outcome: MunicipalityImportOutcome } | null;
  /** What was carried over from the open package's organisation into the built package. */
  readonly carried: CarriedOrganisation | null;
  readonly readOptions: ReadInputsOptions;
  /** The filter as typed (field and prefix), applied when both are filled in. */
  readonly filterDraft: { readonly field: string; readonly prefix: string };
  /** Reading: files done of all, and the file being read; building (`phase: 'build'`): steps done of all, and the step's name. */
  readonly progress: { readonly done: number; readonly total: number; readonly file: string; readonly phase?: 'read' | 'build' } | null;
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
  offer: null,
  onto: null,
  geography: null,
  preview: null,
  carried: null,
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

export const openImport = (s: ImportState): ImportState => ({ ...initialImportState, open: true, files: s.open ? s.files : [], offer: s.open ? s.offer : null, onto: s.open ? s.onto : null });
export const closeImport = (_s: ImportState): ImportState => initialImportState;
export const goToStep = (step: ImportStep) => (s: ImportState): ImportState => ({ ...s, step, failure: null });

/** What read or built before is out of date (the files or how to read them changed). */
const outOfDate = { inputs: null, outcome: null, geography: null, preview: null, carried: null, saved: null } as const;

/**
 * The open package is a built-in municipality (or not: null): offer its geography, and take it as the
 * choice unless the user already chose for this municipality.
 *
 * @example
 * offerMunicipality({ nis: '12025', name: 'Mechelen' })(openImport(initialImportState)).onto // { nis: '12025', name: 'Mechelen' }
 */
export const offerMunicipality = (offer: MunicipalityTarget | null) => (s: ImportState): ImportState => {
  if (s.offer?.nis === offer?.nis) return s;
  return { ...s, ...outOfDate, offer, onto: offer, step: 'files' };
};

/** Figures onto the offered municipality (true) or onto boundary files of the user's own (false). */
export const chooseOnto = (builtIn: boolean) => (s: ImportState): ImportState => {
  const onto = builtIn ? s.offer : null;
  if (onto === s.onto) return s;
  return { ...s, ...outOfDate, onto, step: 'files' };
};

/**
 * A file's kind from its name (a .zip is `other` until looked into).
 *
 * @example
 * fileKindOf({ name: 'wijken.prj', bytes }) // 'boundary'
 */
export function fileKindOf(file: ChosenFile): ImportFileKind {
  if (file.kind) return file.kind;
  const ext = extensionOf(file.name);
  return BOUNDARY_EXTENSIONS.has(ext) ? 'boundary' : TABLE_EXTENSIONS.has(ext) ? 'table' : 'other';
}
const BOUNDARY_EXTENSIONS = new Set(['shp', 'shx', 'dbf', 'prj', 'cpg', 'geojson', 'json']);
const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'txt', 'xlsx', 'parquet']);
const stem = (name: string) => name.replace(/\.[^./]+$/, '').toLowerCase();

/**
 * Adds the files of one choice (or drop). Choosing again replaces: a file of the same name, and the earlier
 * files of each kind the choice holds — new tables replace the earlier tables, new boundaries the earlier
 * boundaries (unless they complete the same shapefile: `wijken.prj` after `wijken.shp`). Files of a kind the
 * choice does not hold stay. Anything read before is out of date.
 *
 * @example
 * addFiles([{ name: 'cijfers-v2.csv', bytes }])(withCijfersCsvAndWijkenShp).files // wijken.shp…, cijfers-v2.csv
 */
export const addFiles = (files: readonly ChosenFile[]) => (s: ImportState): ImportState => {
  const names = new Set(files.map((f) => f.name));
  const kinds = new Set(files.map(fileKindOf));
  const boundaryStems = new Set(files.filter((f) => fileKindOf(f) === 'boundary').map((f) => stem(f.name)));
  const stays = (f: ChosenFile): boolean => {
    if (names.has(f.name)) return false;
    const kind = fileKindOf(f);
    if (kind === 'table') return !kinds.has('table');
    if (kind === 'boundary') return !kinds.has('boundary') || boundaryStems.has(stem(f.name));
    return true;
  };
  return { ...s, ...outOfDate, files: [...s.files.filter(stays), ...files], step: 'files' };
};
export const removeFile = (name: string) => (s: ImportState): ImportState => ({ ...s, ...outOfDate, files: s.files.filter((f) => f.name !== name) });

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
export const inputsRead = (inputs: ImportInputs, geography: MunicipalityGeography | null = null) => (s: ImportState): ImportState => {
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
    geography,
    preview: null,
    outcome: null,
    carried: null,
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
  carried: null,
  spec: { ...s.spec, mappings: { ...s.spec.mappings, [file]: mapping } },
});
export const setDefinition = (id: string, change: Partial<Omit<ImportedDefinition, 'id'>>) => (s: ImportState): ImportState => ({
  ...s,
  spec: { ...s.spec, definitions: { ...s.spec.definitions, [id]: { ...s.spec.definitions?.[id], ...change } } },
});
export const setPackageMeta = (change: NonNullable<ImportSpec['package']>) => (s: ImportState): ImportState => ({ ...s, spec: { ...s.spec, package: { ...s.spec.package, ...change } } });

/** The import onto the municipality as the mapping stood (kept only while the inputs and mappings are the same). */
export const previewBuilt = (preview: NonNullable<ImportState['preview']>) => (s: ImportState): ImportState =>
  preview.inputs === s.inputs && preview.mappings === s.spec.mappings ? { ...s, preview } : s;

export const outcomeBuilt = (outcome: ImportOutcome, carried: CarriedOrganisation | null = null) => (s: ImportState): ImportState => ({ ...s, busy: false, progress: null, outcome, carried });
export const importSaved = (where: string) => (s: ImportState): ImportState => ({ ...s, busy: false, saved: where });
