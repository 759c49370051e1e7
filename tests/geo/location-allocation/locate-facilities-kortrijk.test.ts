/**
 * "Where would a 13th location help most": the heuristic against proven optima on the real Kortrijk
 * instance (113 sectors weighted by estimated persons in poverty 2024, the 113 centroids as candidates, the
 * 12 centres fixed). k = 1…3: against the exhaustive search, run here (C(113, 3) = 234,136 subsets per
 * model). k = 4, 5 and re-siting all 12: against the CBC optima in fixtures/locate-facilities/kortrijk-exact.json,
 * made offline by solve-exact.py (see the README there); the exhaustive results for k ≤ 3 are checked
 * against the same file, so the two exact methods confirm each other. Skipped without ../shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateFacilities, type LocationModel, type LocationProblem, type LocationSolution } from '../../../geo/location-allocation/locate-facilities';
import { locateFacilitiesExactly } from '../../../geo/location-allocation/locate-facilities-exactly';
import { meters } from '../../../geo/units/units';
import { hasKortrijk, KORTRIJK_DIR } from '../../helpers/shared-data';
import { readKortrijkLocationData } from './locate-facilities-kortrijk-data';

const TOLERANCE_PERCENT = 0.5;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'locate-facilities', 'kortrijk-exact.json');

interface CbcResult {
  readonly model: LocationModel;
  readonly radius: number | null;
  readonly fixed: number;
  readonly add: number;
  readonly objective: number;
  readonly chosen: readonly string[];
  readonly status: string;
}
const cbc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { instance: { demand: number; candidates: number; centres: number; totalWeight: number }; results: CbcResult[] };

if (!hasKortrijk) console.warn(`locateFacilities: the Kortrijk optimality tests are SKIPPED, ${KORTRIJK_DIR} is absent`);
const data = hasKortrijk ? readKortrijkLocationData() : null;

function problemOf(model: LocationModel, radius: number | null, fixed: boolean, add: number): LocationProblem {
  const { demand, candidates, centres } = data!;
  return { demand, candidates, fixed: fixed ? centres : [], current: centres, add, model, ...(radius === null ? {} : { radius: meters(radius) }) };
}

/** How much worse the heuristic is than the optimum, in % of the optimum (0 = optimal). */
const gapPercent = (model: LocationModel, heuristic: number, optimum: number): number =>
  (100 * (model === 'mclp' ? optimum - heuristic : heuristic - optimum)) / optimum;

const rows: string[] = [];
const report = (model: LocationModel, radius: number | null, fixed: number, add: number, heuristic: LocationSolution, optimum: number, by: string): void => {
  const gap = gapPercent(model, heuristic.objective, optimum);
  rows.push(`${model.padEnd(8)} ${String(radius ?? '-').padStart(5)} ${String(fixed).padStart(5)} ${String(add).padStart(3)}  ${heuristic.objective.toFixed(1).padStart(11)}  ${optimum.toFixed(1).padStart(11)} ${by.padEnd(10)} ${gap.toFixed(4).padStart(7)} %  ${heuristic.chosen.join(' ')}`);
};

const cbcOptimum = (model: LocationModel, radius: number | null, fixed: number, add: number): CbcResult => {
  const found = cbc.results.find((r) => r.model === model && r.radius === radius && r.fixed === fixed && r.add === add);
  if (!found) throw new Error(`no CBC optimum for ${model} ${radius} fixed=${fixed} k=${add} in ${FIXTURE}`);
  expect(found.status).toBe('Optimal');
  return found;
};

describe.skipIf(!hasKortrijk)('locateFacilities on Kortrijk: proven optimal or within 0.5 % (needs ../shared/data/kortrijk)', () => {
  it('reads the same instance as the CBC fixture', () => {
    const { demand, candidates, centres } = data!;
    expect([demand.length, candidates.length, centres.length]).toEqual([cbc.instance.demand, cbc.instance.candidates, cbc.instance.centres]);
    expect(demand.reduce((s, d) => s + d.weight, 0)).toBe(cbc.instance.totalWeight);
  });

  const small = [
    ['mclp', 1000],
    ['mclp', 1500],
    ['p-median', null],
  ] as const;
  describe.each(small)('%s, radius %s m, 12 centres fixed, k = 1…3: heuristic = exhaustive optimum', (model, radius) => {
    it.each([1, 2, 3])('k = %i', (add) => {
      const problem = problemOf(model, radius, true, add);
      const heuristic = locateFacilities(problem);
      const exact = locateFacilitiesExactly(problem);
      report(model, radius, 12, add, heuristic, exact.objective, 'exhaustive');
      expect(gapPercent(model, heuristic.objective, exact.objective)).toBeLessThanOrEqual(TOLERANCE_PERCENT);
      expect(gapPercent(model, heuristic.objective, exact.objective)).toBeGreaterThanOrEqual(-1e-9);
      // the independent integer programme agrees with the exhaustive search
      expect(exact.objective).toBeCloseTo(cbcOptimum(model, radius, 12, add).objective, 3);
      expect(exact.evaluations).toBe([113, 6328, 234_136][add - 1]);
    });
  });

  const large = cbc.results.filter((r) => r.add > 3);
  it.each(large.map((r) => [r.model, r.radius ?? '-', r.fixed, r.add, r] as const))(
    '%s, radius %s m, %i fixed, k = %i: within 0.5 % of the CBC optimum',
    (_model, _radius, _fixed, _add, optimum) => {
      const heuristic = locateFacilities(problemOf(optimum.model, optimum.radius, optimum.fixed > 0, optimum.add));
      report(optimum.model, optimum.radius, optimum.fixed, optimum.add, heuristic, optimum.objective, 'CBC');
      const gap = gapPercent(optimum.model, heuristic.objective, optimum.objective);
      expect(gap).toBeLessThanOrEqual(TOLERANCE_PERCENT);
      expect(gap).toBeGreaterThan(-1e-6); // better than a proven optimum would mean a stale fixture
    },
  );

  it('prints the comparison', () => {
    console.log(['model    radius fixed   k    heuristic      optimum by           gap     heuristic sites', ...rows].join('\n'));
    expect(rows.length).toBe(9 + large.length);
  });
});
