import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportInputs, ImportOutcome, ImportRoles, ImportSpec, InputFile, SupportedCrs, TableMapping } from '../../data/import';
import { buildImport, buildImportOntoMunicipality, readBudgetFrom, verifyImport } from '../../data/import';
import { readImportInputsWithBudget } from '../../data/import/node/read-inputs-with-budget';
import { tableReaderWithBudget } from '../../data/import/node/read-table-with-budget';
import { writePackageToDisk } from '../../data/import/write-package-to-disk';
import { describeProblem, type Language } from '../../data/problems';
import { loadBuiltInMunicipality } from '../built-in-geography';
import { formatImportReport } from './import-report';

const CRS = ['EPSG:4326', 'EPSG:31370', 'EPSG:3812', 'EPSG:3857'] as const;
const ROLES: readonly (keyof ImportRoles)[] = ['need', 'clients', 'caseload', 'socialWorkerProfile'];

export const IMPORT_USAGE = `Usage: npm run cli -- import <files…> --out <dir|file.zip> [options]
       npm run cli -- import <figure tables…> --municipality <NIS code|name> --out <dir|file.zip> [options]

Files: boundaries (.shp with .shx/.dbf/.prj/.cpg, a shapefile .zip, .geojson) and tables (.csv, .tsv,
.txt, .xlsx, .parquet, or a .zip of them). Prints the import report; writes nothing when there is an error.

Onto a built-in municipality (real wijken, sectors and 2024 residents of all of Flanders and Brussels):
  --municipality <NIS|name>        e.g. 71016 or Genk; figure tables per sector or per wijk (codes of that municipality)
  --teams <file>                   area code (sector or wijk) → team
  --centres <file>                 locations: name, team, address, lon/lat or X/Y (Lambert 72 or 2008)
  --fte <file>                     team, profile, period, FTE
  --role need=<id> --role clients=<id> --role caseload=<id> --role socialWorkerProfile=<profile>
                                   indicator ids as the report prints them

Boundaries and tables:
  --crs EPSG:31370|EPSG:3812|EPSG:3857|EPSG:4326   coordinate system of the boundaries (default: from .prj / crs)
  --filter <field>=<prefix>        keep only areas whose field starts with prefix (e.g. geoitem=34022)
  --code-column <name>             area code column of the boundaries (and of the tables, when they have it)
  --name-column <name>             area name column of the boundaries
  --level <name>                   area level (sector, wijk, deelgemeente, municipality; guessed from codes)
  --table-code-column <name>       area code column of the tables (guessed)
  --period <year> | --period-column <name>
  --layout wide|long               --indicators a,b,c (wide)  --indicator-column, --value-column (long)
  --sheet <name>  --delimiter <c>  --decimal ,|.
  --title <text>  --source <text>  --lang en|nl  --json
`;

const OPTIONS = {
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

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

function checkOptions(values: Values, positionals: readonly string[]): void {
  if (positionals.length === 0) throw new Error(`import needs files.\n\n${IMPORT_USAGE}`);
  if (!values.out) throw new Error(`import needs --out <folder or .zip>.\n\n${IMPORT_USAGE}`);
  if (values.crs && !(CRS as readonly string[]).includes(values.crs)) throw new Error(`--crs must be one of ${CRS.join(', ')}`);
  if (values.decimal && values.decimal !== ',' && values.decimal !== '.') throw new Error('--decimal must be , or .');
  if (values.layout && values.layout !== 'wide' && values.layout !== 'long') throw new Error('--layout must be wide or long');
  if (!values.municipality && (values.teams || values.centres || values.fte || values.role)) throw new Error('--teams, --centres, --fte and --role go with --municipality <NIS code or name>');
}

function parseFilter(text: string): { field: string; prefix: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--filter must look like field=prefix (e.g. geoitem=34022), got ${text}`);
  return { field: text.slice(0, eq), prefix: text.slice(eq + 1).replace(/\*$/, '') };
}

/** `--role need=leefloon_persons` → { need: 'leefloon_persons' }. */
export function parseRoles(texts: readonly string[] = []): ImportRoles {
  const roles: Partial<Record<keyof ImportRoles, string>> = {};
  for (const text of texts) {
    const [role, id] = text.split('=').map((s) => s.trim());
    if (!role || !id || !(ROLES as readonly string[]).includes(role)) throw new Error(`--role must look like need=<indicator id> (roles: ${ROLES.join(', ')}), got ${text}`);
    roles[role as keyof ImportRoles] = id;
  }
  return roles;
}

async function readInputFile(p: string): Promise<InputFile> {
  try {
    return { name: path.basename(p), bytes: new Uint8Array(await readFile(p)) };
  } catch {
    throw new Error(`Cannot read ${p}: check the path.`);
  }
}

/** The table mappings: the guesses with the command line's choices over them. */
function tableMappings(inputs: ImportInputs, values: Values): Record<string, TableMapping> {
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

/** Reads the files and maps them: onto the built-in municipality, or onto the boundary file given. */
async function importFrom(values: Values, positionals: readonly string[], language: Language): Promise<ImportOutcome> {
  const files = await Promise.all(positionals.map(readInputFile));
  const filter = values.filter ? parseFilter(values.filter) : undefined;
  const tableOptions = { ...(values.sheet ? { sheet: values.sheet } : {}), ...(values.delimiter ? { delimiter: values.delimiter === '\\t' ? '\t' : values.delimiter } : {}), ...(values.decimal ? { decimal: values.decimal as ',' | '.' } : {}) };
  // In a worker_thread with a time budget (WIJKZICHT_READ_BUDGET_MS, default 20 s): a damaged file that
  // makes a reader loop forever becomes a problem naming it, not a hung command. The organisation tables
  // (--teams, --centres, --fte) are read the same way.
  const budgetMs = readBudgetFrom(process.env.WIJKZICHT_READ_BUDGET_MS);
  const inputs = await readImportInputsWithBudget(files, {
    ...(values.crs ? { crs: values.crs as SupportedCrs } : {}),
    ...(filter ? { filter } : {}),
    tables: Object.fromEntries(files.map((f) => [f.name, tableOptions])),
  }, { budgetMs });
  const mappings = tableMappings(inputs, values);
  const about = { ...(values.title ? { title: values.title } : {}), ...(values.source ? { source: values.source } : {}) };
  if (values.municipality) {
    const geography = await loadBuiltInMunicipality(values.municipality, language);
    const organisation = {
      ...(values.teams ? { teams: await readInputFile(values.teams) } : {}),
      ...(values.centres ? { centres: await readInputFile(values.centres) } : {}),
      ...(values.fte ? { fte: await readInputFile(values.fte) } : {}),
      roles: parseRoles(values.role),
      readTable: tableReaderWithBudget({ budgetMs }),
    };
    return verifyImport(await buildImportOntoMunicipality(geography, inputs, { mappings, package: about, organisation }));
  }
  const spec: ImportSpec = {
    boundaries: { ...(values.level ? { level: values.level } : {}), ...(values['code-column'] ? { codeField: values['code-column'] } : {}), ...(values['name-column'] ? { nameField: values['name-column'] } : {}) },
    mappings,
    package: about,
  };
  return verifyImport(buildImport(inputs, spec));
}

/** `import <files…> --out <dir>`: runs the import, prints the report, writes the package when clean. */
export async function runImportCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: OPTIONS });
  checkOptions(values, positionals);
  const language: Language = values.lang === 'nl' ? 'nl' : 'en';
  const outcome = await importFrom(values, positionals, language);
  const written = outcome.ok && outcome.files ? await writePackageToDisk(outcome.files, values.out!) : null;
  if (values.json) {
    const problems = outcome.problems.map((p) => ({ severity: p.severity, code: p.code, file: p.file, sheet: p.sheet ?? null, row: p.row ?? null, feature: p.feature ?? null, field: p.field ?? null, ...describeProblem(p, language) }));
    process.stdout.write(`${JSON.stringify({ ok: outcome.ok, written, report: outcome.report, problems }, null, 2)}\n`);
  } else {
    process.stdout.write(formatImportReport(outcome, written, language));
  }
  return outcome.ok ? 0 : 1;
}
