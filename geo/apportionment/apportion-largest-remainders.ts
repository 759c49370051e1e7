import { checkBoundedApportionment, type BoundedAllocation, type BoundedApportionment } from './check-bounded-apportionment';

/**
 * Bounded largest-remainder (Hamilton, Hare quota) apportionment, in exact integer arithmetic.
 *
 * 1. **Bounded quotas.** Each item's quota is `units × weight / Σ weight`. Items whose quota falls outside
 *    their bounds are fixed at the bound and the rest is shared again in proportion to weight among the
 *    others, until no quota crosses a bound. Fixing goes one direction at a time (the one the excess points
 *    to), so the result is the unique `clamp(lower, λ × weight, upper)` that adds up to `units`.
 * 2. **Rounding.** Every free item gets the floor of its quota; the units left over go to the largest
 *    remainders (ties: larger weight, then lower index). Bounds are whole numbers, so floor and ceiling of a
 *    quota inside its bounds stay inside them.
 *
 * Weight-0 items keep their lower bound unless every positive item is at its upper bound; they then share
 * what is left equally (see `BoundedApportionment`). Without binding bounds each item gets the floor or the
 * ceiling of its quota (the quota property); the method is not house-monotone (the Alabama paradox).
 *
 * An item's `bound` is set when it was fixed at a bound, i.e. its share at the common quota factor lies
 * strictly beyond that bound (a quota exactly at a bound is not held by it).
 *
 * @example
 * // 10 seats for populations 6 / 6 / 2: quotas 4.29 / 4.29 / 1.43 → [4, 4, 2]
 * apportionLargestRemainders({ units: 10, weights: [6n, 6n, 2n], lower: [0, 0, 0], upper: [10, 10, 10] }).units; // [4, 4, 2]
 * // 11 seats: quotas 4.71 / 4.71 / 1.57 → [5, 5, 1] (the third item loses a seat: the Alabama paradox)
 * apportionLargestRemainders({ units: 11, weights: [6n, 6n, 2n], lower: [0, 0, 0], upper: [11, 11, 11] }).units; // [5, 5, 1]
 */
export function apportionLargestRemainders(problem: BoundedApportionment): BoundedAllocation {
  checkBoundedApportionment(problem);
  const { units, weights, lower, upper } = problem;
  const all = weights.map((_, i) => i);
  const positive = all.filter((i) => weights[i]! > 0n);
  const zero = all.filter((i) => weights[i]! === 0n);
  const held = lower.slice();
  const bound: BoundedAllocation['bound'] = all.map(() => null);
  const sum = (items: readonly number[], of: readonly number[]) => items.reduce((a, i) => a + of[i]!, 0);
  const forPositive = units - sum(zero, lower);
  if (forPositive <= sum(positive, upper)) {
    // Weight-0 items keep their lower bound: their share (0) is below it when it is above 0.
    for (const i of zero) if (lower[i]! > 0) bound[i] = 'lower';
    shareByQuota(new Map(positive.map((i) => [i, weights[i]!])), forPositive, lower, upper, held, bound);
  } else {
    for (const i of positive) {
      held[i] = upper[i]!;
      bound[i] = 'upper';
    }
    shareByQuota(new Map(zero.map((i) => [i, 1n])), units - sum(positive, upper), lower, upper, held, bound);
  }
  return { units: held, bound };
}

/**
 * Shares `units` over the items of `weight` (item index → weight > 0) by bounded quota and largest
 * remainders, writing allocations into `held` and the bounds that hold items into `bound`.
 */
function shareByQuota(
  weight: ReadonlyMap<number, bigint>,
  units: number,
  lower: readonly number[],
  upper: readonly number[],
  held: number[],
  bound: BoundedAllocation['bound'],
): void {
  let free = [...weight.keys()];
  let left = BigInt(units);
  while (free.length > 0) {
    const total = free.reduce((a, i) => a + weight.get(i)!, 0n);
    // quota_i = left × w_i / total; compare left × w_i with bound × total to stay in integers.
    let excess = 0n; // Σ (clamped quota − quota) × total
    const below: number[] = [];
    const above: number[] = [];
    for (const i of free) {
      const scaled = left * weight.get(i)!;
      const lo = BigInt(lower[i]!) * total;
      const hi = BigInt(upper[i]!) * total;
      if (scaled < lo) {
        below.push(i);
        excess += lo - scaled;
      } else if (scaled > hi) {
        above.push(i);
        excess -= scaled - hi;
      }
    }
    if (below.length === 0 && above.length === 0) {
      roundByLargestRemainders(free, weight, left, total, held);
      return;
    }
    // Clamped quotas add up to more than `left` (excess > 0): the common factor λ must fall, so the items below
    // their lower bound stay below it; fix them. Less (excess < 0): λ must rise; fix the items above. Equal:
    // this λ is the answer; fix both. So every fixed item lies strictly beyond its bound at the final λ (and
    // at every λ between the factors of the steps that fixed items at upper and at lower bounds): it is held.
    const fix = [...(excess >= 0n ? below : []), ...(excess <= 0n ? above : [])];
    for (const i of fix) {
      const atLower = below.includes(i);
      held[i] = atLower ? lower[i]! : upper[i]!;
      bound[i] = atLower ? 'lower' : 'upper';
      left -= BigInt(held[i]);
    }
    free = free.filter((i) => !fix.includes(i));
  }
}

/** Floor of each quota `left × w / total`, then one more unit to the largest remainders (ties: larger weight, lower index). */
function roundByLargestRemainders(free: readonly number[], weight: ReadonlyMap<number, bigint>, left: bigint, total: bigint, held: number[]): void {
  const parts = free.map((i) => {
    const scaled = left * weight.get(i)!;
    return { i, floor: scaled / total, remainder: scaled % total, w: weight.get(i)! };
  });
  let spare = left - parts.reduce((a, p) => a + p.floor, 0n);
  parts.sort((a, b) => (a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1) : a.w !== b.w ? (a.w > b.w ? -1 : 1) : a.i - b.i));
  for (const p of parts) {
    held[p.i] = Number(p.floor) + (spare > 0n ? 1 : 0);
    if (spare > 0n) spare -= 1n;
  }
}
