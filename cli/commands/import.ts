import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SupportedCrs } from '../../data/import';
import type { ImportOutcome, ImportSpec } from '../../data/import';
import { buildImport } from '../../data/import';
import type { InputFile } from '../../data/import';
import { readImportInputs } from '../../data/import';
import { verifyImport } from '../../data/import';
import type { TableMapping } from '../../data/import';
import { writePackageToDisk } from '../../data/import/write-package-to-disk';
import { describeProblem, formatProblem, type Language } from '../../data/problems';

const CRS = ['EPSG:4326', 'EPSG:31370', 'EPSG:3812', 'EPSG:3857'] as const;

export const IMPORT_USAGE = `Usage: npm run cli -- import <files…> --out <dir|file.zip> [options]

Files: boundaries (.shp with .shx/.dbf/.prj/.cpg, a shapefile .zip, .geojson) and tables (.csv, .tsv,
.txt, .xlsx, .parquet, or a .zip of them). Prints the import report; writes nothing when there is an error.

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

/** `import <files…> --out <dir>`: runs the import, prints the report, writes the package when clean. */
export async function runImportCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string' },
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
    },
  });
  if (positionals.length === 0) throw new Error(`import needs files.\n\n${IMPORT_USAGE}`);
  if (!values.out) throw new Error(`import needs --out <folder or .zip>.\n\n${IMPORT_USAGE}`);
  if (values.crs && !(CRS as readonly string[]).includes(values.crs)) throw new Error(`--crs must be one of ${CRS.join(', ')}`);
  if (values.decimal && values.decimal !== ',' && values.decimal !== '.') throw new Error('--decimal must be , or .');
  if (values.layout && values.layout !== 'wide' && values.layout !== 'long') throw new Error('--layout must be wide or long');
  const filter = values.filter ? parseFilter(values.filter) : undefined;
  const language: Language = values.lang === 'nl' ? 'nl' : 'en';

  const files: InputFile[] = [];
  for (const p of positionals) {
    try {
      files.push({ name: path.basename(p), bytes: new Uint8Array(await readFile(p)) });
    } catch {
      throw new Error(`Cannot read ${p}: check the path.`);
    }
  }
  const tableOptions = { ...(values.sheet ? { sheet: values.sheet } : {}), ...(values.delimiter ? { delimiter: values.delimiter === '\\t' ? '\t' : values.delimiter } : {}), ...(values.decimal ? { decimal: values.decimal as ',' | '.' } : {}) };
  const inputs = await readImportInputs(files, {
    ...(values.crs ? { crs: values.crs as SupportedCrs } : {}),
    ...(filter ? { filter } : {}),
    tables: Object.fromEntries(files.map((f) => [f.name, tableOptions])),
  });
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
  const spec: ImportSpec = {
    boundaries: {
      ...(values.level ? { level: values.level } : {}),
      ...(values['code-column'] ? { codeField: values['code-column'] } : {}),
      ...(values['name-column'] ? { nameField: values['name-column'] } : {}),
    },
    mappings,
    package: { ...(values.title ? { title: values.title } : {}), ...(values.source ? { source: values.source } : {}) },
  };
  const outcome = await verifyImport(buildImport(inputs, spec));
  let written: string | null = null;
  if (outcome.ok && outcome.files) written = await writePackageToDisk(outcome.files, values.out);
  if (values.json) {
    const problems = outcome.problems.map((p) => ({ severity: p.severity, code: p.code, file: p.file, sheet: p.sheet ?? null, row: p.row ?? null, feature: p.feature ?? null, field: p.field ?? null, ...describeProblem(p, language) }));
    process.stdout.write(`${JSON.stringify({ ok: outcome.ok, written, report: outcome.report, problems }, null, 2)}\n`);
  } else {
    process.stdout.write(formatImportReport(outcome, written, language));
  }
  return outcome.ok ? 0 : 1;
}

function parseFilter(text: string): { field: string; prefix: string } {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new Error(`--filter must look like field=prefix (e.g. geoitem=34022), got ${text}`);
  return { field: text.slice(0, eq), prefix: text.slice(eq + 1).replace(/\*$/, '') };
}

/** The human-readable report, the same facts the wizard's report step shows. */
export function formatImportReport(outcome: ImportOutcome, written: string | null, language: Language): string {
  const { report } = outcome;
  const lines: string[] = ['Wijkzicht import report', ''];
  const b = report.boundaries;
  if (b) {
    lines.push(`Boundaries  ${b.file}: ${b.crs} (${b.crsSource}); ${b.featuresInFile} features in the file${b.selected !== b.featuresInFile ? `, ${b.selected} after the filter` : ''} → ${b.areas} areas, ${b.refused} refused`);
    lines.push(`            level ${b.level}; code column ${b.codeField}; name column ${b.nameField}`);
    if (b.repairs.length > 0) lines.push(`            repairs: ${b.repairs.map((r) => `${r.kind} ×${r.count}`).join(', ')}`);
  }
  for (const t of report.tables) {
    const layout = t.mapping.layout.kind === 'wide' ? `wide, ${t.mapping.layout.indicatorColumns.length} indicator column(s)` : `long (${t.mapping.layout.indicatorColumn} / ${t.mapping.layout.valueColumn})`;
    const period = 'column' in t.mapping.period ? `period column ${t.mapping.period.column}` : `period ${t.mapping.period.value}`;
    lines.push(`Table       ${t.file}${t.sheet ? ` [${t.sheet}]` : ''}: ${t.format}${t.delimiter ? `, delimiter ${JSON.stringify(t.delimiter)}` : ''}, decimal ${JSON.stringify(t.decimal)}, thousands ${t.thousands ? JSON.stringify(t.thousands) : 'none'}${t.encoding ? `, ${t.encoding}` : ''}; ${t.rows} rows`);
    lines.push(`            code column ${t.mapping.codeColumn}; ${period}; ${layout}; ${t.values} values, ${t.suppressed} suppressed, ${t.missing} missing`);
  }
  const m = report.matching;
  if (m) {
    lines.push(`Matching    ${m.matchedCodes} code(s) matched (${m.exact} exactly, ${m.normalised} after normalising)`);
    lines.push(`            in the table but not in the boundaries: ${m.unmatchedInTableCount}${m.unmatchedInTable.length ? ` (e.g. ${m.unmatchedInTable.slice(0, 5).map((u) => `${u.code} ×${u.count}`).join(', ')})` : ''}`);
    lines.push(`            areas without figures: ${m.unmatchedAreasCount}${m.unmatchedAreas.length ? ` (e.g. ${m.unmatchedAreas.slice(0, 5).join(', ')})` : ''}`);
  }
  if (report.indicators.length > 0) {
    lines.push(`Indicators  ${report.indicators.length} over periods ${report.periods.join(', ')}`);
    for (const d of report.indicators.slice(0, 40)) {
      lines.push(`            ${d.id}: "${language === 'nl' ? d.labelNl : d.labelEn}" [${d.unit || '-'}] ${d.kind}${d.denominator ? ` per ${d.denominator}` : ''}, ${d.polarity}${d.sensitive ? ', SENSITIVE' : ''}`);
    }
    if (report.indicators.length > 40) lines.push(`            … and ${report.indicators.length - 40} more`);
  }
  const errors = outcome.problems.filter((p) => p.severity === 'error');
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  lines.push('', `Problems    ${errors.length} error(s), ${warnings.length} warning(s)`);
  for (const p of [...errors, ...warnings]) lines.push(`  ${formatProblem(p, language)}`);
  lines.push('', written ? `Wrote the package to ${written}` : `Nothing was written: fix the ${errors.length} error(s) above and run the import again.`);
  return `${lines.join('\n')}\n`;
}
