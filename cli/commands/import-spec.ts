/**
 * The `import` command's options and what they mean for the import: the read options, the table mappings
 * (the guesses with the command line's choices over them) and the boundary spec. Shared by the command
 * (cli/commands/import.ts, main thread) and the thread that runs the import (cli/commands/import-thread.ts),
 * so it imports types only from data/import.
 */
import type { parseArgs } from 'node:util';
import type { ImportInputs, ImportSpec, InputFile, ReadInputsOptions, SupportedCrs, TableMapping } from '../../data/import';

export const IMPORT_OPTIONS = {
  out: { type: 'string' },
  municipality: { type: 'string' },
  teams: { type: 'string' },
  centres: { type: 'string' },
  fte: { type: 'string' },
  role: { type: 'string', multiple: true },
  crs: { type: 'string' },
  filter: { type: 'string' },
  'code-column': { type: 'string' },
  'name-column': { type: 'string' },
  level: { type: 'string' },
  'table-code-column': { type: 'string' },
  period: { type: 'string' },
  'period-column': { type: 'string' },
  layout: { type: 'string' },
  indicators: { type: 'string' },
  'indicator-column': { type: 'string' },
  'value-column': { type: 'string' },
  sheet: { type: 'string' },
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  title: { type: 'string' },
  source: { type: 'string' },
  lang: { type: 'string', default: 'en' },
  json: { type: 'boolean', default: false },
} as const;

export type ImportValues = ReturnType<typeof parseArgs<{ options: typeof IMPORT_OPTIONS; allowPositionals: true; strict: true }>>['values'];

/** `--filter geoitem=34022*` → { field: 'geoitem', prefix: '34022' }; throws on a malformed filter. */
export function parseFilter(text: string): { field: string; prefix: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--filter must look like field=prefix (e.g. geoitem=34022), got ${text}`);
  return { field: text.slice(0, eq), prefix: text.slice(eq + 1).replace(/\*$/, '') };
}

/** How to read `files`: the coordinate system, the filter and each table's sheet, delimiter and decimal mark. */
export function readOptionsOf(values: ImportValues, files: readonly InputFile[]): ReadInputsOptions {
  const filter = values.filter ? parseFilter(values.filter) : undefined;
  const tableOptions = { ...(values.sheet ? { sheet: values.sheet } : {}), ...(values.delimiter ? { delimiter: values.delimiter === '\\t' ? '\t' : values.delimiter } : {}), ...(values.decimal ? { decimal: values.decimal as ',' | '.' } : {}) };
  return {
    ...(values.crs ? { crs: values.crs as SupportedCrs } : {}),
    ...(filter ? { filter } : {}),
    tables: Object.fromEntries(files.map((f) => [f.name, tableOptions])),
  };
}

/** The table mappings: the guesses with the command line's choices over them. */
export function tableMappings(inputs: ImportInputs, values: ImportValues): Record<string, TableMapping> {
  const mappings: Record<string, TableMapping> = {};
  for (const { table, guess } of inputs.tables) {
    const tableCode = values['table-code-column'] ?? (values['code-column'] && table.header.includes(values['code-column']) ? values['code-column'] : undefined);
    const period = values.period !== undefined ? { value: Number(values.period) } : values['period-column'] ? { column: values['period-column'] } : guess.mapping.period;
    if ('value' in period && !Number.isInteger(period.value)) throw new Error(`--period must be a year, got ${values.period}`);
    let layout = guess.mapping.layout;
    if (values.layout === 'long' || values['indicator-column']) {
      const fallback = layout.kind === 'long' ? layout : null;
      const indicatorColumn = values['indicator-column'] ?? fallback?.indicatorColumn;
      const valueColumn = values['value-column'] ?? fallback?.valueColumn;
      if (!indicatorColumn || !valueColumn) throw new Error('--layout long needs --indicator-column and --value-column');
      layout = { kind: 'long', indicatorColumn, valueColumn };
    } else if (values.layout === 'wide' || values.indicators) {
      layout = { kind: 'wide', indicatorColumns: values.indicators ? values.indicators.split(',').map((s) => s.trim()) : guess.numericColumns };
    }
    mappings[table.file] = { codeColumn: tableCode ?? guess.mapping.codeColumn, period, layout };
  }
  return mappings;
}

/** The package's title and source from `--title` and `--source`. */
export const aboutOf = (values: ImportValues) => ({ ...(values.title ? { title: values.title } : {}), ...(values.source ? { source: values.source } : {}) });

/** The import spec of boundaries and tables: level, code and name columns, the mappings, the package's title and source. */
export function boundarySpecOf(values: ImportValues, mappings: Record<string, TableMapping>): ImportSpec {
  return {
    boundaries: { ...(values.level ? { level: values.level } : {}), ...(values['code-column'] ? { codeField: values['code-column'] } : {}), ...(values['name-column'] ? { nameField: values['name-column'] } : {}) },
    mappings,
    package: aboutOf(values),
  };
}
