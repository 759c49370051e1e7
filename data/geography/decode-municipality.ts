import { gunzipSync } from 'fflate';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { decodeGeometry, decodePosition, GEOGRAPHY_SCHEMA, type EncodedMunicipality, type SectorAssignment } from './geography-format';

export interface GeographyArea {
  readonly code: string;
  readonly name: string;
  readonly geometry: Polygon | MultiPolygon;
}

export interface GeographySector extends GeographyArea {
  readonly population: number;
  readonly centroid: readonly [number, number];
  readonly wijk: string | null;
  readonly deelgemeente: string | null;
  readonly assignment: SectorAssignment;
}

/** One municipality of the built-in geography, decoded: WGS84 GeoJSON geometries. */
export interface MunicipalityGeography {
  readonly nis: string;
  readonly name: string;
  readonly province: string | null;
  readonly region: string;
  readonly outline: Polygon | MultiPolygon;
  readonly wijken: readonly GeographyArea[];
  readonly deelgemeenten: readonly GeographyArea[];
  readonly sectors: readonly GeographySector[];
}

/** Why a record could not be read: the file is damaged or from another version of Wijkzicht. */
export class GeographyRecordError extends Error {
  override readonly name = 'GeographyRecordError';
}

/**
 * Decodes a municipality's record (`<nis>.json.gz`) of the built-in geography.
 *
 * @example
 * const kortrijk = decodeMunicipality(readFileSync('assets/geography/34022.json.gz'));
 * kortrijk.sectors.length; // 113
 */
export function decodeMunicipality(bytes: Uint8Array): MunicipalityGeography {
  let record: EncodedMunicipality;
  try {
    record = JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as EncodedMunicipality;
  } catch (error) {
    throw new GeographyRecordError(`not a geography record (${error instanceof Error ? error.message : String(error)})`);
  }
  if (record?.schema !== GEOGRAPHY_SCHEMA) throw new GeographyRecordError(`schema ${String(record?.schema)} is not ${GEOGRAPHY_SCHEMA}`);
  const area = (a: { code: string; name: string; geometry: number[][][] }): GeographyArea => ({ code: a.code, name: a.name, geometry: decodeGeometry(a.geometry) });
  return {
    nis: record.nis,
    name: record.name,
    province: record.province,
    region: record.region,
    outline: decodeGeometry(record.outline),
    wijken: record.wijken.map(area),
    deelgemeenten: record.deelgemeenten.map(area),
    sectors: record.sectors.map((s) => ({ ...area(s), population: s.population, centroid: decodePosition(s.centroid), wijk: s.wijk, deelgemeente: s.deelgemeente, assignment: s.assignment })),
  };
}

/** The sector centroids as GeoJSON points (the real Statbel positions, beside the approximate cells). */
export function sectorCentroids(geography: MunicipalityGeography): Feature<Point, { code: string; name: string }>[] {
  return geography.sectors.map((s) => ({ type: 'Feature', properties: { code: s.code, name: s.name }, geometry: { type: 'Point', coordinates: [...s.centroid] } }));
}
