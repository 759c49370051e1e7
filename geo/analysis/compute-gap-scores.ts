import { standardiseValues } from '../indicators/standardise-values';

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
  const signed = components.map((c) => {
    const z = standardiseValues(c.values, 'z-score');
    if (c.direction === -1) for (let i = 0; i < n; i++) if (z[i] !== null) z[i] = -z[i]!;
    return z;
  });
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  for (let k = 0; k < components.length; k++) {
    const w = components[k]!.weight;
    if (w === 0) continue;
    const z = signed[k]!;
    for (let i = 0; i < n; i++) {
      const v = z[i];
      if (v === null || v === undefined) continue;
      sum[i]! += w * v;
      weight[i]! += w;
    }
  }
  const scores: (number | null)[] = new Array(n);
  const present: number[] = [];
  for (let i = 0; i < n; i++) {
    scores[i] = weight[i]! > 0 ? sum[i]! / weight[i]! : null;
    if (scores[i] !== null) present.push(i);
  }
  // Indices in ascending order and a stable sort: equal scores keep the lower index first.
  const score = new Float64Array(n);
  for (const i of present) score[i] = scores[i]!;
  const byScore = present.sort((x, y) => score[y]! - score[x]!);
  const reasonsOf = (i: number): GapReason[] => {
    const candidates: GapReason[] = [];
    const contributions: number[] = [];
    for (let k = 0; k < components.length; k++) {
      const z = signed[k]![i];
      const c = components[k]!;
      if (z === null || z === undefined || c.weight === 0 || z < reasonThreshold) continue;
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
  const ranked: RankedGap[] = new Array(byScore.length);
  for (let r = 0; r < byScore.length; r++) {
    const i = byScore[r]!;
    ranked[r] = { index: i, score: scores[i]!, rank: r + 1 };
  }
  // Reasons are worked out on request: a recompute (a slider move) needs the ranking, a screen a few reasons.
  return { scores, ranked, reasonsOf: (i) => (scores[i] === null || scores[i] === undefined ? [] : reasonsOf(i)) };
}
