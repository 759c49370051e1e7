import { writeCsv } from '../formats/csv/write-csv';
import type { ImportArea } from './boundary-areas';
import { knownBoundaryCredit } from './boundary-areas';
import type { BoundaryReport, ImportedDefinition, ImportSpec } from './import-types';
import type { ImportInputs } from './read-import-inputs';
import { slug } from './slug';
import type { LongIndicatorRow } from './tables/to-long-indicators';

/** The columns of indicator_definitions.csv, in order. */
export const DEFINITION_COLUMNS = ['id', 'label_nl', 'label_en', 'unit', 'kind', 'denominator', 'polarity', 'sensitive', 'source'] as const;
/** The columns of indicators.csv, in order. */
export const INDICATOR_COLUMNS = ['area_code', 'period', 'indicator', 'value', 'flag'] as const;

const compareRows = (a: LongIndicatorRow, b: LongIndicatorRow) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : a.period - b.period || (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0);

/** indicators.csv: one row per area, period and indicator, sorted; suppressed cells empty with flag `suppressed`. */
export function writeIndicatorsCsv(rows: readonly LongIndicatorRow[]): string {
  return writeCsv([...INDICATOR_COLUMNS], [...rows].sort(compareRows).map((r) => [r.code, r.period, r.indicator, r.value, r.suppressed ? 'suppressed' : null]));
}

/** indicator_definitions.csv. */
export function writeDefinitionsCsv(definitions: readonly ImportedDefinition[]): string {
  return writeCsv([...DEFINITION_COLUMNS], definitions.map((d) => [d.id, d.labelNl, d.labelEn, d.unit, d.kind, d.denominator, d.polarity, d.sensitive ? 'yes' : 'no', d.source]));
}

/** The descriptor's indicators resource at `level`, its codes referring to `areasResource`. */
export function indicatorsResource(level: string, areasResource: string): Record<string, unknown> {
  return {
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
      foreignKeys: [{ fields: 'area_code', reference: { resource: areasResource, fields: 'code' } }],
    },
  };
}

/** The descriptor's indicator-definitions resource. */
export const DEFINITIONS_RESOURCE = {
  name: 'indicator-definitions',
  role: 'indicator-definitions',
  path: 'indicator_definitions.csv',
  format: 'csv',
  mediatype: 'text/csv',
  schema: { fields: DEFINITION_COLUMNS.map((name) => ({ name, type: 'string' })), primaryKey: 'id' },
} as const;

function packageDescriptor(boundary: BoundaryReport, periods: readonly number[], spec: ImportSpec, inputs: ImportInputs): Record<string, unknown> {
  const level = boundary.level;
  const title = spec.package?.title ?? `Import ${boundary.file}`;
  const tableFiles = inputs.tables.map((t) => t.table.file);
  const sources = spec.package?.source ? [spec.package.source] : [knownBoundaryCredit(boundary.file) ?? boundary.file, ...tableFiles.map((f) => knownBoundaryCredit(f) ?? f)];
  return {
    profile: 'data-package',
    name: slug(spec.package?.name ?? title).replaceAll('_', '-'),
    title,
    description:
      spec.package?.description ??
      `Imported by Wijkzicht from ${[boundary.file, ...tableFiles].join(', ')}. Boundaries read in ${boundary.crs} (${boundary.crsSource}) and stored in WGS84.`,
    periods,
    sources: [...new Set(sources)].map((t) => ({ title: t })),
    resources: [
      {
        name: `areas-${level}`,
        role: 'areas',
        level,
        path: `areas/${level}.geojson`,
        format: 'geojson',
        mediatype: 'application/geo+json',
        sources: [{ title: boundary.file }],
        schema: { fields: [{ name: 'code', type: 'string' }, { name: 'name', type: 'string' }], primaryKey: 'code' },
      },
      indicatorsResource(level, `areas-${level}`),
      DEFINITIONS_RESOURCE,
    ],
  };
}

/**
 * The files of a package made from a boundary file and tables: `datapackage.json`, the areas as GeoJSON at
 * their level, `indicators.csv` and `indicator_definitions.csv`.
 *
 * @example
 * assemblePackageFiles(areas, kept, definitions, [2024], boundaryReport, spec, inputs).get('indicators.csv')
 */
export function assemblePackageFiles(
  areas: readonly ImportArea[],
  rows: readonly LongIndicatorRow[],
  definitions: readonly ImportedDefinition[],
  periods: readonly number[],
  boundary: BoundaryReport,
  spec: ImportSpec,
  inputs: ImportInputs,
): Map<string, string> {
  const geojson = { type: 'FeatureCollection', name: boundary.level, features: areas };
  return new Map([
    ['datapackage.json', `${JSON.stringify(packageDescriptor(boundary, periods, spec, inputs), null, 1)}\n`],
    [`areas/${boundary.level}.geojson`, JSON.stringify(geojson)],
    ['indicators.csv', writeIndicatorsCsv(rows)],
    ['indicator_definitions.csv', writeDefinitionsCsv(definitions)],
  ]);
}
