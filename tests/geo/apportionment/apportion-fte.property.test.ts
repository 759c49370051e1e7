import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionFte, type ApportionInput, type ApportionMethod, type ApportionResult } from '../../../geo/apportionment/apportion-fte';
import { readGoldenInput } from '../golden';

// ---------------------------------------------------------------------------------------------------------
// Independent, naïve implementations (plain numbers, no shared code with geo/) to compare against.

/** Textbook highest-averages table: every average w / d(n) of every team, sorted, the best `units` win. */
function naiveHighestAverages(units: number, weights: readonly number[], method: 'sainte-lague' | 'dhondt'): number[] {
  const table: { team: number; weight: number; average: number }[] = [];
  weights.forEach((weight, team) => {
    if (weight === 0) return;
    for (let n = 0; n < units; n++) table.push({ team, weight, average: weight / (method === 'dhondt' ? n + 1 : 2 * n + 1) });
  });
  table.sort((a, b) => b.average - a.average || b.weight - a.weight || a.team - b.team);
  const seats = weights.map(() => 0);
  for (const row of table.slice(0, units)) seats[row.team]! += 1;
  return seats;
}

/** Hamilton with whole-number weights: floors of units × w / W, then the largest remainders (exact in integers). */
function naiveHamilton(units: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const rows = weights.map((w, team) => ({ team, w, floor: (units * w - ((units * w) % total)) / total, remainder: (units * w) % total }));
  let spare = units - rows.reduce((a, r) => a + r.floor, 0);
  const seats = rows.map((r) => r.floor);
  for (const r of [...rows].sort((a, b) => b.remainder - a.remainder || b.w - a.w || a.team - b.team)) {
    if (spare-- > 0) seats[r.team]! += 1;
  }
  return seats;
}

/** Pace and minimum bounds in steps, for current values on the step grid, computed the obvious way. */
function naiveBounds(input: { step: number; minimum: number; current: readonly number[]; maxChange: number | undefined }, units: number) {
  const min = Math.round(input.minimum / input.step);
  return input.current.map((c) => {
    if (input.maxChange === undefined) return { lower: min, upper: Math.max(units, min) };
    const low = Math.max(0, Math.ceil((c - input.maxChange) / input.step - 1e-9));
    const high = Math.floor((c + input.maxChange) / input.step + 1e-9);
    return { lower: Math.max(low, min), upper: high, minAbovePace: min > high };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Generators.

const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];
const STEPS = [0.5, 0.1, 0.25, 1] as const;
const decimalsOf = (step: number) => (String(step).split('.')[1] ?? '').length;
const fte = (units: number, step: number) => Number((units * step).toFixed(decimalsOf(step)));
const unitsOf = (value: number, step: number) => Math.round(value / step);

const teamIdsArb = fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), { minLength: 1, maxLength: 8 });
const weightArb = fc.oneof(
  fc.integer({ min: 0, max: 1000 }),
  fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.1, 0.2, 0.3, 0.7, 1 / 3),
);

interface Case {
  readonly ids: string[];
  readonly weights: number[];
  readonly step: number;
  readonly units: number;
  readonly method: ApportionMethod;
  readonly minimum: number;
  readonly current: number[];
  readonly maxChange: number | undefined;
}

/**
 * A random problem; current FTE on the step grid, minimum and maxChange as multiples of step or of 0.1. Half
 * the totals are near today's total (so the pace bounds can usually hold), half anywhere.
 */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    ids: teamIdsArb,
    step: fc.constantFrom(...STEPS),
    units: fc.integer({ min: 0, max: 240 }),
    method: fc.constantFrom(...METHODS),
    minimumUnits: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
    maxChange: fc.option(fc.oneof(fc.integer({ min: 0, max: 40 }).map((t) => t / 10), fc.integer({ min: 0, max: 8 })), { nil: undefined }),
    seed: fc.array(fc.tuple(weightArb, fc.integer({ min: 0, max: 60 })), { minLength: 8, maxLength: 8 }),
    nearCurrent: fc.boolean(),
    delta: fc.integer({ min: -12, max: 12 }),
  })
  .filter((c) => c.ids.some((_, i) => c.seed[i]![0] > 0))
  .map((c) => ({
    ids: c.ids,
    weights: c.ids.map((_, i) => c.seed[i]![0]),
    step: c.step,
    units: c.nearCurrent ? Math.max(0, c.ids.reduce((a, _, i) => a + c.seed[i]![1], 0) + c.delta) : c.units,
    method: c.method,
    minimum: fte(c.minimumUnits, c.step),
    current: c.ids.map((_, i) => fte(c.seed[i]![1], c.step)),
    maxChange: c.maxChange,
  }));

function toInput(c: Case, overrides: Partial<ApportionInput> = {}): ApportionInput {
  return {
    total: fte(c.units, c.step),
    step: c.step,
    method: c.method,
    weights: Object.fromEntries(c.ids.map((id, i) => [id, c.weights[i]!])),
    minimum: c.minimum,
    current: Object.fromEntries(c.ids.map((id, i) => [id, c.current[i]!])),
    ...(c.maxChange === undefined ? {} : { maxChange: c.maxChange }),
    ...overrides,
  };
}

/** Allocations in steps, in the order of `ids`. */
function unitsById(result: ApportionResult, ids: readonly string[], step: number): number[] {
  const byId = new Map(result.teams.map((t) => [t.team, t.allocated]));
  return ids.map((id) => unitsOf(byId.get(id)!, step));
}

// ---------------------------------------------------------------------------------------------------------

describe('apportionFte — properties', () => {
  it('always hands out exactly the total, in exact multiples of the step, sorted by team id', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = apportionFte(toInput(c));
        const units = result.teams.map((t) => unitsOf(t.allocated, c.step));
        expect(units.reduce((a, b) => a + b, 0)).toBe(c.units);
        for (const t of result.teams) {
          expect(t.allocated).toBe(fte(unitsOf(t.allocated, c.step), c.step)); // printed as the step allows
          expect(t.allocated).toBeGreaterThanOrEqual(0);
        }
        expect(result.teams.map((t) => t.team)).toEqual([...c.ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('holds every bound when the bounds can hold, and reports a violation when they cannot', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = apportionFte(toInput(c));
        const bounds = naiveBounds(c, c.units);
        const feasible =
          c.ids.length * Math.round(c.minimum / c.step) <= c.units &&
          bounds.every((b) => !('minAbovePace' in b) || !b.minAbovePace) &&
          bounds.reduce((a, b) => a + b.lower, 0) <= c.units &&
          bounds.reduce((a, b) => a + b.upper, 0) >= c.units;
        if (!feasible) {
          expect(result.violations.length).toBeGreaterThan(0);
          return;
        }
        expect(result.violations).toEqual([]);
        unitsById(result, c.ids, c.step).forEach((u, i) => {
          expect(u).toBeGreaterThanOrEqual(bounds[i]!.lower);
          expect(u).toBeLessThanOrEqual(bounds[i]!.upper);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('labels a team only with a bound it sits at, and only with constraints that were given', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = apportionFte(toInput(c));
        if (result.violations.length > 0) return;
        const bounds = naiveBounds(c, c.units);
        const units = unitsById(result, c.ids, c.step);
        const byId = new Map(result.teams.map((t) => [t.team, t]));
        c.ids.forEach((id, i) => {
          const { bound } = byId.get(id)!;
          if (bound === 'minimum') expect([units[i], c.minimum > 0]).toEqual([bounds[i]!.lower, true]);
          if (bound === 'max-decrease' || bound === 'max-increase') expect(c.maxChange).toBeDefined();
          if (bound === 'max-decrease') expect(units[i]).toBe(bounds[i]!.lower);
          if (bound === 'max-increase') expect(units[i]).toBe(bounds[i]!.upper);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('is house-monotone for Sainte-Laguë and D’Hondt: one more step never takes a step from a team', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<ApportionMethod>('sainte-lague', 'dhondt'), fc.boolean(), (c, method, withPace) => {
        const input = (units: number) => toInput({ ...c, units, method, maxChange: withPace ? c.maxChange : undefined });
        const before = apportionFte(input(c.units));
        const after = apportionFte(input(c.units + 1));
        // With fixed bounds (no relaxation at either size) the divisor methods never take a step away.
        if (before.violations.length > 0 || after.violations.length > 0) return;
        const a = unitsById(before, c.ids, c.step);
        const b = unitsById(after, c.ids, c.step);
        a.forEach((u, i) => expect(b[i]).toBeGreaterThanOrEqual(u));
      }),
      { numRuns: 300 },
    );
  });

  it('gives every team the floor or the ceiling of its quota with Hamilton (unconstrained)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        // Whole weights: the quota in steps, units × w / W, has an exact floor and ceiling.
        const weights = c.weights.map((w) => Math.round(w));
        fc.pre(weights.some((w) => w > 0));
        const result = apportionFte(toInput({ ...c, weights }, { method: 'hamilton', minimum: 0, maxChange: undefined }));
        const total = weights.reduce((a, b) => a + b, 0);
        const units = unitsById(result, c.ids, c.step);
        weights.forEach((w, i) => {
          const floor = (c.units * w - ((c.units * w) % total)) / total;
          const ceil = (c.units * w) % total === 0 ? floor : floor + 1;
          expect([floor, ceil]).toContain(units[i]);
        });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(caseArb, (c) => {
        // Any weights: within one step of the reported quota.
        const result = apportionFte(toInput(c, { method: 'hamilton', minimum: 0, maxChange: undefined }));
        for (const t of result.teams) expect(Math.abs(t.allocated - t.quota)).toBeLessThan(c.step * (1 + 1e-9));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and does not depend on the order of the teams', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 1_000_000 }), (c, shuffleSeed) => {
        const order = c.ids.map((_, i) => i).sort((i, j) => ((i * 7919 + shuffleSeed) % 101) - ((j * 7919 + shuffleSeed) % 101) || i - j);
        const shuffled: Case = { ...c, ids: order.map((i) => c.ids[i]!), weights: order.map((i) => c.weights[i]!), current: order.map((i) => c.current[i]!) };
        const reversed: Case = { ...c, ids: [...c.ids].reverse(), weights: [...c.weights].reverse(), current: [...c.current].reverse() };
        const result = apportionFte(toInput(c));
        expect(apportionFte(toInput(c))).toEqual(result);
        expect(apportionFte(toInput(shuffled))).toEqual(result);
        expect(apportionFte(toInput(reversed))).toEqual(result);
      }),
      { numRuns: 200 },
    );
  });

  it('depends only on the ratios of the weights (×k, ÷10, ÷100 give the same allocation)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 2, max: 1000 }), fc.constantFrom(10, 100), (c, k, divisor) => {
        const whole: Case = { ...c, weights: c.weights.map((w) => Math.round(w)) };
        fc.pre(whole.weights.some((w) => w > 0));
        const allocation = (weights: number[]) => apportionFte(toInput({ ...whole, weights })).teams.map((t) => [t.allocated, t.bound]);
        const base = allocation(whole.weights);
        expect(allocation(whole.weights.map((w) => w * k))).toEqual(base);
        expect(allocation(whole.weights.map((w) => w / divisor))).toEqual(base);
      }),
      { numRuns: 200 },
    );
  });

  it('gives zero-weight teams their lower bound (0 without a minimum)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = apportionFte(toInput(c, { maxChange: undefined }));
        if (result.violations.length > 0) return;
        const units = unitsById(result, c.ids, c.step);
        c.weights.forEach((w, i) => {
          if (w === 0) expect(units[i]).toBe(unitsOf(c.minimum, c.step));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the textbook highest-averages table and with a naïve Hamilton (unconstrained, whole weights)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 150 }),
        fc.constantFrom(...METHODS),
        (weights, units, method) => {
          const ids = weights.map((_, i) => `t${i}`); // t0 < t1 < … < t7: index order is id order
          const result = apportionFte({ total: units, step: 1, method, weights: Object.fromEntries(ids.map((id, i) => [id, weights[i]!])) });
          const expected = method === 'hamilton' ? naiveHamilton(units, weights) : naiveHighestAverages(units, weights, method);
          expect(result.teams.map((t) => t.allocated)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('satisfies the divisor-method condition within bounds: no team below its upper bound has a higher next average than a competitively won unit', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom<ApportionMethod>('sainte-lague', 'dhondt'), (c, method) => {
        const whole: Case = { ...c, method, weights: c.weights.map((w) => Math.round(w) + 1) }; // positive whole weights
        const result = apportionFte(toInput(whole));
        if (result.violations.length > 0) return;
        const bounds = naiveBounds(whole, whole.units);
        const x = unitsById(result, whole.ids, whole.step);
        const d = (n: number) => (method === 'dhondt' ? n + 1 : 2 * n + 1);
        x.forEach((xi, i) => {
          if (xi >= bounds[i]!.upper) return;
          x.forEach((xj, j) => {
            if (j === i || xj <= bounds[j]!.lower) return;
            // w_i / d(x_i) ≤ w_j / d(x_j − 1)
            expect(whole.weights[i]! * d(xj - 1)).toBeLessThanOrEqual(whole.weights[j]! * d(xi));
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('rounds the bounded quotas of Hamilton (found by bisection) to their floor or ceiling', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const whole: Case = { ...c, method: 'hamilton', weights: c.weights.map((w) => Math.round(w) + 1) };
        const result = apportionFte(toInput(whole));
        if (result.violations.length > 0) return;
        const bounds = naiveBounds(whole, whole.units);
        const clamped = (lambda: number) => whole.weights.map((w, i) => Math.min(bounds[i]!.upper, Math.max(bounds[i]!.lower, lambda * w)));
        let lo = 0;
        let hi = 1e6;
        for (let k = 0; k < 200; k++) {
          const mid = (lo + hi) / 2;
          if (clamped(mid).reduce((a, b) => a + b, 0) < whole.units) lo = mid;
          else hi = mid;
        }
        const quotas = clamped(hi);
        unitsById(result, whole.ids, whole.step).forEach((u, i) => {
          expect(u).toBeGreaterThanOrEqual(Math.floor(quotas[i]! + 1e-7));
          expect(u).toBeLessThanOrEqual(Math.ceil(quotas[i]! - 1e-7));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('apportionFte — independent check of the Kortrijk-like case', () => {
  it('matches the brute-force table and the naïve Hamilton for 77 FTE in half steps', () => {
    const input = readGoldenInput<Omit<ApportionInput, 'method'>>('apportion-fte', 'kortrijk-unconstrained');
    const ids = Object.keys(input.weights).sort();
    // Need shares in thousandths as whole numbers (0.028 → 28), 154 half steps.
    const whole = ids.map((id) => Math.round(input.weights[id]! * 1000));
    expect(whole).toEqual([28, 198, 153, 75, 233, 179, 134]);
    for (const method of METHODS) {
      const expected = method === 'hamilton' ? naiveHamilton(154, whole) : naiveHighestAverages(154, whole, method);
      expect(apportionFte({ ...input, method }).teams.map((t) => t.allocated * 2)).toEqual(expected);
    }
    // Written out, from the tables: the same as the golden files.
    expect(naiveHighestAverages(154, whole, 'sainte-lague').map((u) => u / 2)).toEqual([2, 15, 12, 6, 18, 13.5, 10.5]);
    expect(naiveHighestAverages(154, whole, 'dhondt').map((u) => u / 2)).toEqual([2, 15.5, 11.5, 5.5, 18, 14, 10.5]);
    expect(naiveHamilton(154, whole).map((u) => u / 2)).toEqual([2, 15, 12, 5.5, 18, 14, 10.5]);
  });
});
