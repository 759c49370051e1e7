import { checkLonLat } from '../geometry/check-lon-lat';
import { EARTH_RADIUS_METERS } from '../measure/measure-distance';
import type { LonLat, Meters } from '../units/units';

const RAD = Math.PI / 180;

const METERS_PER_DEGREE = 111_194.9; // 2πR/360 with R = 6,371,008.8 m

export interface PointGrid {
  readonly size: number;
  /** Indices of points within `radius` of `center` (exact, haversine), with their distances. */
  within(center: LonLat, radius: Meters): { index: number; distance: Meters }[];
  /** The nearest point (optionally among those `accept` allows), or null when there is none. */
  nearest(center: LonLat, accept?: (index: number) => boolean): { index: number; distance: Meters } | null;
  /** The distance from `center` to point `index`, with the same arithmetic (so the same number) as `within` and `nearest` give. */
  distanceTo(center: LonLat, index: number): Meters;
}

/**
 * A uniform grid over lon/lat points for radius and nearest-neighbour queries. Cells are at least
 * `cellSize` metres wide and high at every latitude of the data (longitude cells sized for the latitude
 * farthest from the equator), so a point within r of a query lies within ⌈r / cellSize⌉ cells of it;
 * candidates are then checked with the exact haversine distance.
 *
 * @example
 * const grid = indexPointsInGrid(centres, meters(1000));
 * grid.nearest([3.27, 50.83]); // { index: 4, distance: 612.3 }
 */
export function indexPointsInGrid(points: readonly LonLat[], cellSize: Meters): PointGrid {
  if (!(cellSize > 0)) throw new RangeError(`cellSize must be > 0 m, got ${cellSize}`);
  let minLon = Infinity, minLat = Infinity, maxLat = -Infinity, maxLon = -Infinity;
  for (const [lon, lat] of points) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new RangeError('Every point needs a finite position');
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  // One degree of slack keeps the cell-size guarantee for queries a little north or south of the data.
  const farthestLat = Math.min(89, Math.max(Math.abs(minLat), Math.abs(maxLat)) + 1);
  const dLat = cellSize / METERS_PER_DEGREE;
  const dLon = cellSize / (METERS_PER_DEGREE * Math.cos((farthestLat * Math.PI) / 180));
  const cols = points.length === 0 ? 1 : Math.max(1, Math.floor((maxLon - minLon) / dLon) + 1);
  const rows = points.length === 0 ? 1 : Math.max(1, Math.floor((maxLat - minLat) / dLat) + 1);
  return new UniformPointGrid(points, { cellSize, minLon, minLat, dLon, dLat, cols, rows });
}

/** Where the grid lies: its origin, cell size in degrees and metres, and its columns and rows. */
interface GridLayout {
  readonly cellSize: Meters;
  readonly minLon: number;
  readonly minLat: number;
  readonly dLon: number;
  readonly dLat: number;
  readonly cols: number;
  readonly rows: number;
}

/** The haversine term h for a distance d (d = 2R·asin√h), which grows with d. */
function termOfDistance(d: number): number {
  const x = Math.sin(Math.min(d, Math.PI * EARTH_RADIUS_METERS) / (2 * EARTH_RADIUS_METERS));
  return x * x;
}

/** The distance for a haversine term. */
const distanceOfTerm = (h: number): number => 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));

function checkCenter(center: LonLat): void {
  if (!Number.isFinite(center[0]) || !Number.isFinite(center[1])) checkLonLat(center, 'center');
}

/** The points bucketed by cell (compressed: the points of cell k are items[start[k] .. start[k + 1])). */
class UniformPointGrid implements PointGrid {
  readonly size: number;
  // Radians and cosines once per point: the haversine in the queries is then a few multiplications
  // (the same formula and sphere as measureDistance, which validates its inputs on every call).
  private readonly lonR: Float64Array;
  private readonly latR: Float64Array;
  private readonly cosLat: Float64Array;
  private readonly start: Int32Array;
  private readonly items: Int32Array;

  constructor(
    points: readonly LonLat[],
    private readonly layout: GridLayout,
  ) {
    const { minLon, minLat, dLon, dLat, cols, rows } = layout;
    const n = points.length;
    this.size = n;
    this.lonR = new Float64Array(n);
    this.latR = new Float64Array(n);
    this.cosLat = new Float64Array(n);
    const cellOfPoint = new Int32Array(n);
    const start = (this.start = new Int32Array(cols * rows + 1));
    points.forEach(([lon, lat], i) => {
      this.lonR[i] = lon * RAD;
      this.latR[i] = lat * RAD;
      this.cosLat[i] = Math.cos(lat * RAD);
      const k = Math.floor((lat - minLat) / dLat) * cols + Math.floor((lon - minLon) / dLon);
      cellOfPoint[i] = k;
      start[k + 1]!++;
    });
    for (let k = 0; k < cols * rows; k++) start[k + 1]! += start[k]!;
    this.items = new Int32Array(n);
    const fill = start.slice(0, cols * rows);
    for (let i = 0; i < n; i++) this.items[fill[cellOfPoint[i]!]!++] = i;
  }

  /** h = sin²(Δφ/2) + cos φ₁ cos φ₂ sin²(Δλ/2) between a query and point i: candidates are compared on h. */
  private haversineTerm(qLon: number, qLat: number, qCos: number, i: number): number {
    const sinDLat = Math.sin((this.latR[i]! - qLat) / 2);
    const sinDLon = Math.sin((this.lonR[i]! - qLon) / 2);
    return sinDLat * sinDLat + qCos * this.cosLat[i]! * sinDLon * sinDLon;
  }

  within(center: LonLat, radius: Meters): { index: number; distance: Meters }[] {
    if (!(radius >= 0)) throw new RangeError(`radius must be ≥ 0 m, got ${radius}`);
    checkCenter(center);
    const { minLon, minLat, dLon, dLat, cols, rows, cellSize } = this.layout;
    const { start, items } = this;
    const c0 = Math.floor((center[0] - minLon) / dLon);
    const r0 = Math.floor((center[1] - minLat) / dLat);
    const qLon = center[0] * RAD;
    const qLat = center[1] * RAD;
    const qCos = Math.cos(qLat);
    const limit = termOfDistance(radius) * (1 + 1e-12);
    const reach = Math.ceil(radius / cellSize) + 1;
    const out: { index: number; distance: Meters }[] = [];
    for (let r = r0 - reach; r <= r0 + reach; r++) {
      if (r < 0 || r >= rows) continue;
      for (let c = c0 - reach; c <= c0 + reach; c++) {
        if (c < 0 || c >= cols) continue;
        const cell = r * cols + c;
        for (let b = start[cell]!; b < start[cell + 1]!; b++) {
          const i = items[b]!;
          const h = this.haversineTerm(qLon, qLat, qCos, i);
          if (h > limit) continue;
          const d = distanceOfTerm(h);
          if (d <= radius) out.push({ index: i, distance: d as Meters });
        }
      }
    }
    return out;
  }

  distanceTo(center: LonLat, index: number): Meters {
    checkCenter(center);
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`index must be a point index in [0, ${this.size}), got ${index}`);
    const qLat = center[1] * RAD;
    return distanceOfTerm(this.haversineTerm(center[0] * RAD, qLat, Math.cos(qLat), index)) as Meters;
  }

  nearest(center: LonLat, accept?: (index: number) => boolean): { index: number; distance: Meters } | null {
    checkCenter(center);
    const { minLon, minLat, dLon, dLat, cols, rows, cellSize } = this.layout;
    const { start, items } = this;
    const c0 = Math.floor((center[0] - minLon) / dLon);
    const r0 = Math.floor((center[1] - minLat) / dLat);
    const qLon = center[0] * RAD;
    const qLat = center[1] * RAD;
    const qCos = Math.cos(qLat);
    let bestIndex = -1;
    let bestTerm = Infinity;
    // Ring k only holds points at least (k − 1) · cellSize away: stop once the best is closer than that.
    const last = Math.max(cols, rows) + Math.abs(c0) + Math.abs(r0);
    for (let k = 0; k <= last; k++) {
      if (bestIndex >= 0 && k >= 1 && bestTerm <= termOfDistance((k - 1) * cellSize)) break;
      for (let r = r0 - k; r <= r0 + k; r++) {
        if (r < 0 || r >= rows) continue;
        const edgeRow = r === r0 - k || r === r0 + k;
        const stride = edgeRow || k === 0 ? 1 : 2 * k;
        for (let c = c0 - k; c <= c0 + k; c += stride) {
          if (c < 0 || c >= cols) continue;
          const cell = r * cols + c;
          for (let b = start[cell]!; b < start[cell + 1]!; b++) {
            const i = items[b]!;
            if (accept && !accept(i)) continue;
            const h = this.haversineTerm(qLon, qLat, qCos, i);
            if (h < bestTerm || (h === bestTerm && i < bestIndex)) {
              bestIndex = i;
              bestTerm = h;
            }
          }
        }
      }
    }
    return bestIndex < 0 ? null : { index: bestIndex, distance: distanceOfTerm(bestTerm) as Meters };
  }
}
