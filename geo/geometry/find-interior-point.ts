import type { MultiPolygon, Polygon, Position } from 'geojson';
import { checkPolygonGeometry } from './check-polygon-geometry';
import { createLocalProjection } from '../crs/create-local-projection';
import { isPointInRings } from './is-point-in-rings';
import { meters, type LonLat, type Meters } from '../units/units';

/**
 * A point guaranteed to lie inside a Polygon or MultiPolygon, as far from its edges as possible: the pole of
 * inaccessibility, found with the polylabel quadtree search (Agafonkin 2016; own implementation). Unlike the
 * centroid it is never outside a concave or holed shape, and unlike `@turf/point-on-feature` it sits in
 * the middle of the shape, which is where a label or a symbolic service location belongs. The search runs in
 * a local metric plane and stops when no cell can beat the best point by more than `precision`. For a
 * MultiPolygon the point of the part with the deepest interior is returned. Throws for a shape without
 * interior (zero area).
 *
 * @example
 * findInteriorPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]] });
 * // ≈ [1, 0.5]
 */
export function findInteriorPoint(geometry: Polygon | MultiPolygon, precision: Meters = meters(1)): LonLat {
  checkPolygonGeometry(geometry, 'geometry');
  if (!Number.isFinite(precision) || precision <= 0) throw new RangeError(`precision must be a positive number of metres, got ${precision}`);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { point: LonLat; distance: number } | null = null;
  for (const rings of polygons) {
    const exterior = rings[0] as Position[];
    const lons = exterior.map((p) => p[0] as number);
    const lats = exterior.map((p) => p[1] as number);
    const projection = createLocalProjection([(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
    const planeRings = rings.map((ring) => ring.map((p) => [...projection.toPlane([p[0] as number, p[1] as number])]));
    const found = poleOfInaccessibility(planeRings, precision);
    if (found !== null && (best === null || found.distance > best.distance)) {
      best = { point: projection.toLonLat([found.x, found.y]), distance: found.distance };
    }
  }
  if (best === null) throw new RangeError('geometry has no interior (zero area)');
  return best.point;
}

interface Cell {
  x: number;
  y: number;
  half: number;
  /** Signed distance from the cell centre to the boundary (positive inside). */
  distance: number;
  /** Upper bound of the distance anywhere in the cell. */
  potential: number;
}

function poleOfInaccessibility(rings: Position[][], precision: number): { x: number; y: number; distance: number } | null {
  const exterior = rings[0] as Position[];
  const xs = exterior.map((p) => p[0] as number);
  const ys = exterior.map((p) => p[1] as number);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const cellSize = Math.min(width, height);
  if (cellSize === 0) return null;

  const makeCell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, rings);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };
  const queue = new MaxHeap();
  for (let x = minX; x < minX + width; x += cellSize) {
    for (let y = minY; y < minY + height; y += cellSize) queue.push(makeCell(x + cellSize / 2, y + cellSize / 2, cellSize / 2));
  }
  let best = makeCell(minX + width / 2, minY + height / 2, 0);
  const centroid = ringCentroid(exterior);
  if (centroid !== null) {
    const centroidCell = makeCell(centroid[0], centroid[1], 0);
    if (centroidCell.distance > best.distance) best = centroidCell;
  }
  for (let cell = queue.pop(); cell !== undefined; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const half = cell.half / 2;
    queue.push(makeCell(cell.x - half, cell.y - half, half));
    queue.push(makeCell(cell.x + half, cell.y - half, half));
    queue.push(makeCell(cell.x - half, cell.y + half, half));
    queue.push(makeCell(cell.x + half, cell.y + half, half));
  }
  return best.distance > 0 ? { x: best.x, y: best.y, distance: best.distance } : null;
}

function signedDistance(x: number, y: number, rings: Position[][]): number {
  let minSquared = Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i++) minSquared = Math.min(minSquared, segmentDistanceSquared(x, y, ring[i]!, ring[i + 1]!));
  }
  const distance = Math.sqrt(minSquared);
  return isPointInRings([x, y], rings) ? distance : -distance;
}

function segmentDistanceSquared(px: number, py: number, a: Position, b: Position): number {
  let x = a[0]!;
  let y = a[1]!;
  const dx = b[0]! - x;
  const dy = b[1]! - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0]!;
      y = b[1]!;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

function ringCentroid(ring: Position[]): [number, number] | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const f = a[0]! * b[1]! - b[0]! * a[1]!;
    cx += (a[0]! + b[0]!) * f;
    cy += (a[1]! + b[1]!) * f;
    area += f * 3;
  }
  return area === 0 ? null : [cx / area, cy / area];
}

/** Binary max-heap of cells by `potential`. */
class MaxHeap {
  private readonly items: Cell[] = [];
  push(cell: Cell): void {
    const items = this.items;
    items.push(cell);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]!.potential >= cell.potential) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = cell;
  }
  pop(): Cell | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      let largestPotential = last.potential;
      if (left < items.length && items[left]!.potential > largestPotential) {
        largest = left;
        largestPotential = items[left]!.potential;
      }
      if (right < items.length && items[right]!.potential > largestPotential) largest = right;
      if (largest === i) break;
      items[i] = items[largest]!;
      i = largest;
    }
    items[i] = last;
    return top;
  }
}
