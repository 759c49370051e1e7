import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { roundPolygonCoordinates } from '../../geo/geometry';
import type { ProblemList } from '../problems';
import type { BoundaryLayer } from './boundaries/read-boundary-files';
import type { BoundaryReport, ImportSpec } from './import-types';

/** An area as the import writes it: its code, its name and its WGS84 geometry (7 decimals). */
export type ImportArea = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

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

const byCode = (a: ImportArea, b: ImportArea) => (a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0);

/** The features of the layer as areas: non-empty, unique codes (each bad feature a located problem), sorted by code. */
function collectAreas(layer: BoundaryLayer, codeField: string, nameField: string, problems: ProblemList): ImportArea[] {
  const areas: ImportArea[] = [];
  const hasCodeField = layer.fields.some((f) => f.name === codeField);
  const firstOf = new Map<string, number>();
  layer.features.forEach((feature, i) => {
    const source = layer.sourceIndex[i] ?? i;
    const raw = feature.properties[codeField];
    const code = raw === null || raw === undefined ? '' : String(raw).trim();
    if (code === '') {
      if (hasCodeField) problems.error('import-code-empty', layer.file, { feature: source, field: codeField, params: { field: codeField } });
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
    const name = nameRaw === null || nameRaw === undefined || String(nameRaw).trim() === '' ? code : String(nameRaw).trim();
    areas.push({ type: 'Feature', properties: { code, name }, geometry });
  });
  return areas.sort(byCode);
}

/**
 * The areas of a boundary layer and what the report says about them: the code and name columns (chosen or
 * guessed; a missing one is an error listing the columns), unique non-empty codes, the level (chosen or
 * guessed from the codes), the repairs made while reading.
 *
 * @example
 * const { areas, report } = readBoundaryAreas(layer, { codeField: 'geoitem', level: 'wijk' }, problems);
 */
export function readBoundaryAreas(layer: BoundaryLayer, choice: ImportSpec['boundaries'], problems: ProblemList): { areas: ImportArea[]; report: BoundaryReport } {
  const guessed = guessBoundaryFields(layer);
  const codeField = choice.codeField ?? guessed.codeField;
  const nameField = choice.nameField ?? guessed.nameField;
  const available = layer.fields.map((f) => f.name).join(', ');
  for (const [field, role, roleNl] of [[codeField, 'area code', 'gebiedscode'], [nameField, 'area name', 'gebiedsnaam']] as const) {
    if (!layer.fields.some((f) => f.name === field)) problems.error('import-field-missing', layer.file, { field, params: { field, role, roleNl, available } });
  }
  const areas = collectAreas(layer, codeField, nameField, problems);
  const level = choice.level ?? guessLevel(areas.map((f) => f.properties.code));
  if (!/^[a-z][a-z0-9-]*$/.test(level)) problems.error('import-level-name', layer.file, { params: { level } });
  const repairs = new Map<string, number>();
  for (const r of layer.repairs) repairs.set(r.kind, (repairs.get(r.kind) ?? 0) + 1);
  const report: BoundaryReport = {
    file: layer.file,
    crs: layer.crs.code,
    crsSource: layer.crs.source,
    featuresInFile: layer.featureCountInFile,
    areas: areas.length,
    selected: layer.featureCountSelected,
    refused: layer.featureCountSelected - layer.features.length,
    repairs: [...repairs].map(([kind, count]) => ({ kind, count })),
    level,
    codeField,
    nameField,
  };
  return { areas, report };
}
