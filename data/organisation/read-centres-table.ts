import type { MultiPolygon, Polygon } from 'geojson';
import { guessCrsFromExtent, reprojectPoint, type SupportedCrs } from '../../geo/crs';
import { isPointInRings } from '../../geo/geometry';
import { measureDistance } from '../../geo/measure';
import type { DecimalMark, RawTable } from '../formats/table/raw-table';
import { parseNumberText } from '../formats/table/parse-number';
import type { Centre } from '../package/model';
import type { ProblemList } from '../problems';
import { cellText, findColumns, reportMissingColumn, rowOf, type ColumnSpec } from './find-columns';
import { uniqueId, type OrganisationTeam } from './organisation';

export interface CentresContext {
  readonly municipality: string;
  /** The municipality's outline: a location outside it is a warning naming it. */
  readonly outline: Polygon | MultiPolygon | null;
  readonly teams: readonly OrganisationTeam[];
  /** Ids already used by locations (new ones get other ids). */
  readonly takenIds: readonly string[];
}

type Key = 'name' | 'team' | 'address' | 'lon' | 'lat' | 'x' | 'y';
const COLUMNS: readonly (ColumnSpec & { key: Key })[] = [
  { key: 'name', what: 'the name of the location', whatNl: 'de naam van de locatie', names: ['name', 'naam', 'locatie', 'location', 'naam locatie', 'centre', 'centrum'] },
  { key: 'team', what: 'the team', whatNl: 'het team', names: ['team', 'team_id', 'wijkteam', 'teamnaam'] },
  { key: 'address', what: 'the address', whatNl: 'het adres', names: ['address', 'adres'] },
  { key: 'lon', what: 'the longitude', whatNl: 'de lengtegraad', names: ['lon', 'lng', 'long', 'longitude', 'lengte', 'lengtegraad'] },
  { key: 'lat', what: 'the latitude', whatNl: 'de breedtegraad', names: ['lat', 'latitude', 'breedte', 'breedtegraad'] },
  { key: 'x', what: 'the X coordinate', whatNl: 'de X-coördinaat', names: ['x', 'x_lambert', 'lambert_x', 'x lambert72', 'x lambert 2008', 'xcoord', 'x-coordinaat', 'easting'] },
  { key: 'y', what: 'the Y coordinate', whatNl: 'de Y-coördinaat', names: ['y', 'y_lambert', 'lambert_y', 'y lambert72', 'y lambert 2008', 'ycoord', 'y-coordinaat', 'northing'] },
];

/** A number from a cell: a stored number, or text with the table's decimal mark (else the other one). */
function numberOf(value: unknown, decimal: DecimalMark): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (text === null) return undefined;
  return parseNumberText(text, decimal) ?? parseNumberText(text, decimal === ',' ? '.' : ',');
}

/** Metres from a point to the nearest vertex of the outline (the outlines are dense: close to the border distance). */
function metresToOutline(outline: Polygon | MultiPolygon, lon: number, lat: number): number {
  let best = Infinity;
  for (const rings of outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates) for (const p of rings[0] ?? []) best = Math.min(best, measureDistance([lon, lat], [p[0]!, p[1]!]));
  return best;
}

const insideOutline = (outline: Polygon | MultiPolygon, lon: number, lat: number) =>
  (outline.type === 'Polygon' ? [outline.coordinates] : outline.coordinates).some((rings) => isPointInRings([lon, lat], rings));

/**
 * Reads a table of locations: name, team, address, and the position as longitude/latitude (WGS84 degrees) or
 * as X/Y in metres — Belgian Lambert 72 (EPSG:31370) or Lambert 2008 (EPSG:3812), told apart by their
 * extent; a decimal comma is fine. Teams are matched by id or name. A location outside the municipality is
 * kept with a warning that names it; a bad coordinate or an unknown team is an error naming row and column.
 *
 * @example
 * readCentresTable(table, { municipality: 'Roeselare', outline, teams, takenIds: [] }, problems)
 * // [{ id: 'ocmw_site_noord', name: 'OCMW site Noord', teamId: 'noord', lon: 3.1271, lat: 50.9512, … }]
 */
export function readCentresTable(table: RawTable, context: CentresContext, problems: ProblemList): Centre[] | null {
  const columns = findColumns(table, COLUMNS);
  const spec = (key: Key) => COLUMNS.find((c) => c.key === key)!;
  const tableName = { en: 'locations', nl: 'locaties' };
  if (columns.name === undefined) reportMissingColumn(problems, table, spec('name'), tableName);
  const byDegrees = columns.lon !== undefined && columns.lat !== undefined;
  const byMetres = columns.x !== undefined && columns.y !== undefined;
  if (!byDegrees && !byMetres) reportMissingColumn(problems, table, { key: 'lon', what: 'the position (lon and lat, or X and Y)', whatNl: 'de positie (lon en lat, of X en Y)', names: ['lon + lat', 'lengte + breedte', 'x + y'] }, tableName);
  if (columns.name === undefined || (!byDegrees && !byMetres)) return null;
  const [cx, cy] = byDegrees ? [columns.lon!, columns.lat!] : [columns.x!, columns.y!];
  const decimal = table.detected.decimal;
  const read = table.rows.map((cells, i) => {
    const x = numberOf(cells[cx], decimal);
    const y = numberOf(cells[cy], decimal);
    if (x === undefined || y === undefined) {
      const bad = x === undefined ? cx : cy;
      if (cellText(cells[columns.name!]) !== null || cellText(cells[bad]) !== null) {
        problems.error('org-coordinate-invalid', table.file, { ...rowOf(table, i), field: table.header[bad]!, params: { value: cellText(cells[bad]) ?? '' } });
      }
      return null;
    }
    return [x, y] as const;
  });
  const known = read.filter((p): p is readonly [number, number] => p !== null);
  if (known.length === 0) return [];
  const extent = [Math.min(...known.map((p) => p[0])), Math.min(...known.map((p) => p[1])), Math.max(...known.map((p) => p[0])), Math.max(...known.map((p) => p[1]))] as const;
  const guess = guessCrsFromExtent(extent);
  const crs: SupportedCrs | null = guess.kind === 'lon-lat' ? 'EPSG:4326' : guess.proposal === 'EPSG:31370' || guess.proposal === 'EPSG:3812' ? guess.proposal : null;
  if (crs === null) {
    problems.error('org-coordinates-system', table.file, { ...rowOf(table, read.findIndex((p) => p !== null)), params: { sample: `${known[0]![0]}, ${known[0]![1]}` } });
    return null;
  }
  const teamByKey = new Map(context.teams.flatMap((t) => [[t.id.toLowerCase(), t.id], [t.name.toLowerCase(), t.id]] as const));
  const taken = [...context.takenIds];
  const centres: Centre[] = [];
  table.rows.forEach((cells, i) => {
    const position = read[i];
    const name = cellText(cells[columns.name!]);
    if (!position) return;
    const where = rowOf(table, i);
    if (name === null) {
      problems.error('org-value-missing', table.file, { ...where, field: table.header[columns.name!]!, params: { what: 'name of the location', whatNl: 'de naam van de locatie' } });
      return;
    }
    const teamText = columns.team === undefined ? null : cellText(cells[columns.team]);
    const teamId = teamText === null ? null : (teamByKey.get(teamText.toLowerCase()) ?? undefined);
    if (teamId === undefined) {
      problems.error('org-team-unknown', table.file, { ...where, field: table.header[columns.team!]!, params: { team: teamText!, teams: context.teams.map((t) => t.name).join(', ') || '—' } });
      return;
    }
    let lon: number;
    let lat: number;
    try {
      [lon, lat] = crs === 'EPSG:4326' ? position : reprojectPoint(position, crs);
    } catch {
      problems.error('org-coordinate-invalid', table.file, { ...where, field: table.header[cx]!, params: { value: `${position[0]}, ${position[1]}` } });
      return;
    }
    if (context.outline && !insideOutline(context.outline, lon, lat)) {
      problems.warning('org-location-outside', table.file, { ...where, field: table.header[cx]!, params: { name, municipality: context.municipality, distance: Math.round(metresToOutline(context.outline, lon, lat)) } });
    }
    const id = uniqueId(name, taken, 'locatie');
    taken.push(id);
    const address = columns.address === undefined ? null : cellText(cells[columns.address]);
    centres.push({ id, name, teamId, address, lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6, locationQuality: crs === 'EPSG:4326' ? null : `from ${crs}` });
  });
  return centres;
}
