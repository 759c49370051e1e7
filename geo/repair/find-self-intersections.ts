import type { Position } from 'geojson';
import { orient2d } from 'robust-predicates';
import { doPassesCross, type BoundaryPass } from './do-passes-cross';

export interface SelfIntersection {
  /** Where the rings meet, in the input's coordinates. */
  readonly point: readonly [x: number, y: number];
  /** Indices (in the `rings` argument) of the two rings involved; equal when a ring crosses itself. */
  readonly rings: readonly [number, number];
  /**
   * `crossing`: two edges cross at a point inside both; `overlap`: two edges run along each other for a
   * stretch (including an edge that folds back on the one before it, a spike); `vertex-crossing`: the
   * boundary passes twice through one point (a shared vertex, or a vertex lying on another edge) and the
   * two passes cross there, as in a figure-eight.
   */
  readonly kind: 'crossing' | 'overlap' | 'vertex-crossing';
}

/** Below this many edges every pair is tested directly; above, edges are binned in a uniform grid. */
const BRUTE_FORCE_MAX_EDGES = 48;

/**
 * Finds where the boundary of one area crosses or overlaps itself: the rings of a Polygon, or of all the
 * polygons of a MultiPolygon, taken together as planar line work. Edges sharing a vertex in ring order
 * (including the closing vertex) are not reported; rings that merely touch at a point without crossing (a
 * hole touching its exterior, two parts meeting at a corner, a ring touching itself) are not reported
 * either. Stops after `limit` findings.
 *
 * Runs in about O(n log n) for n edges: edges are binned in a uniform grid of about n cells sized to the
 * average edge length, each pair of edges is tested once (in the first cell their bounding boxes share).
 * Orientation tests are exact (Shewchuk's adaptive predicate, `robust-predicates`), so whether a vertex lies
 * on an edge, or just to one side of it, is decided for the coordinates as stored, never by rounding: a
 * vertex on an edge counts as a touch, one a hair across it as a crossing.
 *
 * Throws a TypeError unless every ring is an array of at least 4 finite `[x, y]` positions, closed, with no
 * position repeating the one before it (geo/repair-ring.ts removes those).
 *
 * @example
 * const bowTie = [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]];
 * findSelfIntersections(bowTie); // [{ point: [1, 1], rings: [0, 0], kind: 'crossing' }]
 * findSelfIntersections([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]]); // []
 */
export function findSelfIntersections(rings: readonly (readonly Position[])[], limit = 10): SelfIntersection[] {
  if (!Array.isArray(rings)) throw new TypeError('rings must be an array of rings');
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, got ${limit}`);
  let n = 0;
  rings.forEach((ring, r) => {
    checkRing(ring, r);
    n += ring.length - 1;
  });
  const edges = new Edges(rings, n);
  const finder = new Finder(edges, limit);
  if (n <= BRUTE_FORCE_MAX_EDGES) {
    for (let a = 0; a < n && !finder.done; a++) for (let b = a + 1; b < n && !finder.done; b++) finder.testPair(a, b);
  } else {
    scanGrid(edges, finder);
  }
  if (!finder.done) finder.resolveTouches();
  return finder.found;
}

function checkRing(ring: unknown, r: number): void {
  if (!Array.isArray(ring) || ring.length < 4) throw new TypeError(`ring ${r} must have at least 4 positions`);
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i] as unknown;
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1]) || typeof p[0] !== 'number' || typeof p[1] !== 'number') {
      throw new TypeError(`ring ${r} position ${i} must be finite [x, y], got ${JSON.stringify(p)}`);
    }
    const q = ring[i - 1] as Position | undefined;
    if (q !== undefined && q[0] === p[0] && q[1] === p[1]) {
      throw new TypeError(`ring ${r} repeats position ${i - 1} at ${i}: remove consecutive duplicates first (geo/repair-ring.ts)`);
    }
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) throw new TypeError(`ring ${r} is not closed`);
}

/** The edges of all rings in flat typed arrays: edge e runs from (ax[e], ay[e]) to (bx[e], by[e]). */
class Edges {
  readonly ax: Float64Array;
  readonly ay: Float64Array;
  readonly bx: Float64Array;
  readonly by: Float64Array;
  readonly ring: Int32Array;
  /** First edge index of each ring, and its edge count. */
  readonly ringFirst: Int32Array;
  readonly ringCount: Int32Array;
  /** Coordinates closer than this count as the same point. */
  readonly snap: number;
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  totalLength = 0;

  constructor(
    readonly rings: readonly (readonly Position[])[],
    readonly n: number,
  ) {
    this.ax = new Float64Array(n);
    this.ay = new Float64Array(n);
    this.bx = new Float64Array(n);
    this.by = new Float64Array(n);
    this.ring = new Int32Array(n);
    this.ringFirst = new Int32Array(rings.length);
    this.ringCount = new Int32Array(rings.length);
    let e = 0;
    rings.forEach((ring, r) => {
      this.ringFirst[r] = e;
      this.ringCount[r] = ring.length - 1;
      for (let i = 0; i < ring.length - 1; i++, e++) {
        const p = ring[i] as Position;
        const q = ring[i + 1] as Position;
        const x1 = p[0] as number;
        const y1 = p[1] as number;
        const x2 = q[0] as number;
        const y2 = q[1] as number;
        this.ax[e] = x1;
        this.ay[e] = y1;
        this.bx[e] = x2;
        this.by[e] = y2;
        this.ring[e] = r;
        if (x1 < this.minX) this.minX = x1;
        if (x1 > this.maxX) this.maxX = x1;
        if (y1 < this.minY) this.minY = y1;
        if (y1 > this.maxY) this.maxY = y1;
        this.totalLength += Math.abs(x2 - x1) + Math.abs(y2 - y1);
      }
    });
    const magnitude = Math.max(1, Math.abs(this.minX), Math.abs(this.maxX), Math.abs(this.minY), Math.abs(this.maxY));
    this.snap = magnitude * 1e-10;
  }

  /** True when edges a < b follow each other in one ring (they share a vertex by construction). */
  adjacent(a: number, b: number): boolean {
    const r = this.ring[a]!;
    if (r !== this.ring[b]) return false;
    if (b === a + 1) return true;
    const first = this.ringFirst[r]!;
    return a === first && b === first + this.ringCount[r]! - 1;
  }

  /** The edge before e in its ring (wrapping over the closing vertex). */
  previous(e: number): number {
    const r = this.ring[e]!;
    const first = this.ringFirst[r]!;
    return e === first ? first + this.ringCount[r]! - 1 : e - 1;
  }

  next(e: number): number {
    const r = this.ring[e]!;
    const first = this.ringFirst[r]!;
    return e === first + this.ringCount[r]! - 1 ? first : e + 1;
  }
}

/** Exact sign of the turn a → b → c: +1 left, −1 right, 0 collinear (orient2d is positive for a right turn). */
function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const det = orient2d(ax, ay, bx, by, cx, cy);
  return det < 0 ? 1 : det > 0 ? -1 : 0;
}

/** A pass of the boundary through a touch point, and the ring it belongs to. */
interface Pass extends BoundaryPass {
  readonly ring: number;
}

class Finder {
  readonly found: SelfIntersection[] = [];
  /** Touch points (`x,y`) → passes through them keyed by vertex (`v<edge>`) or edge interior (`e<edge>`). */
  private readonly touches = new Map<string, { x: number; y: number; passes: Map<string, Pass> }>();

  constructor(
    private readonly edges: Edges,
    private readonly limit: number,
  ) {}

  get done(): boolean {
    return this.found.length >= this.limit;
  }

  private report(point: readonly [number, number], a: number, b: number, kind: SelfIntersection['kind']): void {
    this.found.push({ point, rings: [this.edges.ring[a]!, this.edges.ring[b]!], kind });
  }

  testPair(a: number, b: number): void {
    const E = this.edges;
    const p1x = E.ax[a]!;
    const p1y = E.ay[a]!;
    const p2x = E.bx[a]!;
    const p2y = E.by[a]!;
    const q1x = E.ax[b]!;
    const q1y = E.ay[b]!;
    const q2x = E.bx[b]!;
    const q2y = E.by[b]!;
    if (Math.max(p1x, p2x) < Math.min(q1x, q2x) || Math.max(q1x, q2x) < Math.min(p1x, p2x)) return;
    if (Math.max(p1y, p2y) < Math.min(q1y, q2y) || Math.max(q1y, q2y) < Math.min(p1y, p2y)) return;
    const d1 = orient(q1x, q1y, q2x, q2y, p1x, p1y);
    const d2 = orient(q1x, q1y, q2x, q2y, p2x, p2y);
    if (d1 !== 0 && d1 === d2) return;
    const d3 = orient(p1x, p1y, p2x, p2y, q1x, q1y);
    const d4 = orient(p1x, p1y, p2x, p2y, q2x, q2y);
    if (d3 !== 0 && d3 === d4) return;
    const adjacent = E.adjacent(a, b);
    if (d1 === 0 && d2 === 0 && d3 === 0 && d4 === 0) {
      this.collinear(a, b, adjacent);
      return;
    }
    if (d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) {
      // Proper crossing: the edges cross at a point inside both.
      if (adjacent) return; // cannot happen for edges sharing a vertex, but rounding must not report one
      const t = ((q1x - p1x) * (q2y - q1y) - (q1y - p1y) * (q2x - q1x)) / ((p2x - p1x) * (q2y - q1y) - (p2y - p1y) * (q2x - q1x));
      this.report([p1x + t * (p2x - p1x), p1y + t * (p2y - p1y)], a, b, 'crossing');
      return;
    }
    if (adjacent) return; // they meet at their shared vertex, and are not collinear
    // An endpoint of one edge lies on the other: a touch, resolved once every pass through the point is known.
    if (d1 === 0) this.touch(p1x, p1y, a, b);
    if (d2 === 0) this.touch(p2x, p2y, a, b);
    if (d3 === 0) this.touch(q1x, q1y, b, a);
    if (d4 === 0) this.touch(q2x, q2y, b, a);
  }

  /** Both edges on one line: report an overlap of positive length; record a touch at a single shared point. */
  private collinear(a: number, b: number, adjacent: boolean): void {
    const E = this.edges;
    const useX = Math.abs(E.bx[a]! - E.ax[a]!) >= Math.abs(E.by[a]! - E.ay[a]!);
    const pa = useX ? E.ax[a]! : E.ay[a]!;
    const pb = useX ? E.bx[a]! : E.by[a]!;
    const qa = useX ? E.ax[b]! : E.ay[b]!;
    const qb = useX ? E.bx[b]! : E.by[b]!;
    const lo = Math.max(Math.min(pa, pb), Math.min(qa, qb));
    const hi = Math.min(Math.max(pa, pb), Math.max(qa, qb));
    if (hi - lo > E.snap) {
      // Overlap from lo to hi along the line: report its middle.
      const mid = (lo + hi) / 2;
      const t = pb === pa ? 0 : (mid - pa) / (pb - pa);
      this.report([E.ax[a]! + t * (E.bx[a]! - E.ax[a]!), E.ay[a]! + t * (E.by[a]! - E.ay[a]!)], a, b, 'overlap');
      return;
    }
    if (hi < lo - E.snap || adjacent) return;
    // They meet end to end at one point.
    for (const [x, y, e, other] of [
      [E.ax[a]!, E.ay[a]!, a, b],
      [E.bx[a]!, E.by[a]!, a, b],
    ] as const) {
      if (this.onEdge(x, y, other)) this.touch(x, y, e, other);
    }
  }

  private onEdge(x: number, y: number, e: number): boolean {
    const E = this.edges;
    const s = E.snap;
    return x >= Math.min(E.ax[e]!, E.bx[e]!) - s && x <= Math.max(E.ax[e]!, E.bx[e]!) + s && y >= Math.min(E.ay[e]!, E.by[e]!) - s && y <= Math.max(E.ay[e]!, E.by[e]!) + s;
  }

  /** Records that (x, y), an endpoint of edge `e`, lies on edge `other` (at its end or inside it). */
  private touch(x: number, y: number, e: number, other: number): void {
    if (!this.onEdge(x, y, other)) return;
    const key = `${x},${y}`;
    let entry = this.touches.get(key);
    if (entry === undefined) {
      entry = { x, y, passes: new Map() };
      this.touches.set(key, entry);
    }
    this.addPass(entry.passes, x, y, e);
    this.addPass(entry.passes, x, y, other);
  }

  /** Adds the pass of edge `e`'s ring through (x, y): through a vertex of e, or through e's interior. */
  private addPass(passes: Map<string, Pass>, x: number, y: number, e: number): void {
    const E = this.edges;
    const s = E.snap;
    const ring = E.ring[e]!;
    const atStart = Math.abs(E.ax[e]! - x) <= s && Math.abs(E.ay[e]! - y) <= s;
    const atEnd = !atStart && Math.abs(E.bx[e]! - x) <= s && Math.abs(E.by[e]! - y) <= s;
    if (atStart || atEnd) {
      // The pass through the vertex: arriving along the edge before it, leaving along the edge after it.
      const before = atStart ? E.previous(e) : e;
      const after = atStart ? e : E.next(e);
      const key = `v${after}`;
      if (!passes.has(key)) passes.set(key, { ring, inX: E.ax[before]! - x, inY: E.ay[before]! - y, outX: E.bx[after]! - x, outY: E.by[after]! - y });
    } else {
      const key = `e${e}`;
      if (!passes.has(key)) passes.set(key, { ring, inX: E.ax[e]! - x, inY: E.ay[e]! - y, outX: E.bx[e]! - x, outY: E.by[e]! - y });
    }
  }

  /** Reports touch points where two passes cross (their directions interleave around the point). */
  resolveTouches(): void {
    for (const { x, y, passes } of this.touches.values()) {
      const list = [...passes.values()];
      outer: for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          if (doPassesCross(list[i]!, list[j]!)) {
            this.found.push({ point: [x, y], rings: [list[i]!.ring, list[j]!.ring], kind: 'vertex-crossing' });
            if (this.done) return;
            break outer;
          }
        }
      }
    }
  }
}

/** Bins the edges in a uniform grid and tests each pair of edges once, in the first cell both occupy. */
function scanGrid(edges: Edges, finder: Finder): void {
  const n = edges.n;
  const width = edges.maxX - edges.minX;
  const height = edges.maxY - edges.minY;
  let cell = Math.max(Math.sqrt((width * height) / n), edges.totalLength / n / 1.5, (width + height) / (2 * n));
  if (!(cell > 0)) {
    // Every vertex is the same point: any two edges are degenerate; test them all.
    for (let a = 0; a < n && !finder.done; a++) for (let b = a + 1; b < n && !finder.done; b++) finder.testPair(a, b);
    return;
  }
  let nx = Math.floor(width / cell) + 1;
  let ny = Math.floor(height / cell) + 1;
  while (nx * ny > 4 * n) {
    cell *= 1.5;
    nx = Math.floor(width / cell) + 1;
    ny = Math.floor(height / cell) + 1;
  }
  const x0 = new Int32Array(n);
  const x1 = new Int32Array(n);
  const y0 = new Int32Array(n);
  const y1 = new Int32Array(n);
  const counts = new Int32Array(nx * ny + 1);
  const cellX = (x: number) => Math.min(nx - 1, Math.floor((x - edges.minX) / cell));
  const cellY = (y: number) => Math.min(ny - 1, Math.floor((y - edges.minY) / cell));
  for (let e = 0; e < n; e++) {
    const ax = edges.ax[e]!;
    const bx = edges.bx[e]!;
    const ay = edges.ay[e]!;
    const by = edges.by[e]!;
    const cx0 = cellX(ax < bx ? ax : bx);
    const cx1 = cellX(ax < bx ? bx : ax);
    const cy0 = cellY(ay < by ? ay : by);
    const cy1 = cellY(ay < by ? by : ay);
    x0[e] = cx0;
    x1[e] = cx1;
    y0[e] = cy0;
    y1[e] = cy1;
    for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) counts[cy * nx + cx + 1]!++;
  }
  for (let c = 1; c <= nx * ny; c++) counts[c]! += counts[c - 1]!;
  const items = new Int32Array(counts[nx * ny]!);
  const fill = counts.slice(0, nx * ny);
  for (let e = 0; e < n; e++) {
    for (let cy = y0[e]!; cy <= y1[e]!; cy++) for (let cx = x0[e]!; cx <= x1[e]!; cx++) items[fill[cy * nx + cx]!++] = e;
  }
  for (let cy = 0; cy < ny; cy++) {
    for (let cx = 0; cx < nx; cx++) {
      const c = cy * nx + cx;
      const start = counts[c]!;
      const end = counts[c + 1]!;
      for (let i = start; i < end; i++) {
        const a = items[i]!;
        for (let j = i + 1; j < end; j++) {
          const b = items[j]!;
          // Test the pair only in the first cell both edges' boxes share.
          if ((x0[a]! > x0[b]! ? x0[a]! : x0[b]!) !== cx || (y0[a]! > y0[b]! ? y0[a]! : y0[b]!) !== cy) continue;
          finder.testPair(a, b);
          if (finder.done) return;
        }
      }
    }
  }
}
