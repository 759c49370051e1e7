import type { MultiPolygon, Polygon, Position } from 'geojson';
import { checkPolygonGeometry } from './check-polygon-geometry';

/**
 * Rounds every coordinate of a Polygon or MultiPolygon to `decimals` places (default 6, ≈ 0.1 m), then
 * cleans what rounding can break: consecutive duplicate positions are removed, rings are re-closed, rings
 * left with fewer than 4 positions are dropped (a dropped exterior drops its polygon). A MultiPolygon with
 * one polygon left becomes a Polygon. Returns `null` when nothing is left. Rounding is
 * `Math.round(v · 10^d) / 10^d`, so equal inputs give equal outputs and shared vertices stay shared.
 *
 * @example
 * roundPolygonCoordinates({ type: 'Polygon', coordinates: [[[0.1234567, 0], [1, 0], [1, 1], [0.1234567, 0]]] });
 * // { type: 'Polygon', coordinates: [[[0.123457, 0], [1, 0], [1, 1], [0.123457, 0]]] }
 */
export function roundPolygonCoordinates(geometry: Polygon | MultiPolygon, decimals = 6): Polygon | MultiPolygon | null {
  checkPolygonGeometry(geometry, 'geometry');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer in 0..15, got ${decimals}`);
  }
  const factor = 10 ** decimals;
  const round = (value: number): number => {
    const rounded = Math.round(value * factor) / factor;
    return rounded === 0 ? 0 : rounded; // no -0 in the output
  };
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const exterior = cleanRing(rings[0] as Position[], round);
    if (exterior === null) continue;
    const holes = rings.slice(1).map((ring) => cleanRing(ring, round));
    kept.push([exterior, ...holes.filter((hole): hole is Position[] => hole !== null)]);
  }
  if (kept.length === 0) return null;
  if (kept.length === 1) return { type: 'Polygon', coordinates: kept[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: kept };
}

function cleanRing(ring: Position[], round: (value: number) => number): Position[] | null {
  const out: Position[] = [];
  for (const position of ring) {
    const rounded = [round(position[0] as number), round(position[1] as number)];
    const previous = out[out.length - 1];
    if (previous === undefined || previous[0] !== rounded[0] || previous[1] !== rounded[1]) out.push(rounded);
  }
  const first = out[0] as Position;
  const last = out[out.length - 1] as Position;
  if (out.length > 1 && first[0] === last[0] && first[1] === last[1]) out.pop();
  if (out.length < 3) return null;
  out.push(first.slice());
  return out;
}
