import { ProblemList, type Problem } from '../problems';
import { readBoundaryFiles, type BoundaryLayer, type SupportedCrs } from './boundaries/read-boundary-files';
import { classifyInputFiles } from './classify-input-files';
import type { InputFile } from './input-file';
import { guessTableMapping } from './tables/guess-table-mapping';
import { readTableFile, type RawTable, type TableReadOptions } from './tables/read-table-file';
import type { TableMapping } from './tables/to-long-indicators';

/** How to read the files (the CLI flags and the wizard's first step). */
export interface ReadInputsOptions {
  readonly crs?: SupportedCrs;
  /** Keep only boundary features whose `field` starts with `prefix` (e.g. geoitem 34022). */
  readonly filter?: { readonly field: string; readonly prefix: string };
  /** Per table file (by name): sheet, delimiter, decimal mark. */
  readonly tables?: Readonly<Record<string, TableReadOptions>>;
  /**
   * Read every file as a table, its format decided from its content (the organisation tables: teams,
   * locations, FTE), not sorted into boundaries and tables by its name.
   */
  readonly tablesOnly?: boolean;
}

export interface TableInput {
  readonly table: RawTable;
  readonly guess: ReturnType<typeof guessTableMapping>;
}

/** Everything read from the user's files, before any mapping: what the wizard previews. */
export interface ImportInputs {
  readonly boundary: BoundaryLayer | null;
  readonly otherBoundaries: readonly BoundaryLayer[];
  readonly tables: readonly TableInput[];
  readonly problems: readonly Problem[];
}

/** Progress steps reported while reading (the wizard shows them for anything slower than a second). */
export type ReadProgress = (step: { readonly done: number; readonly total: number; readonly file: string }) => void;

/**
 * Reads every given file: boundaries (shapefile, GeoJSON; reprojected to WGS84, checked, safely repaired)
 * and tables (CSV/TSV/TXT, XLSX, Parquet), and guesses how the tables map to areas. Never throws for bad
 * content; problems carry file, row or feature, field and a fix.
 */
export async function readImportInputs(files: readonly InputFile[], options: ReadInputsOptions = {}, progress?: ReadProgress): Promise<ImportInputs> {
  const problems = new ProblemList();
  const classified = options.tablesOnly ? { boundaries: [], tables: [...files] } : classifyInputFiles(files, problems);
  const total = (classified.boundaries.length > 0 ? 1 : 0) + classified.tables.length;
  let done = 0;
  let layers: BoundaryLayer[] = [];
  if (classified.boundaries.length > 0) {
    progress?.({ done, total, file: classified.boundaries.map((f) => f.name).join(', ') });
    try {
      layers = await readBoundaryFiles(classified.boundaries, { ...(options.crs ? { crs: options.crs } : {}), ...(options.filter ? { filter: options.filter } : {}) }, problems);
    } catch {
      // A reader bug must not take the import down: the files are named, the internal text is not shown.
      const name = classified.boundaries.map((f) => f.name).join(', ');
      problems.error('import-read-crashed', name, { params: { name } });
    }
    done++;
  }
  const tables: TableInput[] = [];
  for (const file of classified.tables) {
    progress?.({ done, total, file: file.name });
    const table = await readTableFile(file, options.tables?.[file.name] ?? {}, problems);
    if (table) tables.push({ table, guess: guessTableMapping(table) });
    done++;
  }
  progress?.({ done, total, file: '' });
  return { boundary: layers[0] ?? null, otherBoundaries: layers.slice(1), tables, problems: problems.items };
}

/** The default table mappings of the inputs, keyed by file name. */
export function defaultMappings(inputs: ImportInputs): Record<string, TableMapping> {
  return Object.fromEntries(inputs.tables.map((t) => [t.table.file, t.guess.mapping]));
}
