import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The built-in geography of Flanders and Brussels, one compact record per municipality
 * (`assets/geography/<nis>.json.gz`, built by `npm run build:geography` from ../shared/data/raw).
 *
 * Coordinates are WGS84 degrees quantised to 1e-6° (≈ 0.1 m) and stored per ring as
 * `[x0, y0, dx1, dy1, …]` (the first position absolute, the others as differences, the closing position
 * left out), so a ring of integers compresses well.
 */
export const GEOGRAPHY_SCHEMA = 'wijkzicht-geography/1';
export const GEOGRAPHY_INDEX_SCHEMA = 'wijkzicht-geography-index/1';
/** Integer units per degree. */
export const COORDINATE_SCALE = 1e6;

/** Polygons → rings → delta-encoded integers. */
export type EncodedGeometry = number[][][];

export interface EncodedArea {
  readonly code: string;
  readonly name: string;
  readonly geometry: EncodedGeometry;
}

/**
 * How a sector got its wijk and deelgemeente: from the 2025 sector table of Provincies in Cijfers (the same
 * sector code there), or by the position of its Statbel 2024 centroid (a sector code that changed in 2025).
 */
export type SectorAssignment = 'table' | 'position';

export interface EncodedSector extends EncodedArea {
  readonly population: number;
  /** The Statbel 2024 centroid, quantised like the coordinates. */
  readonly centroid: readonly [number, number];
  readonly wijk: string | null;
  readonly deelgemeente: string | null;
  readonly assignment: SectorAssignment;
}

export interface EncodedMunicipality {
  readonly schema: typeof GEOGRAPHY_SCHEMA;
  readonly nis: string;
  readonly name: string;
  readonly province: string | null;
  readonly region: string;
  readonly outline: EncodedGeometry;
  readonly wijken: readonly EncodedArea[];
  readonly deelgemeenten: readonly EncodedArea[];
  /** Statistical sectors (Statbel 2024 codes), their cells approximate (Voronoi of the centroids within the wijk). */
  readonly sectors: readonly EncodedSector[];
}

export interface GeographyIndexEntry {
  readonly nis: string;
  readonly name: string;
  readonly province: string | null;
  readonly region: string;
  readonly population: number;
  readonly sectors: number;
  readonly wijken: number;
  readonly deelgemeenten: number;
  /** [west, south, east, north] in degrees. */
  readonly bbox: readonly [number, number, number, number];
  /** The record's file name beside the index. */
  readonly file: string;
  readonly bytes: number;
}

export interface GeographyIndex {
  readonly schema: typeof GEOGRAPHY_INDEX_SCHEMA;
  /** What it was built from, for the provenance line. */
  readonly sources: readonly string[];
  readonly municipalities: readonly GeographyIndexEntry[];
}

const q = (value: number): number => Math.round(value * COORDINATE_SCALE);

/**
 * Quantises and delta-encodes a ring: the closing position, consecutive duplicates and vertices exactly in
 * line with their neighbours after rounding are dropped (a spike that rounding flattened into a back-and-forth
 * would otherwise make the ring overlap itself). Returns null when fewer than three positions remain.
 *
 * @example
 * encodeRing([[3.1, 50.1], [3.2, 50.1], [3.2, 50.2], [3.1, 50.1]]) // [3100000, 50100000, 100000, 0, 0, 100000]
 */
export function encodeRing(ring: readonly Position[]): number[] | null {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of ring) {
    const x = q(p[0]!);
    const y = q(p[1]!);
    if (xs.length > 0 && x === xs.at(-1) && y === ys.at(-1)) continue;
    xs.push(x);
    ys.push(y);
  }
  while (xs.length > 1 && xs[0] === xs.at(-1) && ys[0] === ys.at(-1)) {
    xs.pop();
    ys.pop();
  }
  // Drop vertices in line with their neighbours (exact: integer cross products), until none is left.
  let removed = true;
  while (removed && xs.length >= 3) {
    removed = false;
    for (let i = 0; i < xs.length && xs.length >= 3; i++) {
      const a = (i + xs.length - 1) % xs.length;
      const c = (i + 1) % xs.length;
      const cross = (xs[i]! - xs[a]!) * (ys[c]! - ys[i]!) - (ys[i]! - ys[a]!) * (xs[c]! - xs[i]!);
      if (cross === 0) {
        xs.splice(i, 1);
        ys.splice(i, 1);
        removed = true;
        i--;
      }
    }
  }
  if (xs.length < 3) return null;
  const out: number[] = [xs[0]!, ys[0]!];
  for (let i = 1; i < xs.length; i++) out.push(xs[i]! - xs[i - 1]!, ys[i]! - ys[i - 1]!);
  return out;
}

/** Decodes a ring back to closed WGS84 positions. */
export function decodeRing(encoded: readonly number[]): Position[] {
  if (encoded.length < 6 || encoded.length % 2 !== 0) throw new RangeError(`an encoded ring needs an even number ≥ 6 of integers, got ${encoded.length}`);
  const ring: Position[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < encoded.length; i += 2) {
    x += encoded[i]!;
    y += encoded[i + 1]!;
    ring.push([x / COORDINATE_SCALE, y / COORDINATE_SCALE]);
  }
  ring.push([ring[0]![0]!, ring[0]![1]!]);
  return ring;
}

/** Encodes a Polygon or MultiPolygon; parts whose exterior vanishes are dropped, and so are vanished holes. */
export function encodeGeometry(geometry: Polygon | MultiPolygon): EncodedGeometry {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const out: EncodedGeometry = [];
  for (const polygon of polygons) {
    const exterior = encodeRing(polygon[0] ?? []);
    if (!exterior) continue;
    const holes = polygon.slice(1).map(encodeRing).filter((r): r is number[] => r !== null);
    out.push([exterior, ...holes]);
  }
  return out;
}

/** Decodes to a Polygon (one part) or a MultiPolygon. */
export function decodeGeometry(encoded: EncodedGeometry): Polygon | MultiPolygon {
  if (encoded.length === 0) throw new RangeError('an encoded geometry needs at least one polygon');
  const polygons = encoded.map((polygon) => polygon.map(decodeRing));
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}

/** A quantised position back in degrees. */
export const decodePosition = (p: readonly [number, number]): [number, number] => [p[0] / COORDINATE_SCALE, p[1] / COORDINATE_SCALE];
export const encodePosition = (p: readonly [number, number]): [number, number] => [q(p[0]), q(p[1])];
