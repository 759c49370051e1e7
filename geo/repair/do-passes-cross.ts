/**
 * A pass of a boundary through a point: the direction back along the edge it arrives by (`in`) and the
 * direction along the edge it leaves by (`out`), both relative to the point (and expected non-zero).
 */
export interface BoundaryPass {
  readonly inX: number;
  readonly inY: number;
  readonly outX: number;
  readonly outY: number;
}

/**
 * Whether two passes of a boundary through one point cross there, as the two loops of a figure-eight do,
 * rather than merely touch (a hole touching its exterior, two parts meeting at a corner). They cross when
 * the second pass's arriving and leaving directions lie on different sides of the first (one strictly
 * inside each of the two arcs the first cuts the circle into). A direction shared by both passes means
 * their edges overlap, which a collinear test reports; it does not count as a crossing here.
 *
 * Throws a TypeError unless every direction component is a finite number.
 *
 * @example
 * // the waist of a figure-eight: one pass from lower left to upper right, the other from upper left to lower right
 * doPassesCross({ inX: -1, inY: -1, outX: 1, outY: 1 }, { inX: -1, inY: 1, outX: 1, outY: -1 }); // true
 * // two corners touching: both passes stay on their own side
 * doPassesCross({ inX: -1, inY: 0, outX: 0, outY: -1 }, { inX: 1, inY: 0, outX: 0, outY: 1 }); // false
 */
export function doPassesCross(p: BoundaryPass, q: BoundaryPass): boolean {
  checkPass(p, 'p');
  checkPass(q, 'q');
  for (const [x, y] of [
    [q.inX, q.inY],
    [q.outX, q.outY],
  ] as const) {
    if (compareAngle(p.inX, p.inY, x, y) === 0 || compareAngle(p.outX, p.outY, x, y) === 0) return false;
  }
  const inSide = strictlyBetween(p.inX, p.inY, p.outX, p.outY, q.inX, q.inY);
  const outSide = strictlyBetween(p.inX, p.inY, p.outX, p.outY, q.outX, q.outY);
  return inSide !== outSide;
}

/** Throws unless the pass's four direction components are finite numbers. */
function checkPass(pass: BoundaryPass, what: string): void {
  const { inX, inY, outX, outY } = pass ?? {};
  for (const v of [inX, inY, outX, outY]) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`${what} must have finite directions, got ${JSON.stringify(pass)}`);
  }
}

/** Half-plane of a direction: 0 for angles in [0, π), 1 for [π, 2π). */
const half = (x: number, y: number): number => (y < 0 || (y === 0 && x < 0) ? 1 : 0);

/** Compares directions by angle from the positive x axis, counter-clockwise: negative when u comes first. */
function compareAngle(ux: number, uy: number, vx: number, vy: number): number {
  const hu = half(ux, uy);
  const hv = half(vx, vy);
  if (hu !== hv) return hu - hv;
  const cross = ux * vy - uy * vx;
  return cross > 0 ? -1 : cross < 0 ? 1 : 0;
}

/** True when direction v lies strictly inside the counter-clockwise arc from u to w. */
function strictlyBetween(ux: number, uy: number, wx: number, wy: number, vx: number, vy: number): boolean {
  const uv = compareAngle(ux, uy, vx, vy);
  const vw = compareAngle(vx, vy, wx, wy);
  if (compareAngle(ux, uy, wx, wy) < 0) return uv < 0 && vw < 0;
  return uv < 0 || vw < 0;
}
