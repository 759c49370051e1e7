import { standardiseToZScores } from '../indicators/standardise-to-z-scores';

export interface GapComponent {
  /** e.g. `need`, `distance`, `reach`, `access`. */
  readonly id: string;
  readonly values: readonly (number | null)[];
  /** Relative weight ≥ 0. */
  readonly weight: number;
  /** +1 when a higher value means a bigger gap (need, distance), −1 when lower does (reach, access). */
  readonly direction: 1 | -1;
}

export interface GapReason {
  readonly component: string;
  /** The component's signed z-score for this area (positive = adds to the gap). */
  readonly z: number;
  readonly value: number | null;
}

export interface RankedGap {
  readonly index: number;
  readonly score: number;
  /** 1 = biggest gap. */
  readonly rank: number;
}

/**
 * Coverage-gap score per area: high need combined with low accessibility and low reach.
 *
 *   gapᵢ = Σₖ wₖ · dₖ · zₖ(xᵢₖ) / Σₖ wₖ   (over components with a value for area i)
 *
 * with zₖ the z-score of component k over all areas and dₖ its direction. Areas are ranked by gap (ties by
 * index); `reasonsOf(i)` names the components that raise area i most.
 *
 * @example
 * computeGapScores([{ id: 'need', values: [1, 2, 3], weight: 1, direction: 1 }]).ranked[0] // { index: 2, rank: 1, … }
 */
export function computeGapScores(
  components: readonly GapComponent[],
  reasonThreshold = 0.5,
): {
  scores: (number | null)[];
  ranked: RankedGap[];
  /** The components that push area i up (signed z ≥ threshold), strongest first; computed on request. */
  reasonsOf: (index: number) => GapReason[];
} {
  if (components.length === 0) throw new RangeError('A gap score needs at least one component');
  const n = components[0]!.values.length;
  for (const c of components) {
    if (c.values.length !== n) throw new RangeError(`Component ${c.id} has ${c.values.length} values, expected ${n}`);
    if (!(c.weight >= 0) || !Number.isFinite(c.weight)) throw new RangeError(`Weight of ${c.id} must be ≥ 0`);
  }
  // Signed z-scores per component as typed arrays (same arithmetic as standardiseValues), with a mask of
  // the areas that have a value.
  const signed = components.map((c) => {
    const { z, present } = standardiseToZScores(c.values);
    if (c.direction === -1) for (let i = 0; i < n; i++) if (present[i] === 1) z[i] = -z[i]!;
    return { z, present };
  });
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let k = 0; k < components.length; k++) {
    const w = components[k]!.weight;
    if (w === 0) continue;
    const { z, present } = signed[k]!;
    for (let i = 0; i < n; i++) {
      if (present[i] === 0) continue;
      sum[i]! += w * z[i]!;
      weight[i]! += w;
    }
  }
  const scores: (number | null)[] = new Array<number | null>(n);
  const score = new Float64Array(n);
  let count = 0;
  let finite = true;
  for (let i = 0; i < n; i++) {
    if (weight[i]! > 0) {
      const v = sum[i]! / weight[i]!;
      scores[i] = v;
      score[i] = v;
      count++;
      if (!Number.isFinite(v)) finite = false;
    } else scores[i] = null;
  }
  const present = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (scores[i] !== null) present[k++] = i;
  // Highest score first, equal scores in ascending index (a stable sort of the ascending indices).
  const byScore = finite ? sortIndicesByScoreDescending(present, score) : Array.from(present).sort((x, y) => score[y]! - score[x]!);
  const reasonsOf = (i: number): GapReason[] => {
    const candidates: GapReason[] = [];
    const contributions: number[] = [];
    for (let k = 0; k < components.length; k++) {
      const c = components[k]!;
      if (signed[k]!.present[i] === 0) continue;
      const z = signed[k]!.z[i]!;
      if (c.weight === 0 || z < reasonThreshold) continue;
      candidates.push({ component: c.id, z, value: c.values[i] ?? null });
      contributions.push(z * c.weight);
    }
    if (candidates.length <= 1) return candidates;
    // Strongest contribution first; contributions equal to 1e-9 keep the components' order.
    return candidates
      .map((_, k) => k)
      .sort((x, y) => Math.round((contributions[y]! - contributions[x]!) * 1e9) || x - y)
      .map((k) => candidates[k]!);
  };
  const ranked: RankedGap[] = new Array<RankedGap>(byScore.length);
  for (let r = 0; r < byScore.length; r++) {
    const i = byScore[r]!;
    ranked[r] = { index: i, score: score[i]!, rank: r + 1 };
  }
  // Reasons are worked out on request: a recompute (a slider move) needs the ranking, a screen a few reasons.
  return { scores, ranked, reasonsOf: (i) => (scores[i] === null || scores[i] === undefined ? [] : reasonsOf(i)) };
}

/**
 * `indices` (ascending) ordered by `score` from high to low, equal scores (−0 and 0 too) keeping their
 * order: the order a stable `sort((x, y) => score[y] - score[x])` gives for finite scores, by a radix sort
 * of the scores' bits (six passes of 11 bits) instead of 300,000 comparator calls for 20,000 areas.
 */
function sortIndicesByScoreDescending(indices: Int32Array, score: Float64Array): Int32Array {
  const m = indices.length;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hiWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: the high word is words[1]
  // Keys that sort ascending for descending scores: the IEEE bits made order-preserving, then inverted.
  const hi = new Uint32Array(m);
  const lo = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    bits[0] = score[indices[k]!]! + 0; // −0 + 0 is 0: equal scores get equal keys
    let h = words[hiWord]!;
    let l = words[1 - hiWord]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[k] = ~h >>> 0;
    lo[k] = ~l >>> 0;
  }
  let order = new Int32Array(m);
  for (let k = 0; k < m; k++) order[k] = k;
  let next = new Int32Array(m);
  const counts = new Int32Array(2048);
  for (let pass = 0; pass < 6; pass++) {
    const word = pass < 3 ? lo : hi;
    const shift = (pass % 3) * 11;
    counts.fill(0);
    for (let k = 0; k < m; k++) counts[(word[order[k]!]! >>> shift) & 2047]!++;
    for (let d = 0, total = 0; d < 2048; d++) {
      const c = counts[d]!;
      counts[d] = total;
      total += c;
    }
    for (let k = 0; k < m; k++) {
      const o = order[k]!;
      next[counts[(word[o]! >>> shift) & 2047]!++] = o;
    }
    [order, next] = [next, order];
  }
  const out = new Int32Array(m);
  for (let k = 0; k < m; k++) out[k] = indices[order[k]!]!;
  return out;
}
