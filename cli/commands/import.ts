import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportOutcome, ImportRoles, InputFile } from '../../data/import';
import { runThreadWithBudget } from '../../data/import/node/run-thread-with-budget';
import { siblingModule } from '../../data/import/node/start-ts-worker';
import { readBudgetFrom } from '../../data/import/read-budget';
import { writePackageToDisk } from '../../data/import/write-package-to-disk';
import { describeProblem, type Language } from '../../data/problems';
import { formatImportReport } from './import-report';
import { boundarySpecOf, IMPORT_OPTIONS, readOptionsOf, tableMappings, type ImportValues } from './import-spec';
import type { ImportThreadRequest } from './import-thread';

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

type Values = ImportValues;

function checkOptions(values: Values, positionals: readonly string[]): void {
  if (positionals.length === 0) throw new Error(`import needs files.\n\n${IMPORT_USAGE}`);
  if (!values.out) throw new Error(`import needs --out <folder or .zip>.\n\n${IMPORT_USAGE}`);
  if (values.crs && !(CRS as readonly string[]).includes(values.crs)) throw new Error(`--crs must be one of ${CRS.join(', ')}`);
  if (values.decimal && values.decimal !== ',' && values.decimal !== '.') throw new Error('--decimal must be , or .');
  if (values.layout && values.layout !== 'wide' && values.layout !== 'long') throw new Error('--layout must be wide or long');
  if (!values.municipality && (values.teams || values.centres || values.fte || values.role)) throw new Error('--teams, --centres, --fte and --role go with --municipality <NIS code or name>');
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

export async function readInputFile(p: string): Promise<InputFile> {
  try {
    return { name: path.basename(p), bytes: new Uint8Array(await readFile(p)) };
  } catch {
    throw new Error(`Cannot read ${p}: check the path.`);
  }
}

/**
 * Reads the files and maps them: onto the boundary file given (the whole import in a worker_thread), or
 * onto the built-in municipality.
 */
async function importFrom(values: Values, positionals: readonly string[], language: Language): Promise<ImportOutcome> {
  const files = await Promise.all(positionals.map(readInputFile));
  const options = readOptionsOf(values, files);
  // Reading runs in a worker_thread with a time budget (WIJKZICHT_READ_BUDGET_MS, default 20 s): a damaged
  // file that makes a reader loop forever becomes a problem naming it, not a hung command.
  const budgetMs = readBudgetFrom(process.env.WIJKZICHT_READ_BUDGET_MS);
  if (values.municipality) return (await import('./import-onto-municipality')).importOntoMunicipality(files, options, values, language, budgetMs);
  // The rest of the import (mapping, building, opening the package as the app will) runs in that thread
  // too, after the read and without the budget: only the outcome comes back, not everything read.
  const request: ImportThreadRequest = { files, options, values };
  const result = await runThreadWithBudget<ImportOutcome>(siblingModule('import-thread', import.meta.url), request, files, { budgetMs });
  if (result.kind === 'done') return result.value;
  // The read was stopped: the outcome of an import of nothing but that problem, as the thread would build it.
  const { buildImport, readFailureInputs, verifyImport } = await import('../../data/import');
  const inputs = readFailureInputs(result.file, result.failure, budgetMs);
  return verifyImport(buildImport(inputs, boundarySpecOf(values, tableMappings(inputs, values))));
}

/** `import <files…> --out <dir>`: runs the import, prints the report, writes the package when clean. */
export async function runImportCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: IMPORT_OPTIONS });
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
