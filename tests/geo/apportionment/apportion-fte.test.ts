import { describe, expect, it } from 'vitest';
import { apportionFte, type ApportionInput, type ApportionMethod, type ApportionResult } from '../../../geo/apportionment/apportion-fte';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'apportion-fte';
const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];

/** Allocations in team-id order. */
const allocated = (result: ApportionResult): number[] => result.teams.map((t) => t.allocated);
const bounds = (result: ApportionResult) => Object.fromEntries(result.teams.map((t) => [t.team, t.bound]));
const seats = (method: ApportionMethod, total: number, weights: Record<string, number>): number[] =>
  allocated(apportionFte({ total, step: 1, weights, method }));

describe('apportionFte — textbook cases', () => {
  it('10 seats for 5 100 / 3 100 / 1 800 votes: 5 / 3 / 2 by every method', () => {
    // D'Hondt averages (÷1, 2, 3, …):  a 5100 2550 1700 1275 1020 | 850
    //                                  b 3100 1550 1033           | 775
    //                                  c 1800  900                | 600
    // The 10 highest (≥ 900) give a 5, b 3, c 2.
    expect(seats('dhondt', 10, { a: 5100, b: 3100, c: 1800 })).toEqual([5, 3, 2]);
    // Sainte-Laguë averages (÷1, 3, 5, 7, 9): a 5100 1700 1020 728.6 566.7 | 463.6
    //                                         b 3100 1033  620            | 442.9
    //                                         c 1800  600                 | 360
    // The 10 highest (≥ 566.7) give a 5, b 3, c 2.
    expect(seats('sainte-lague', 10, { a: 5100, b: 3100, c: 1800 })).toEqual([5, 3, 2]);
    // Hamilton: quotas 10 × 5100/10000 = 5.1, 3.1, 1.8 → floors 5, 3, 1 (9 seats); the 10th to the largest
    // remainder (c, 0.8).
    expect(seats('hamilton', 10, { a: 5100, b: 3100, c: 1800 })).toEqual([5, 3, 2]);
  });

  it('8 seats for 100 000 / 80 000 / 30 000 / 20 000 votes: the methods differ', () => {
    const votes = { a: 100_000, b: 80_000, c: 30_000, d: 20_000 };
    // D'Hondt: a 100000 50000 33333 25000 | 20000;  b 80000 40000 26667 | 20000;  c 30000 | 15000;  d | 20000.
    // The 8 highest (≥ 25 000): a 4, b 3, c 1, d 0 — D'Hondt favours the largest.
    expect(seats('dhondt', 8, votes)).toEqual([4, 3, 1, 0]);
    // Sainte-Laguë: a 100000 33333 20000 | 14286;  b 80000 26667 16000 | 11429;  c 30000 | 10000;  d 20000 | 6667.
    // The 8 highest (≥ 16 000): a 3, b 3, c 1, d 1.
    expect(seats('sainte-lague', 8, votes)).toEqual([3, 3, 1, 1]);
    // Hamilton: quotas 8 × v / 230 000 = 3.478, 2.783, 1.043, 0.696 → floors 3, 2, 1, 0 (6 seats);
    // remainders .783 (b) and .696 (d) take the last two: 3, 3, 1, 1.
    expect(seats('hamilton', 8, votes)).toEqual([3, 3, 1, 1]);
  });

  it('shows the Alabama paradox for Hamilton (10 → 11 seats takes a seat from c), not for the divisor methods', () => {
    const populations = { a: 6, b: 6, c: 2 };
    // 10 seats: quotas 60/14 = 4.286, 4.286, 20/14 = 1.429 → floors 4, 4, 1; the spare seat to c (.429 > .286).
    expect(seats('hamilton', 10, populations)).toEqual([4, 4, 2]);
    // 11 seats: quotas 66/14 = 4.714, 4.714, 22/14 = 1.571 → floors 4, 4, 1; the two spare seats to a and b
    // (.714 > .571): c drops from 2 to 1 although the house grew.
    expect(seats('hamilton', 11, populations)).toEqual([5, 5, 1]);
    // Sainte-Laguë: a 6 2 1.2 .857 .667;  b the same;  c 2 .667. The 10th seat is a three-way tie at 2/3
    // (a's 5th, b's 5th, c's 2nd): equal averages go to the larger weight, then the team id → a. The 11th: b.
    expect(seats('sainte-lague', 10, populations)).toEqual([5, 4, 1]);
    expect(seats('sainte-lague', 11, populations)).toEqual([5, 5, 1]);
    // D'Hondt: a 6 3 2 1.5 1.2;  b the same;  c 2 1. Seats 10 and 11 tie at 1.2 (a's 5th, b's 5th): a, then b.
    expect(seats('dhondt', 10, populations)).toEqual([5, 4, 1]);
    expect(seats('dhondt', 11, populations)).toEqual([5, 5, 1]);
  });
});

describe('apportionFte — ties and exactness', () => {
  it('breaks equal averages by the larger weight, then the team id', () => {
    // Sainte-Laguë, 2 seats, weights z 3, a 1: z's 2nd average 3/3 = 1 ties a's 1st 1/1 = 1 → the larger weight.
    expect(apportionFte({ total: 2, step: 1, weights: { z: 3, a: 1 }, method: 'sainte-lague' }).teams.map((t) => [t.team, t.allocated])).toEqual([
      ['a', 0],
      ['z', 2],
    ]);
    // Equal weights: the team id decides (code-unit order), whatever the key order.
    expect(seats('dhondt', 1, { b: 1, a: 1 })).toEqual([1, 0]);
    expect(seats('sainte-lague', 3, { b: 1, a: 1 })).toEqual([2, 1]);
    // Hamilton, 2 seats, weights 1 : 3 → quotas 0.5, 1.5; equal remainders → the larger weight (b).
    expect(seats('hamilton', 2, { a: 1, b: 3 })).toEqual([0, 2]);
    expect(seats('hamilton', 1, { b: 1, a: 1 })).toEqual([1, 0]);
  });

  it('takes weights as the decimals they print as: 0.3 : 0.1 is exactly 3 : 1', () => {
    // D'Hondt, 3 seats: a 0.3 0.15 0.1; b 0.1. The 3rd seat ties (0.3 / 3 = 0.1) and goes to the larger
    // weight. In floating point 0.3 / 3 = 0.09999999999999999 < 0.1 and b would take it.
    expect(seats('dhondt', 3, { a: 0.3, b: 0.1 })).toEqual([3, 0]);
    expect(seats('dhondt', 3, { a: 3, b: 1 })).toEqual([3, 0]);
    // Hamilton, 10 seats, weights 0.1 / 0.2 / 0.7: quotas exactly 1, 2, 7 (no spare seat from rounding noise).
    expect(seats('hamilton', 10, { a: 0.1, b: 0.2, c: 0.7 })).toEqual([1, 2, 7]);
  });

  it('returns exact multiples of the step (14.5, never 14.499999) and adds up at step 0.1', () => {
    const result = apportionFte({ total: 77, step: 0.1, weights: { a: 1, b: 1, c: 1 }, method: 'hamilton' });
    // 770 tenths / 3 = 256.67 → floors 256 each (768), the 2 spare tenths to a and b (ids): 25.7, 25.7, 25.6.
    expect(allocated(result)).toEqual([25.7, 25.7, 25.6]);
    expect(result.teams.map((t) => t.quota)).toEqual([77 / 3, 77 / 3, 77 / 3].map((q) => expect.closeTo(q, 12) as number));
    const half = apportionFte({ total: 29, step: 0.5, weights: { a: 1, b: 1 }, method: 'sainte-lague' });
    expect(allocated(half)).toEqual([14.5, 14.5]);
    expect(() => apportionFte({ total: 77.05, step: 0.1, weights: { a: 1 }, method: 'dhondt' })).toThrow(/multiple of the step/);
    expect(allocated(apportionFte({ total: 7.3, step: 0.1, weights: { a: 1 }, method: 'dhondt' }))).toEqual([7.3]);
    // A total summed in floating point (0.1 + 0.2 = 0.30000000000000004) is taken as the multiple it means.
    const summed = apportionFte({ total: 0.1 + 0.2, step: 0.1, weights: { a: 2, b: 1 }, method: 'hamilton' });
    expect([summed.total, ...allocated(summed)]).toEqual([0.3, 0.2, 0.1]);
  });
});

describe('apportionFte — constraints', () => {
  it('raises teams to the minimum and shares the rest in proportion', () => {
    // 20 FTE, weights 1 / 1 / 18, min 3: unconstrained quotas 1, 1, 18. With a and b at 3, c gets the rest, 14.
    const result = apportionFte({ total: 20, step: 1, weights: { a: 1, b: 1, c: 18 }, method: 'sainte-lague', minimum: 3 });
    expect(allocated(result)).toEqual([3, 3, 14]);
    expect(bounds(result)).toEqual({ a: 'minimum', b: 'minimum', c: null });
    expect(result.violations).toEqual([]);
  });

  it('does not call a team held when its share is exactly at the bound', () => {
    // 9 FTE, weights 2 : 1, minimum 3. Unconstrained every method gives 6 / 3 (quotas 6 and 3 exactly).
    // D'Hondt: b's 3rd unit (1/3) ties a's weakest unit won in competition, its 6th (2/6): b would get 3
    // anyway. Sainte-Laguë: b's 3rd unit 1/5 beats a's 6th 2/11. Hamilton: b's quota is exactly 3.
    for (const method of METHODS) {
      const result = apportionFte({ total: 9, step: 1, weights: { a: 2, b: 1 }, method, minimum: 3 });
      expect(allocated(result)).toEqual([6, 3]);
      expect(bounds(result)).toEqual({ a: null, b: null });
    }
  });

  it('does not call a team held when its next unit only ties the best unit left', () => {
    // 7 FTE, weights 2 : 1, today 4 / 3, maxChange 1 → a in [3, 5], b in [2, 4]. Unconstrained all give 5 / 2.
    // D'Hondt: a's 6th unit (2/6) ties b's 3rd (1/3): a is at its upper bound but would not get more.
    for (const method of METHODS) {
      const result = apportionFte({ total: 7, step: 1, weights: { a: 2, b: 1 }, method, current: { a: 4, b: 3 }, maxChange: 1 });
      expect(allocated(result)).toEqual([5, 2]);
      expect(bounds(result)).toEqual({ a: null, b: null });
    }
  });

  it('names the minimum when minimum and pace give the same lower bound', () => {
    // b: minimum 4 and 6 − 2 = 4; a wants everything (weight 99).
    const result = apportionFte({ total: 16, step: 1, weights: { a: 99, b: 1 }, method: 'hamilton', minimum: 4, current: { a: 10, b: 6 }, maxChange: 2 });
    expect(allocated(result)).toEqual([12, 4]);
    expect(bounds(result)).toEqual({ a: 'max-increase', b: 'minimum' });
    const paced = apportionFte({ total: 16, step: 1, weights: { a: 99, b: 1 }, method: 'hamilton', minimum: 3, current: { a: 10, b: 6 }, maxChange: 2 });
    expect(bounds(paced)).toEqual({ a: 'max-increase', b: 'max-decrease' });
  });

  it('gives zero-weight teams 0, or their minimum', () => {
    expect(seats('dhondt', 5, { a: 0, b: 1 })).toEqual([0, 5]);
    expect(seats('hamilton', 5, { a: 0, b: 1 })).toEqual([0, 5]);
    const result = apportionFte({ total: 5, step: 0.5, weights: { a: 0, b: 1 }, method: 'hamilton', minimum: 1 });
    expect(allocated(result)).toEqual([1, 4]);
    expect(bounds(result)).toEqual({ a: 'minimum', b: null });
  });

  it('keeps every team within current ± maxChange and reports who gains or loses', () => {
    // Weights 3 : 1 want 7.5 / 2.5; from 5 / 5 with maxChange 1 the bounds are [4, 6]: 6 / 4.
    for (const method of METHODS) {
      const result = apportionFte({ total: 10, weights: { a: 3, b: 1 }, method, current: { a: 5, b: 5 }, maxChange: 1 });
      expect(result.teams).toEqual([
        { team: 'a', quota: 7.5, allocated: 6, current: 5, change: 1, bound: 'max-increase' },
        { team: 'b', quota: 2.5, allocated: 4, current: 5, change: -1, bound: 'max-decrease' },
      ]);
    }
  });

  it('rounds the pace bounds inward to the step', () => {
    // current 7.3 ± 1.4 = [5.9, 8.7] → in half steps [6, 8.5]; b absorbs the rest.
    const result = apportionFte({ total: 20, weights: { a: 10, b: 1 }, method: 'dhondt', current: { a: 7.3, b: 12.7 }, maxChange: 1.4 });
    expect(allocated(result)).toEqual([8.5, 11.5]);
    expect(result.teams[0]!.change).toBe(1.2);
    expect(result.teams[0]!.bound).toBe('max-increase');
  });

  it('reports and relaxes an impossible minimum (minimum × teams > total)', () => {
    const result = apportionFte({ total: 10, step: 1, weights: { a: 1, b: 1, c: 8 }, method: 'hamilton', minimum: 4 });
    // 3 × 4 = 12 > 10: the minimum becomes ⌊10 / 3⌋ = 3; c gets the remaining 4.
    expect(allocated(result)).toEqual([3, 3, 4]);
    expect(result.violations).toEqual([{ kind: 'minimum-infeasible', detail: expect.stringMatching(/12 FTE is more than the total 10 FTE.*relaxed to 3 FTE/) as string }]);
  });

  it('relaxes the pace when the total cannot be reached, and says so', () => {
    // From 5 / 5 to 14 FTE with maxChange 1: at most 6 + 6 = 12. maxChange is raised in half steps to 2.
    const result = apportionFte({ total: 14, weights: { a: 1, b: 1 }, method: 'sainte-lague', current: { a: 5, b: 5 }, maxChange: 1 });
    expect(allocated(result)).toEqual([7, 7]);
    expect(result.violations).toEqual([{ kind: 'pace-infeasible', detail: expect.stringMatching(/can reach 8–12 FTE together, not the total 14 FTE; maxChange is relaxed to 2 FTE/) as string }]);
    // Shrinking: from 5 / 5 to 4 FTE with maxChange 2 (at least 3 + 3): maxChange → 3 for all.
    const shrink = apportionFte({ total: 4, weights: { a: 3, b: 1 }, method: 'dhondt', current: { a: 5, b: 5 }, maxChange: 2 });
    expect(allocated(shrink)).toEqual([2, 2]);
    expect(shrink.violations[0]!.detail).toMatch(/relaxed to 3 FTE/);
  });

  it('lets the minimum win over the pace for a team below it (pace first)', () => {
    // c has 0 FTE today (a new team, weight 0); minimum 3 with maxChange 2 would allow only 2: c gets its
    // minimum, [3, 3]. a and b may move within [8, 12]: 20 − 3 = 17 → 8 each, and the 17th unit ties
    // (1/9 and 1/9) and goes to a by id. b is at its lower bound only by that tie, so no bound holds it.
    const result = apportionFte({ total: 20, step: 1, weights: { a: 1, b: 1, c: 0 }, method: 'dhondt', minimum: 3, current: { a: 10, b: 10, c: 0 }, maxChange: 2 });
    expect(allocated(result)).toEqual([9, 8, 3]);
    expect(bounds(result)).toEqual({ a: null, b: null, c: 'minimum' });
    expect(result.violations).toEqual([{ kind: 'pace-infeasible', detail: expect.stringMatching(/^c: the minimum 3 FTE is more than current 0 FTE \+ maxChange 2 FTE/) as string }]);
  });

  it('relaxes minimum and pace together in the stated order', () => {
    // 3 teams, minimum 5 × 3 = 15 > 12: the minimum becomes ⌊12 / 3⌋ = 4. Then the pace: today 10 / 1 / 1 with
    // maxChange 1 gives a ≥ 9, and with b, c ≥ 4 that is 17 > 12. a must be able to reach 12 − 4 − 4 = 4,
    // i.e. maxChange 10 − 4 = 6.
    const result = apportionFte({ total: 12, step: 1, weights: { a: 1, b: 1, c: 1 }, method: 'hamilton', minimum: 5, current: { a: 10, b: 1, c: 1 }, maxChange: 1 });
    expect(allocated(result)).toEqual([4, 4, 4]);
    expect(result.violations.map((v) => v.kind)).toEqual(['minimum-infeasible', 'pace-infeasible']);
    expect(result.violations[1]!.detail).toMatch(/relaxed to 6 FTE/);
  });

  it('lets a current value off the step grid move to the nearest multiples', () => {
    // 7.7 ± 0.1 holds no multiple of 0.5: a may go to 7.5 or 8.
    const result = apportionFte({ total: 10, weights: { a: 1, b: 1 }, method: 'hamilton', current: { a: 7.7, b: 2.3 }, maxChange: 0.1 });
    expect(allocated(result)).toEqual([7.5, 2.5]);
    expect(result.teams.map((t) => t.change)).toEqual([-0.2, 0.2]);
    expect(result.violations.map((v) => v.detail)).toEqual([
      expect.stringMatching(/^a: no multiple of the step 0.5 FTE lies within maxChange 0.1 FTE below current 7.7 FTE; the team may go down to 7.5 FTE$/),
      expect.stringMatching(/^a: .* above current 7.7 FTE; the team may go up to 8 FTE$/),
      expect.stringMatching(/^b: .* below current 2.3 FTE; the team may go down to 2 FTE$/),
      expect.stringMatching(/^b: .* above current 2.3 FTE; the team may go up to 2.5 FTE$/),
    ]);
  });
});

describe('apportionFte — input checks', () => {
  const base: ApportionInput = { total: 10, weights: { a: 1, b: 2 }, method: 'sainte-lague' };
  it.each<[string, Partial<ApportionInput> & Record<string, unknown>, RegExp]>([
    ['an unknown method', { method: 'webster' as ApportionMethod }, /method must be one of/],
    ['a step of 0', { step: 0 }, /step must be/],
    ['a negative total', { total: -1 }, /total must be/],
    ['a total off the step', { total: 10.25 }, /not a multiple of the step 0.5/],
    ['a huge total', { total: 1e9 }, /at most 100000 are supported/],
    ['no teams', { weights: {} }, /at least one team/],
    ['a negative weight', { weights: { a: -1, b: 1 } }, /weight of team a/],
    ['a NaN weight', { weights: { a: Number.NaN } }, /weight of team a/],
    ['all weights zero', { weights: { a: 0, b: 0 } }, /all team weights are zero/],
    ['a minimum off the step', { minimum: 0.3 }, /minimum 0.3 is not a multiple/],
    ['a negative minimum', { minimum: -1 }, /minimum must be/],
    ['maxChange without current', { maxChange: 1 }, /maxChange needs current/],
    ['a negative maxChange', { maxChange: -1, current: { a: 5, b: 5 } }, /maxChange must be/],
    ['current missing a team', { current: { a: 5 } }, /no FTE for team\(s\) b/],
    ['current naming an unknown team', { current: { a: 5, b: 5, c: 1 } }, /without a weight: c/],
    ['a negative current', { current: { a: -5, b: 5 } }, /current FTE of team a/],
  ])('throws a RangeError for %s', (_label, change, message) => {
    expect(() => apportionFte({ ...base, ...change })).toThrow(RangeError);
    expect(() => apportionFte({ ...base, ...change })).toThrow(message);
  });
});

describe('apportionFte — golden Kortrijk-like cases (77 FTE, 7 teams)', () => {
  it.each(listGoldenCases(NAME))('matches the golden output (%s)', (caseName) => {
    const input = readGoldenInput<Omit<ApportionInput, 'method'>>(NAME, caseName);
    expectGolden(NAME, caseName, Object.fromEntries(METHODS.map((method) => [method, apportionFte({ ...input, method })])));
  });
});
