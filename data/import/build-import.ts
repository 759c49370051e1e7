import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { roundPolygonCoordinates } from '../../geo/geometry';
import { ProblemList, type Problem } from '../problems';
import { writeCsv } from '../formats/csv/write-csv';
import type { BoundaryLayer } from './boundaries/read-boundary-files';
import { matchAreaCodes, type UnmatchedCode } from './match-area-codes';
import type { ImportInputs } from './read-import-inputs';
import { suggestIndicatorDefinition } from './tables/suggest-indicator-definition';
import { toLongIndicators, type LongIndicatorRow, type TableMapping } from './tables/to-long-indicators';

/** An indicator definition as the import writes it (the columns of indicator_definitions.csv). */
export interface ImportedDefinition {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly unit: string;
  readonly kind: string;
  readonly denominator: string | null;
  readonly polarity: 'higher_worse' | 'higher_better' | 'neutral';
  readonly sensitive: boolean;
  readonly source: string;
}

/** What the user decided (or accepted) in the wizard or on the command line. */
export interface ImportSpec {
  readonly boundaries: {
    /** Area level of the boundaries (sector, wijk, deelgemeente, municipality, …); guessed from the codes when absent. */
    readonly level?: string;
    readonly codeField?: string;
    readonly nameField?: string;
  };
  /** Table mapping per table file name; the guess is used for tables not listed. */
  readonly mappings?: Readonly<Record<string, TableMapping>>;
  /** Changes to the suggested definitions, by indicator id. */
  readonly definitions?: Readonly<Record<string, Partial<Omit<ImportedDefinition, 'id'>>>>;
  readonly package?: { readonly name?: string; readonly title?: string; readonly description?: string; readonly source?: string };
}

export interface ImportReport {
  readonly boundaries: {
    readonly file: string;
    readonly crs: string;
    readonly crsSource: string;
    readonly featuresInFile: number;
    /** Features the filter kept (all without a filter). */
    readonly selected: number;
    readonly areas: number;
    readonly refused: number;
    readonly repairs: readonly { readonly kind: string; readonly count: number }[];
    readonly level: string;
    readonly codeField: string;
    readonly nameField: string;
  } | null;
  readonly tables: readonly {
    readonly file: string;
    readonly sheet: string | null;
    readonly format: string;
    readonly delimiter: string | null;
    readonly decimal: string;
    readonly thousands: string | null;
    readonly encoding: string | null;
    readonly rows: number;
    readonly mapping: TableMapping;
    readonly values: number;
    readonly suppressed: number;
    readonly missing: number;
  }[];
  readonly matching: {
    readonly matchedCodes: number;
    readonly exact: number;
    readonly normalised: number;
    readonly unmatchedInTable: readonly UnmatchedCode[];
    readonly unmatchedInTableCount: number;
    readonly unmatchedAreas: readonly string[];
    readonly unmatchedAreasCount: number;
  } | null;
  readonly indicators: readonly ImportedDefinition[];
  readonly periods: readonly number[];
}

export interface ImportOutcome {
  /** True when there is no error: `files` then holds the package. */
  readonly ok: boolean;
  readonly files: ReadonlyMap<string, string> | null;
  readonly report: ImportReport;
  /** Reading and mapping problems together. */
  readonly problems: readonly Problem[];
}

const CODE_FIELD_HINTS = /^(code|geoitem|cd_?.*|nis.*|refnis|statsec|sector.*|wijk.*|id)$/i;
const NAME_FIELD_HINTS = /^(naam|name|nom|tx_.*_nl|.*naam.*|.*name.*)$/i;

/** Guesses the code and name columns of a boundary layer: unique text values with code-like names win. */
export function guessBoundaryFields(layer: BoundaryLayer): { codeField: string; nameField: string } {
  const names = layer.fields.map((f) => f.name);
  const unique = (field: string) => new Set(layer.features.map((f) => f.properties[field])).size === layer.features.length;
  const codeField = names.find((n) => CODE_FIELD_HINTS.test(n) && unique(n)) ?? names.find(unique) ?? names[0] ?? 'code';
  const nameField = names.find((n) => n !== codeField && NAME_FIELD_HINTS.test(n)) ?? codeField;
  return { codeField, nameField };
}

/**
 * The level the codes look like: Statbel sector codes (9 characters) → sector, `34022W01` / `11002P01` →
 * wijk, NIS5 → municipality,
 * NIS5 + letter → deelgemeente; otherwise `area`.
 *
 * @example
 * guessLevel(['34022A00-', '34022A01-']) // 'sector'
 */
export function guessLevel(codes: readonly string[]): string {
  const share = (re: RegExp) => codes.filter((c) => re.test(c)).length / Math.max(codes.length, 1);
  // Statbel sector codes have 9 characters (34022A00-, 34022A021); the "ggw7" wijken of Provincies in
  // Cijfers have 8 (34022W01, and 11002P01 in Antwerp, where the letter is the district's).
  if (share(/^\d{5}[A-Z]\d{2}[0-9-]$/) > 0.9) return 'sector';
  if (share(/^\d{5}[A-Z]\d{2,3}$/) > 0.9) return 'wijk';
  if (share(/^\d{5}$/) > 0.9) return 'municipality';
  if (share(/^\d{5}[A-Z]$/) > 0.9) return 'deelgemeente';
  return 'area';
}

/**
 * The credit a known Flemish or Belgian boundary file must carry (its licence asks for it), by file name.
 *
 * @example
 * knownBoundaryCredit('ggw7.shp') // 'Wijken voor omgevingsanalyse © gemeentebesturen, …'
 */
export function knownBoundaryCredit(file: string): string | null {
  const base = file.split('/').pop()!.toLowerCase();
  if (/^ggw7\./.test(base)) return 'Wijken voor omgevingsanalyse © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies';
  if (/^(gemeente|deelgemeente|statsec)\./.test(base)) return 'Statbel (Algemene Directie Statistiek), via Provincies in Cijfers (gebiedsniveaus)';
  if (/^tf_.*\.(txt|zip|csv)$/.test(base) || /^sh_statbel/.test(base)) return 'Statbel (Algemene Directie Statistiek)';
  return null;
}

/** A lower-case identifier: letters, digits, `_`. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return s === '' ? 'x' : /^\d/.test(s) ? `x_${s}` : s;
}

/**
 * Maps what was read onto a data package: checks the area codes, turns every table into long indicator
 * rows, matches table codes to areas (reporting leftovers on both sides), suggests each indicator's
 * definition (overridable) and writes the package files. All or nothing: with any error, `files` is null.
 */
export function buildImport(inputs: ImportInputs, spec: ImportSpec): ImportOutcome {
  const problems = new ProblemList();
  for (const p of inputs.problems) problems.add(p);
  const layer = inputs.boundary;
  if (!layer) problems.error('import-no-boundaries', '(import)');
  if (inputs.otherBoundaries.length > 0 && layer) {
    problems.error('import-several-boundaries', layer.file, { params: { files: [layer, ...inputs.otherBoundaries].map((l) => l.file).join(', ') } });
  }

  // 1. Areas: code and name columns, unique codes.
  let areaFeatures: Feature<Polygon | MultiPolygon, { code: string; name: string }>[] = [];
  let boundaryReport: ImportReport['boundaries'] = null;
  if (layer) {
    const guessed = guessBoundaryFields(layer);
    const codeField = spec.boundaries.codeField ?? guessed.codeField;
    const nameField = spec.boundaries.nameField ?? guessed.nameField;
    const available = layer.fields.map((f) => f.name).join(', ');
    for (const [field, role, roleNl] of [[codeField, 'area code', 'gebiedscode'], [nameField, 'area name', 'gebiedsnaam']] as const) {
      if (!layer.fields.some((f) => f.name === field)) problems.error('import-field-missing', layer.file, { field, params: { field, role, roleNl, available } });
    }
    const firstOf = new Map<string, number>();
    layer.features.forEach((feature, i) => {
      const source = layer.sourceIndex[i] ?? i;
      const raw = feature.properties[codeField];
      const code = raw === null || raw === undefined ? '' : String(raw).trim();
      if (code === '') {
        if (layer.fields.some((f) => f.name === codeField)) problems.error('import-code-empty', layer.file, { feature: source, field: codeField, params: { field: codeField } });
        return;
      }
      const first = firstOf.get(code);
      if (first !== undefined) {
        problems.error('import-code-duplicate', layer.file, { feature: source, field: codeField, params: { code, first } });
        return;
      }
      firstOf.set(code, source);
      const geometry = roundPolygonCoordinates(feature.geometry, 7);
      if (!geometry) return;
      const nameRaw = feature.properties[nameField];
      areaFeatures.push({ type: 'Feature', properties: { code, name: nameRaw === null || nameRaw === undefined || String(nameRaw).trim() === '' ? code : String(nameRaw).trim() }, geometry });
    });
    areaFeatures = areaFeatures.sort((a, b) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0));
    const level = spec.boundaries.level ?? guessLevel(areaFeatures.map((f) => f.properties.code));
    if (!/^[a-z][a-z0-9-]*$/.test(level)) problems.error('import-level-name', layer.file, { params: { level } });
    const repairs = new Map<string, number>();
    for (const r of layer.repairs) repairs.set(r.kind, (repairs.get(r.kind) ?? 0) + 1);
    boundaryReport = {
      file: layer.file,
      crs: layer.crs.code,
      crsSource: layer.crs.source,
      featuresInFile: layer.featureCountInFile,
      areas: areaFeatures.length,
      selected: layer.featureCountSelected,
      refused: layer.featureCountSelected - layer.features.length,
      repairs: [...repairs].map(([kind, count]) => ({ kind, count })),
      level,
      codeField,
      nameField,
    };
  }

  // 2. Tables → long rows.
  const tableReports: ImportReport['tables'][number][] = [];
  const rows: (LongIndicatorRow & { file: string; sheet: string | undefined })[] = [];
  const indicatorFiles = new Map<string, string>();
  for (const { table, guess } of inputs.tables) {
    const mapping = spec.mappings?.[table.file] ?? guess.mapping;
    const long = toLongIndicators(table, mapping, problems);
    const ids = new Set<string>();
    for (const r of long) {
      const id = slug(r.indicator);
      ids.add(id);
      rows.push({ ...r, indicator: id, file: table.file, sheet: table.sheet });
    }
    for (const id of ids) {
      const other = indicatorFiles.get(id);
      if (other !== undefined && other !== table.file) problems.error('import-indicator-clash', table.file, { params: { indicator: id, files: `${other}, ${table.file}` } });
      indicatorFiles.set(id, table.file);
    }
    tableReports.push({
      file: table.file,
      sheet: table.sheet ?? null,
      format: table.detected.format,
      delimiter: table.detected.delimiter ?? null,
      decimal: table.detected.decimal,
      thousands: table.detected.thousands,
      encoding: table.detected.encoding ?? null,
      rows: table.rows.length,
      mapping,
      values: long.filter((r) => r.value !== null).length,
      suppressed: long.filter((r) => r.suppressed).length,
      missing: long.filter((r) => r.value === null && !r.suppressed).length,
    });
  }

  // 3. Match table codes to area codes.
  let matchingReport: ImportReport['matching'] = null;
  const kept: typeof rows = [];
  if (layer && rows.length > 0) {
    const match = matchAreaCodes(rows.map((r) => ({ code: r.code, row: r.row })), areaFeatures.map((f) => f.properties.code));
    const firstTable = inputs.tables[0]!.table;
    if (match.matched.size === 0) {
      problems.error('import-nothing-matched', firstTable.file, {
        params: {
          column: (spec.mappings?.[firstTable.file] ?? inputs.tables[0]!.guess.mapping).codeColumn,
          tableExamples: [...new Set(rows.slice(0, 50).map((r) => r.code))].slice(0, 3).join(', '),
          areaExamples: areaFeatures.slice(0, 3).map((f) => f.properties.code).join(', '),
        },
      });
    } else {
      if (match.unmatchedInTable.length > 0) {
        problems.warning('import-codes-unmatched-table', firstTable.file, {
          params: {
            count: match.unmatchedInTable.length,
            rows: match.unmatchedInTable.reduce((s, u) => s + u.count, 0),
            examples: match.unmatchedInTable.slice(0, 5).map((u) => `${u.code} (${u.count}×, row ${u.rows[0]})`).join(', '),
          },
        });
      }
      if (match.unmatchedAreas.length > 0) {
        problems.warning('import-codes-unmatched-areas', layer.file, { params: { count: match.unmatchedAreas.length, examples: match.unmatchedAreas.slice(0, 5).join(', ') } });
      }
    }
    const seen = new Map<string, number>();
    for (const r of rows) {
      const area = match.matched.get(r.code);
      if (area === undefined) continue;
      const key = `${area}|${r.period}|${r.indicator}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.error('import-value-duplicate', r.file, { ...(r.sheet ? { sheet: r.sheet } : {}), row: r.row, params: { code: area, period: r.period, indicator: r.indicator, first } });
        continue;
      }
      seen.set(key, r.row);
      kept.push({ ...r, code: area });
    }
    matchingReport = {
      matchedCodes: match.matched.size,
      exact: match.exact,
      normalised: match.normalised,
      unmatchedInTable: match.unmatchedInTable.slice(0, 10),
      unmatchedInTableCount: match.unmatchedInTable.length,
      unmatchedAreas: match.unmatchedAreas.slice(0, 10),
      unmatchedAreasCount: match.unmatchedAreas.length,
    };
  }

  // 4. Definitions: suggested from the header and the values, then the user's changes.
  const byIndicator = new Map<string, { header: string; values: (number | null)[]; file: string }>();
  for (const r of kept) {
    const entry = byIndicator.get(r.indicator) ?? { header: r.indicator, values: [], file: r.file };
    entry.values.push(r.value);
    byIndicator.set(r.indicator, entry);
  }
  const headerOf = new Map<string, string>();
  for (const { table, guess } of inputs.tables) {
    const mapping = spec.mappings?.[table.file] ?? guess.mapping;
    if (mapping.layout.kind === 'wide') for (const h of mapping.layout.indicatorColumns) headerOf.set(slug(h), h);
  }
  const source = spec.package?.source ?? `Wijkzicht import: ${inputs.tables.map((t) => t.table.file).join(', ')}`;
  const definitions: ImportedDefinition[] = [...byIndicator.keys()].sort().map((id) => {
    const entry = byIndicator.get(id)!;
    const suggested = suggestIndicatorDefinition(headerOf.get(id) ?? entry.header, entry.values);
    const overrides = spec.definitions?.[id] ?? {};
    return { ...suggested, source, ...overrides, id };
  });
  const ids = new Set(definitions.map((d) => d.id));
  const cleaned = definitions.map((d) => (d.denominator !== null && !ids.has(d.denominator) ? { ...d, denominator: null } : d));
  const periods = [...new Set(kept.map((r) => r.period))].sort((a, b) => a - b);

  const report: ImportReport = { boundaries: boundaryReport, tables: tableReports, matching: matchingReport, indicators: cleaned, periods };
  const ok = !problems.items.some((p) => p.severity === 'error') && boundaryReport !== null;
  return {
    ok,
    files: ok ? assemblePackageFiles(areaFeatures, kept, cleaned, periods, boundaryReport!, spec, inputs) : null,
    report,
    problems: problems.items,
  };
}

function assemblePackageFiles(
  areas: readonly Feature<Polygon | MultiPolygon, { code: string; name: string }>[],
  rows: readonly LongIndicatorRow[],
  definitions: readonly ImportedDefinition[],
  periods: readonly number[],
  boundary: NonNullable<ImportReport['boundaries']>,
  spec: ImportSpec,
  inputs: ImportInputs,
): Map<string, string> {
  const level = boundary.level;
  const areasPath = `areas/${level}.geojson`;
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.period - b.period || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0)));
  const title = spec.package?.title ?? `Import ${boundary.file}`;
  const descriptor = {
    profile: 'data-package',
    name: slug(spec.package?.name ?? title).replaceAll('_', '-'),
    title,
    description:
      spec.package?.description ??
      `Imported by Wijkzicht from ${[boundary.file, ...inputs.tables.map((t) => t.table.file)].join(', ')}. Boundaries read in ${boundary.crs} (${boundary.crsSource}) and stored in WGS84.`,
    periods,
    sources: [
      ...new Set(
        spec.package?.source
          ? [spec.package.source]
          : [knownBoundaryCredit(boundary.file) ?? boundary.file, ...inputs.tables.map((t) => knownBoundaryCredit(t.table.file) ?? t.table.file)],
      ),
    ].map((title) => ({ title })),
    resources: [
      {
        name: `areas-${level}`,
        role: 'areas',
        level,
        path: areasPath,
        format: 'geojson',
        mediatype: 'application/geo+json',
        sources: [{ title: boundary.file }],
        schema: { fields: [{ name: 'code', type: 'string' }, { name: 'name', type: 'string' }], primaryKey: 'code' },
      },
      {
        name: 'indicators',
        role: 'indicators',
        level,
        path: 'indicators.csv',
        format: 'csv',
        mediatype: 'text/csv',
        schema: {
          fields: [
            { name: 'area_code', type: 'string' },
            { name: 'period', type: 'integer' },
            { name: 'indicator', type: 'string' },
            { name: 'value', type: 'number' },
            { name: 'flag', type: 'string' },
          ],
          primaryKey: ['area_code', 'period', 'indicator'],
          foreignKeys: [{ fields: 'area_code', reference: { resource: `areas-${level}`, fields: 'code' } }],
        },
      },
      {
        name: 'indicator-definitions',
        role: 'indicator-definitions',
        path: 'indicator_definitions.csv',
        format: 'csv',
        mediatype: 'text/csv',
        schema: {
          fields: ['id', 'label_nl', 'label_en', 'unit', 'kind', 'denominator', 'polarity', 'sensitive', 'source'].map((name) => ({ name, type: 'string' })),
          primaryKey: 'id',
        },
      },
    ],
  };
  const geojson = { type: 'FeatureCollection', name: level, features: areas };
  return new Map([
    ['datapackage.json', `${JSON.stringify(descriptor, null, 1)}\n`],
    [areasPath, JSON.stringify(geojson)],
    ['indicators.csv', writeCsv(['area_code', 'period', 'indicator', 'value', 'flag'], sorted.map((r) => [r.code, r.period, r.indicator, r.value, r.suppressed ? 'suppressed' : null]))],
    [
      'indicator_definitions.csv',
      writeCsv(
        ['id', 'label_nl', 'label_en', 'unit', 'kind', 'denominator', 'polarity', 'sensitive', 'source'],
        definitions.map((d) => [d.id, d.labelNl, d.labelEn, d.unit, d.kind, d.denominator, d.polarity, d.sensitive ? 'yes' : 'no', d.source]),
      ),
    ],
  ]);
}
