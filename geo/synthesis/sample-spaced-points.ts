import type { Polygon, Position } from 'geojson';
import { checkPolygonGeometry } from '../geometry/check-polygon-geometry';
import { createLocalProjection } from '../crs/create-local-projection';
import { isPointInRings } from '../geometry/is-point-in-rings';
import type { LonLat } from '../units/units';

export interface SpacedPointsOptions {
  /** Area to fill (WGS84). */
  polygon: Polygon;
  /** How many points to place. */
  count: number;
  /** Relative wanted point density at a location (any positive unit); higher = points closer together. */
  densityAt: (point: LonLat) => number;
  /** Source of randomness in [0, 1), e.g. `createSeededRandom(seed)`. */
  random: () => number;
  /** Candidates drawn per placed point; more = more even spacing. Default 16. */
  candidatesPerPoint?: number;
}

/**
 * Places `count` points inside a polygon, denser where `densityAt` is higher, with a Poisson-disc-like
 * minimum spacing: Mitchell's best-candidate algorithm with density weighting. For each point,
 * `candidatesPerPoint` candidates are drawn from the density (rejection sampling inside the polygon) and the
 * one farthest from the points already placed — measured in units of the local expected spacing
 * (distance · √density) — is kept. Distances are measured in a local metric plane, so spacing is isotropic.
 * Deterministic for a deterministic `random`.
 *
 * @example
 * const points = sampleSpacedPoints({ polygon: outline, count: 100, random: createSeededRandom(7),
 *   densityAt: ([lon, lat]) => 1 / (0.001 + (lon - 3.95) ** 2 + (lat - 50.85) ** 2) });
 */
export function sampleSpacedPoints(options: SpacedPointsOptions): LonLat[] {
  const { polygon, count, densityAt, random, candidatesPerPoint = 16 } = options;
  checkPolygonGeometry(polygon, 'polygon');
  if (polygon.type !== 'Polygon') throw new TypeError('polygon must be a Polygon');
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  if (typeof densityAt !== 'function') throw new TypeError('densityAt must be a function');
  if (typeof random !== 'function') throw new TypeError('random must be a function returning numbers in [0, 1)');
  if (!Number.isInteger(candidatesPerPoint) || candidatesPerPoint < 1) {
    throw new RangeError(`candidatesPerPoint must be a positive integer, got ${candidatesPerPoint}`);
  }

  const rings = polygon.coordinates;
  const exterior = rings[0] as Position[];
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of exterior as [number, number][]) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const projection = createLocalProjection([(minLon + maxLon) / 2, (minLat + maxLat) / 2]);
  const density = (point: LonLat): number => {
    const value = densityAt(point);
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`densityAt must return a finite number >= 0, got ${value}`);
    return value;
  };

  // The largest density on a 64 × 64 grid bounds the rejection sampling (a missed narrow peak is clipped).
  let maxDensity = 0;
  for (let i = 0; i <= 64; i++) {
    for (let j = 0; j <= 64; j++) {
      const point: LonLat = [minLon + ((maxLon - minLon) * i) / 64, minLat + ((maxLat - minLat) * j) / 64];
      if (isPointInRings(point, rings)) maxDensity = Math.max(maxDensity, density(point));
    }
  }
  if (maxDensity <= 0) throw new RangeError('densityAt is zero everywhere inside the polygon');

  const drawCandidate = (): LonLat => {
    for (let attempt = 0; attempt < 100_000; attempt++) {
      const point: LonLat = [minLon + (maxLon - minLon) * random(), minLat + (maxLat - minLat) * random()];
      const acceptance = random();
      if (isPointInRings(point, rings) && acceptance * maxDensity < density(point)) return point;
    }
    throw new RangeError('could not draw a point inside the polygon (is it degenerate?)');
  };

  const placed: LonLat[] = [];
  const placedPlane: (readonly [number, number])[] = [];
  while (placed.length < count) {
    let best: LonLat | null = null;
    let bestScore = -Infinity;
    for (let c = 0; c < candidatesPerPoint; c++) {
      const candidate = drawCandidate();
      const [x, y] = projection.toPlane(candidate);
      let nearestSquared = Infinity;
      for (const [px, py] of placedPlane) nearestSquared = Math.min(nearestSquared, (px - x) ** 2 + (py - y) ** 2);
      const score = placedPlane.length === 0 ? 0 : Math.sqrt(nearestSquared * density(candidate));
      if (score > bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    const chosen = best as LonLat;
    placed.push(chosen);
    placedPlane.push(projection.toPlane(chosen));
  }
  return placed;
}
