import { checkBoundedApportionment, type BoundedAllocation, type BoundedApportionment } from './check-bounded-apportionment';

/** The divisor methods: Sainte-Laguë divides by 1, 3, 5, … (n + ½), D'Hondt by 1, 2, 3, … (n + 1). */
export type DivisorMethod = 'sainte-lague' | 'dhondt';

/**
 * Bounded highest-averages (divisor) apportionment, by sequential assignment. Every item starts at its lower
 * bound; then, one unit at a time, the unit goes to the item below its upper bound with the highest average
 * `weight / d(n)`, `n` being the units it already holds: d(n) = 2n + 1 for Sainte-Laguë (the same ranking as
 * n + ½), d(n) = n + 1 for D'Hondt. Ties go to the larger weight, then the lower index; weight-0 items come
 * after all others (see `BoundedApportionment`). Averages are compared exactly, by cross-multiplying the
 * integer weights and divisors.
 *
 * This is the bounded divisor method: the result is `clamp(lower, round_D(weight), upper)` for one common
 * divisor D, the same as fixing items at a bound their share would cross and re-apportioning the rest. It
 * is house-monotone: one more unit never takes a unit away from any item. Cost O(units × log items) with a
 * binary heap.
 *
 * An item's `bound` is `lower` when the average of its last unit below the lower bound is smaller than that
 * of the weakest unit won in competition (so at some valid common divisor it would hold fewer units), and
 * `upper` when the average of its next unit is larger than that of the best unit left unawarded.
 *
 * @example
 * // 8 seats for votes 100 000 / 80 000 / 30 000 / 20 000
 * const problem = { units: 8, weights: [100000n, 80000n, 30000n, 20000n], lower: [0, 0, 0, 0], upper: [8, 8, 8, 8] };
 * apportionHighestAverages(problem, 'dhondt').units;       // [4, 3, 1, 0]
 * apportionHighestAverages(problem, 'sainte-lague').units; // [3, 3, 1, 1]
 */
export function apportionHighestAverages(problem: BoundedApportionment, method: DivisorMethod): BoundedAllocation {
  checkBoundedApportionment(problem);
  if (method !== 'sainte-lague' && method !== 'dhondt') throw new RangeError(`method must be 'sainte-lague' or 'dhondt', got ${String(method)}`);
  const { units, weights, lower, upper } = problem;
  const divisor = method === 'dhondt' ? (n: number) => BigInt(n + 1) : (n: number) => BigInt(2 * n + 1);
  const divisorOf = method === 'dhondt' ? (n: number) => n + 1 : (n: number) => 2 * n + 1;
  const held = lower.slice();
  // Divisors as doubles: whole numbers up to 2·units + 1, so exact.
  const nextDivisor = new Float64Array(held.length);
  for (let i = 0; i < held.length; i++) nextDivisor[i] = divisorOf(held[i]!);
  // Weight-0 items rank below all others and share among themselves as if of equal weight.
  const tier = weights.map((w) => (w > 0n ? 1 : 0));
  const rankWeight = weights.map((w) => (w > 0n ? w : 1n));
  // The same weights as doubles (each within half an ulp of the exact one) for a quick first comparison.
  const rankWeightNumber = new Float64Array(rankWeight.length);
  let fast = true;
  for (let i = 0; i < rankWeight.length; i++) {
    rankWeightNumber[i] = Number(rankWeight[i]!);
    if (!Number.isFinite(rankWeightNumber[i]! * (2 * units + 1))) fast = false;
  }

  /** Compares the averages of item i's unit number `a` (0-based) and item j's unit `b`: > 0 when i's is higher. */
  const compareAverages = (i: number, a: number, j: number, b: number): number => {
    if (tier[i] !== tier[j]) return tier[i]! - tier[j]!;
    const left = rankWeight[i]! * divisor(b);
    const right = rankWeight[j]! * divisor(a);
    return left === right ? 0 : left > right ? 1 : -1;
  };

  // The next unit goes to the best item below its upper bound: higher average, then larger weight, then lower
  // index — a total order, kept in a binary heap so each unit costs O(log items) instead of O(items).
  // The cross products are first compared as doubles: each is within 2^-52 (relative) of the exact one, so
  // when they differ by more than 1e-15 (relative) the order is certain; otherwise the exact bigints decide.
  const better = (i: number, j: number): boolean => {
    if (tier[i] !== tier[j]) return tier[i]! > tier[j]!;
    if (fast) {
      const l = rankWeightNumber[i]! * nextDivisor[j]!;
      const r = rankWeightNumber[j]! * nextDivisor[i]!;
      if (Math.abs(l - r) > 1e-15 * Math.max(l, r)) return l > r;
    }
    const left = rankWeight[i]! * BigInt(nextDivisor[j]!);
    const right = rankWeight[j]! * BigInt(nextDivisor[i]!);
    if (left !== right) return left > right;
    if (weights[i] !== weights[j]) return weights[i]! > weights[j]!;
    return i < j;
  };
  const heap: number[] = [];
  const siftUp = (k: number) => {
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!better(heap[k]!, heap[parent]!)) break;
      [heap[k], heap[parent]] = [heap[parent]!, heap[k]!];
      k = parent;
    }
  };
  const siftDown = (k: number) => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let top = k;
      if (l < heap.length && better(heap[l]!, heap[top]!)) top = l;
      if (r < heap.length && better(heap[r]!, heap[top]!)) top = r;
      if (top === k) return;
      [heap[k], heap[top]] = [heap[top]!, heap[k]!];
      k = top;
    }
  };
  for (let i = 0; i < held.length; i++) {
    if (held[i]! < upper[i]!) {
      heap.push(i);
      siftUp(heap.length - 1);
    }
  }
  for (let left = units - lower.reduce((a, b) => a + b, 0); left > 0; left--) {
    const best = heap[0]!;
    held[best]! += 1;
    nextDivisor[best] = divisorOf(held[best]!);
    if (held[best]! >= upper[best]!) {
      const last = heap.pop()!;
      if (heap.length > 0 && last !== best) {
        heap[0] = last;
        siftDown(0);
      }
    } else siftDown(0);
  }

  // The valid common divisors lie between the best unawarded unit and the weakest unit won in competition.
  let weakestWon = -1; // item whose last competitive unit has the lowest average
  let bestLeft = -1; // item whose next unit (within its upper bound) has the highest average
  held.forEach((h, i) => {
    if (h > lower[i]! && (weakestWon === -1 || compareAverages(i, h - 1, weakestWon, held[weakestWon]! - 1) < 0)) weakestWon = i;
    if (h < upper[i]! && (bestLeft === -1 || compareAverages(i, h, bestLeft, held[bestLeft]!) > 0)) bestLeft = i;
  });
  const bound = held.map((h, i) => {
    if (h === lower[i] && h > 0 && (weakestWon === -1 || compareAverages(i, h - 1, weakestWon, held[weakestWon]! - 1) < 0)) return 'lower' as const;
    if (h === upper[i] && (bestLeft === -1 || compareAverages(i, h, bestLeft, held[bestLeft]!) > 0)) return 'upper' as const;
    return null;
  });
  return { units: held, bound };
}
