import { describe, expect, it } from 'vitest';
import { buildDistanceMatrix } from '../../../geo/measure/build-distance-matrix';
import { locateFacilities, type LocationProblem } from '../../../geo/location-allocation/locate-facilities';
import { countSubsets, locateFacilitiesExactly, MAX_EXHAUSTIVE_SUBSETS } from '../../../geo/location-allocation/locate-facilities-exactly';
import { EARTH_RADIUS_METERS, measureDistance } from '../../../geo/measure/measure-distance';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'locate-facilities';

/**
 * The hand-checkable case. Five demand points A…E on the meridian 0°, 0.01° apart: one step s = R × 0.01 ×
 * π/180 = 1,111.9508 m (on a meridian the haversine distance is exactly R × Δlatitude). Weights 10, 1, 1, 1,
 * 10. One centre stays at A. Candidates: the five points.
 *
 * p-median, 1 new site — distances in steps to the nearest open site of A, B, C, D, E, and Σ weight × steps:
 *   baseline (A only)  0 1 2 3 4 → 1 + 2 + 3 + 10·4 = 46 s
 *   + B  0 0 1 2 3 → 33 s;  + C  0 1 0 1 2 → 22 s;  + D  0 1 1 0 1 → 12 s;  + E  0 1 2 1 0 → 4 s
 *   → E, objective 4 s = 4,447.80 m, gain 42 s, gain 42/46 = 91.30 %, mean distance 4 s / 23 = 193.38 m.
 * MCLP, radius 1,200 m (one step, not two), 1 new site — weight within one step of an open site:
 *   baseline: A, B = 11;  + B: A B C = 12;  + C: A B C D = 13;  + D: A B, C D E = 23;  + E: A B, D E = 22
 *   → D, objective 23 (all), gain 12, gain 12/11 = 109.09 %, mean distance (1 + 1 + 10) s / 23 = 580.15 m.
 * p-median, 2 new sites: {B,E}, {C,E} and {D,E} all leave two weight-1 points one step away (2 s), every
 *   other pair more ({B,D}: C 1 + E 10 = 11 s) → a tie, broken by the lowest ids: {B, E}.
 */
const STEP = (EARTH_RADIUS_METERS * 0.01 * Math.PI) / 180;
const line = [10, 1, 1, 1, 10].map((weight, i) => ({ id: 'ABCDE'[i]!, position: [0, i / 100] as LonLat, weight }));
const lineProblem = (model: 'mclp' | 'p-median', add: number): LocationProblem => ({
  demand: line,
  candidates: line.map(({ id, position }) => ({ id, position })),
  fixed: [{ id: 'centre', position: [0, 0] }],
  add,
  model,
  ...(model === 'mclp' ? { radius: meters(1200) } : {}),
});

describe('locateFacilities and locateFacilitiesExactly: hand-checked line', () => {
  it('has steps of 1,111.95 m', () => {
    expect(STEP).toBeCloseTo(1111.9508, 3);
    expect(measureDistance([0, 0], [0, 0.04])).toBeCloseTo(4 * STEP, 6);
  });

  it.each([locateFacilities, locateFacilitiesExactly])('p-median, 1 site: E, 4 steps (%o)', (solve) => {
    const s = solve(lineProblem('p-median', 1));
    expect(s.chosen).toEqual(['E']);
    expect(s.objective).toBeCloseTo(4 * STEP, 6);
    expect(s.baseline).toBeCloseTo(46 * STEP, 6);
    expect(s.gain).toBeCloseTo(42 * STEP, 6);
    expect(s.gainPercent).toBeCloseTo((100 * 42) / 46, 9);
    expect(s.meanDistance).toBeCloseTo((4 * STEP) / 23, 6);
    expect(s.coveredWeight).toBe(23); // no radius: everyone counts as served
    expect(s.totalWeight).toBe(23);
    expect(s.model).toBe('p-median');
  });

  it.each([locateFacilities, locateFacilitiesExactly])('MCLP 1,200 m, 1 site: D covers C, D and E (%o)', (solve) => {
    const s = solve(lineProblem('mclp', 1));
    expect(s.chosen).toEqual(['D']);
    expect([s.objective, s.baseline, s.gain, s.coveredWeight]).toEqual([23, 11, 12, 23]);
    expect(s.gainPercent).toBeCloseTo((100 * 12) / 11, 9);
    expect(s.meanDistance).toBeCloseTo((12 * STEP) / 23, 6);
  });

  it('p-median, 2 sites: a three-way tie goes to the lowest ids {B, E}', () => {
    for (const s of [locateFacilities(lineProblem('p-median', 2)), locateFacilitiesExactly(lineProblem('p-median', 2))]) {
      expect(s.chosen).toEqual(['B', 'E']);
      expect(s.objective).toBeCloseTo(2 * STEP, 6);
    }
  });

  it('reports its method and counts its evaluations', () => {
    const exact = locateFacilitiesExactly(lineProblem('mclp', 2));
    expect(exact.method).toBe('exhaustive');
    expect(exact.evaluations).toBe(10); // C(5, 2)
    const heuristic = locateFacilities(lineProblem('mclp', 2));
    expect(heuristic.method).toBe('greedy+teitz-bart');
    expect(heuristic.evaluations).toBeGreaterThan(5);
    expect(heuristic.objective).toBe(23);
  });
});

describe('locateFacilities: golden files', () => {
  it.each(listGoldenCases(NAME))('matches the golden heuristic and exact solutions (%s)', (caseName) => {
    const { problem } = readGoldenInput<{ problem: LocationProblem }>(NAME, caseName);
    const heuristic = locateFacilities(problem);
    const exact = locateFacilitiesExactly(problem);
    if (problem.model === 'mclp') expect(heuristic.objective).toBeLessThanOrEqual(exact.objective);
    else expect(heuristic.objective).toBeGreaterThanOrEqual(exact.objective - 1e-6);
    expectGolden(NAME, caseName, { heuristic, exact });
  });
});

describe('locateFacilities: semantics', () => {
  const golden = (caseName: string) => readGoldenInput<{ problem: LocationProblem }>(NAME, caseName).problem;

  it('gains nothing from a candidate at a fixed site', () => {
    const problem = golden('coincident-candidate-mclp');
    const solution = locateFacilitiesExactly({ ...problem, candidates: problem.candidates.slice(0, 1) });
    expect(solution.chosen).toEqual(['at-centre']);
    expect(solution.gain).toBe(0);
    expect(solution.gainPercent).toBe(0);
    expect(locateFacilities(problem).chosen).not.toContain('at-centre');
  });

  it('re-sites all and compares with `current`; without it there is no baseline', () => {
    const problem = golden('grid-30-re-site-three-with-current');
    const withCurrent = locateFacilities(problem);
    expect(withCurrent.chosen).toHaveLength(3);
    expect(withCurrent.gain).toBeCloseTo(withCurrent.baseline - withCurrent.objective, 6);
    expect(withCurrent.gain).toBeGreaterThan(0);
    const alone = locateFacilities({ ...problem, current: undefined });
    expect(alone.chosen).toEqual(withCurrent.chosen);
    expect([alone.baseline, alone.gain, alone.gainPercent]).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    // `current` is ignored when there are fixed sites: the baseline is the fixed sites
    const fixed = golden('grid-30-two-fixed-p-median');
    expect(locateFacilities({ ...fixed, current: problem.current }).baseline).toBe(locateFacilities(fixed).baseline);
  });

  it('with add = 0 returns the baseline, and with k = all candidates every candidate', () => {
    const problem = golden('grid-30-two-fixed-mclp');
    const none = locateFacilities({ ...problem, add: 0 });
    expect(none.chosen).toEqual([]);
    expect(none.objective).toBe(none.baseline);
    expect(locateFacilitiesExactly({ ...problem, add: 0 }).objective).toBe(none.baseline);
    const small = { ...problem, candidates: problem.candidates.slice(0, 4) };
    expect(locateFacilities({ ...small, add: 4 }).chosen).toEqual(small.candidates.map((c) => c.id).sort());
  });

  it('reports the covered weight for p-median when a radius is given', () => {
    const problem = golden('grid-30-two-fixed-p-median');
    const s = locateFacilities(problem);
    const mclpView = locateFacilitiesExactly({ ...problem, model: 'mclp', add: 0 });
    expect(s.coveredWeight).toBeGreaterThanOrEqual(mclpView.objective);
    expect(s.coveredWeight).toBeLessThanOrEqual(s.totalWeight);
  });

  it('gives the same answer for the same seed and accepts starts = 0 (greedy + Teitz–Bart only)', () => {
    const problem = golden('grid-30-two-fixed-p-median');
    expect(locateFacilities(problem, { seed: 7 })).toEqual(locateFacilities(problem, { seed: 7 }));
    const plain = locateFacilities(problem, { starts: 0 });
    expect(plain.objective).toBeGreaterThanOrEqual(locateFacilities(problem).objective - 1e-6);
    expect(() => locateFacilities(problem, { starts: -1 })).toThrow(RangeError);
  });
});

describe('locateFacilities: input checks', () => {
  const base = lineProblem('mclp', 1);
  const cases: [string, LocationProblem, RegExp][] = [
    ['unknown model', { ...base, model: 'p-centre' as 'mclp' }, /model must be/],
    ['no demand', { ...base, demand: [] }, /demand must be a non-empty array/],
    ['negative weight', { ...base, demand: [{ ...line[0]!, weight: -1 }] }, /demand\[0\]\.weight must be a finite number >= 0/],
    ['NaN weight', { ...base, demand: [{ ...line[0]!, weight: Number.NaN }] }, /weight must be a finite number/],
    ['bad position', { ...base, demand: [{ ...line[0]!, position: [Number.NaN, 0] }] }, /demand\[0\]\.position: longitude/],
    ['bad candidate position', { ...base, candidates: [{ id: 'x', position: [0, 95] }] }, /candidates\[0\]\.position: latitude/],
    ['duplicate demand id', { ...base, demand: [line[0]!, { ...line[1]!, id: 'A' }] }, /demand\[1\]\.id "A" is not unique/],
    ['duplicate candidate id', { ...base, candidates: [{ id: 'x', position: [0, 0] }, { id: 'x', position: [0, 0.01] }] }, /candidates\[1\]\.id "x" is not unique/],
    ['empty id', { ...base, fixed: [{ id: '', position: [0, 0] }] }, /fixed\[0\]\.id must be a non-empty string/],
    ['candidate id = fixed id', { ...base, fixed: [{ id: 'A', position: [0, 0] }] }, /also the id of a fixed site/],
    ['k too large', { ...base, add: 6 }, /add must be an integer between 0 and the number of candidates \(5\)/],
    ['k negative', { ...base, add: -1 }, /add must be an integer/],
    ['k fractional', { ...base, add: 1.5 }, /add must be an integer/],
    ['no site at all', { ...base, fixed: [], add: 0 }, /at least one open site/],
    ['MCLP without radius', { ...base, radius: undefined }, /MCLP needs a radius/],
    ['radius 0', { ...base, radius: meters(0) }, /radius must be a positive finite number/],
    ['negative radius for p-median', { ...lineProblem('p-median', 1), radius: -5 as never }, /radius must be a positive/],
    ['bad current site', { ...base, fixed: [], current: [{ id: 'now', position: [200, 0] }] }, /current\[0\]\.position: longitude/],
  ];
  it.each(cases)('throws for %s (both solvers)', (_what, problem, message) => {
    expect(() => locateFacilities(problem)).toThrow(message);
    expect(() => locateFacilitiesExactly(problem)).toThrow(message);
  });

  it('refuses an exhaustive search over more than 5,000,000 subsets, with the count', () => {
    const many = Array.from({ length: 113 }, (_, i) => ({ id: `c${String(i).padStart(3, '0')}`, position: [3 + i / 1000, 50.8] as LonLat, weight: 1 }));
    const problem: LocationProblem = { demand: many, candidates: many, fixed: [], add: 4, model: 'p-median' };
    expect(() => locateFacilitiesExactly(problem)).toThrow(/C\(113, 4\) = 6,438,740 subsets exceeds the limit of 5,000,000/);
    expect(() => locateFacilitiesExactly({ ...problem, add: 3 })).not.toThrow();
    expect(locateFacilities(problem).chosen).toHaveLength(4);
  });
});

describe('countSubsets and buildDistanceMatrix', () => {
  it('counts subsets exactly', () => {
    expect([countSubsets(5, 2), countSubsets(113, 1), countSubsets(113, 2), countSubsets(113, 3), countSubsets(113, 4)]).toEqual([10, 113, 6328, 234_136, 6_438_740]);
    expect([countSubsets(4, 0), countSubsets(4, 4), countSubsets(3, 4)]).toEqual([1, 1, 0]);
    expect(countSubsets(113, 12)).toBeGreaterThan(MAX_EXHAUSTIVE_SUBSETS);
    expect(() => countSubsets(-1, 2)).toThrow(RangeError);
  });

  it('builds a row-major haversine matrix and checks positions first', () => {
    const from: LonLat[] = [[3.26, 50.82], [3.27, 50.83]];
    const to: LonLat[] = [[3.26, 50.82], [3.2, 50.8], [3.3, 50.9]];
    const m = buildDistanceMatrix(from, to);
    expect(m).toHaveLength(6);
    from.forEach((a, r) => to.forEach((b, c) => expect(m[r * 3 + c]).toBe(measureDistance(a, b))));
    expect(m[0]).toBe(0);
    expect(() => buildDistanceMatrix([[0, 0]], [[0, 91]])).toThrow(/to\[0\]: latitude/);
    expect(buildDistanceMatrix([], to)).toHaveLength(0);
  });
});
