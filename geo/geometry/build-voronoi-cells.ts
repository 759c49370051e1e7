import type { MultiPolygon, Polygon, Position } from 'geojson';
import { featureCollection, intersect, point as turfPoint, polygon as turfPolygon, voronoi } from '@turf/turf';
import { checkLonLat } from './check-lon-lat';
import { checkPolygonGeometry } from './check-polygon-geometry';
import { createLocalProjection, type LocalProjection } from '../crs/create-local-projection';
import { isPointInRings } from './is-point-in-rings';
import { orientRingsRfc7946 } from '../repair/orient-rings-rfc7946';
import type { LonLat } from '../units/units';

/**
 * Voronoi cells of WGS84 points, clipped to a polygon: cell `i` is the part of `clipTo` closer to
 * `points[i]` than to any other point. The diagram is computed by `@turf/voronoi` in a local metric plane
 * (so cells are not stretched east–west at 50° N) and clipped with `@turf/intersect`; cells lying wholly
 * inside `clipTo` skip the clipping, and cells whose border the outline crosses exactly twice are clipped with
 * a fast Sutherland–Hodgman pass. Neighbouring cells share their vertices exactly, so the cells tile
 * `clipTo` without gaps or overlaps. Returns one entry per input point, in input order: a Polygon, a
 * MultiPolygon when a concave outline cuts a cell in two, or `null` when the cell misses `clipTo`. Output is
 * RFC 7946 wound and not rounded.
 *
 * @example
 * const cells = buildVoronoiCells([[3.94, 50.85], [3.96, 50.85]], outline); // two cells tiling `outline`
 */
export function buildVoronoiCells(points: readonly LonLat[], clipTo: Polygon): (Polygon | MultiPolygon | null)[] {
  if (!Array.isArray(points) || points.length === 0) throw new TypeError('points must be a non-empty array of [lon, lat]');
  points.forEach((p, i) => checkLonLat(p, `points[${i}]`));
  checkPolygonGeometry(clipTo, 'clipTo');
  if (clipTo.type !== 'Polygon') throw new TypeError('clipTo must be a Polygon');
  const seen = new Set<string>();
  for (const [lon, lat] of points) {
    const key = `${lon},${lat}`;
    if (seen.has(key)) throw new RangeError(`duplicate point ${key}: Voronoi cells need distinct points`);
    seen.add(key);
  }

  const exterior = clipTo.coordinates[0] as Position[];
  const lons = exterior.map((p) => p[0] as number);
  const lats = exterior.map((p) => p[1] as number);
  const projection = createLocalProjection([(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
  const toPlane = (p: Position): Position => [...projection.toPlane([p[0] as number, p[1] as number])];
  const clipRings = clipTo.coordinates.map((ring) => ring.map(toPlane));
  const planePoints = points.map((p) => [...projection.toPlane(p)]);

  const xs = [...clipRings[0]!.map((p) => p[0] as number), ...planePoints.map((p) => p[0] as number)];
  const ys = [...clipRings[0]!.map((p) => p[1] as number), ...planePoints.map((p) => p[1] as number)];
  const margin = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1);
  const bbox: [number, number, number, number] = [
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) + margin,
    Math.max(...ys) + margin,
  ];
  const diagram = voronoi(featureCollection(planePoints.map((p) => turfPoint(p))), { bbox });
  const clipFeature = turfPolygon(clipRings);

  const hasHoles = clipRings.length > 1;
  return diagram.features.map((cell, index) => {
    if (cell?.geometry == null) throw new RangeError(`no Voronoi cell for points[${index}]`);
    const cellRing = cell.geometry.coordinates[0] as Position[];
    const crossings = countCrossings(cellRing, clipRings);
    let clipped: Polygon | MultiPolygon | null;
    if (crossings === 0 && cellRing.every((p) => isPointInRings(p, clipRings))) {
      clipped = cell.geometry; // wholly inside
    } else if (crossings === 2 && !hasHoles) {
      clipped = { type: 'Polygon', coordinates: [clipRingByConvexRing(clipRings[0] as Position[], cellRing)] };
    } else {
      // Touching, several crossings (possibly a cell cut in two) or holes: exact general clipping.
      clipped = intersect(featureCollection([cell, clipFeature]))?.geometry ?? null;
    }
    return clipped === null ? null : toLonLat(clipped, projection);
  });
}

/**
 * Proper crossings between the convex cell's boundary and the rings; `-1` when any two segments touch
 * without properly crossing (a vertex on an edge, collinear overlap), which sends the cell to exact clipping.
 */
function countCrossings(cellRing: Position[], rings: Position[][]): number {
  let count = 0;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) {
      for (let j = 0; j < cellRing.length - 1; j++) {
        const contact = segmentContact(ring[i]!, ring[i + 1]!, cellRing[j]!, cellRing[j + 1]!);
        if (contact === 'touch') return -1;
        if (contact === 'cross') count += 1;
      }
    }
  }
  return count;
}

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
}

/** How two segments meet: not at all, a proper crossing, or any other contact (end point on a segment, collinear overlap). */
function segmentContact(a: Position, b: Position, c: Position, d: Position): 'none' | 'cross' | 'touch' {
  if (Math.max(a[0]!, b[0]!) < Math.min(c[0]!, d[0]!) || Math.max(c[0]!, d[0]!) < Math.min(a[0]!, b[0]!)) return 'none';
  if (Math.max(a[1]!, b[1]!) < Math.min(c[1]!, d[1]!) || Math.max(c[1]!, d[1]!) < Math.min(a[1]!, b[1]!)) return 'none';
  const o1 = orientation(a, b, c);
  const o2 = orientation(a, b, d);
  const o3 = orientation(c, d, a);
  const o4 = orientation(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) return 'cross';
  if (o1 * o2 <= 0 && o3 * o4 <= 0) return 'touch';
  return 'none';
}

/**
 * Sutherland–Hodgman: the part of a simple ring inside a convex ring. Exact for the case used here (the
 * boundaries cross exactly twice, so the result is one polygon). Each convex edge's line is evaluated with
 * its end points in a canonical order, so two neighbouring cells compute the same intersection points on
 * their shared edge.
 */
function clipRingByConvexRing(subject: Position[], convex: Position[]): Position[] {
  const orientationSign = Math.sign(ringArea(convex)) || 1;
  let output = subject.slice(0, -1);
  for (let j = 0; j < convex.length - 1 && output.length > 0; j++) {
    const p = convex[j]!;
    const q = convex[j + 1]!;
    const swap = p[0]! > q[0]! || (p[0] === q[0] && p[1]! > q[1]!);
    const a = swap ? q : p;
    const b = swap ? p : q;
    const sign = swap ? -orientationSign : orientationSign;
    const side = (point: Position): number => ((b[0]! - a[0]!) * (point[1]! - a[1]!) - (b[1]! - a[1]!) * (point[0]! - a[0]!)) * sign;
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      const sc = side(current);
      const sp = side(previous);
      if (sc >= 0) {
        if (sp < 0) output.push(crossLine(previous, current, sp, sc));
        output.push(current);
      } else if (sp >= 0) {
        output.push(crossLine(previous, current, sp, sc));
      }
    }
  }
  return [...output, output[0]!];
}

/** Where segment s→e crosses a line, from the side values of s and e (of opposite sign). */
function crossLine(s: Position, e: Position, ss: number, se: number): Position {
  const t = ss / (ss - se);
  return [s[0]! + (e[0]! - s[0]!) * t, s[1]! + (e[1]! - s[1]!) * t];
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

/** A cell from the local plane back in WGS84, RFC 7946 wound. */
function toLonLat(geometry: Polygon | MultiPolygon, projection: LocalProjection): Polygon | MultiPolygon {
  const ring = (r: Position[]): Position[] => r.map((p) => [...projection.toLonLat([p[0]!, p[1]!])]);
  const planePolygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const { polygons } = orientRingsRfc7946(planePolygons.map((rings) => rings.map(ring)));
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
}
