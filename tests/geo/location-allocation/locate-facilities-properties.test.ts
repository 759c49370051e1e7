import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseSitesGreedily } from '../../../geo/location-allocation/choose-sites-greedily';
import { improveSitesByInterchange } from '../../../geo/location-allocation/improve-sites-by-interchange';
import { locateFacilities, type LocationProblem, type LocationSolution, type Site } from '../../../geo/location-allocation/locate-facilities';
import { locateFacilitiesExactly } from '../../../geo/location-allocation/locate-facilities-exactly';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { prepareLocationProblem } from '../../../geo/location-allocation/prepare-location-problem';
import { summariseLocationSolution } from '../../../geo/location-allocation/summarise-location-solution';
import { meters, type LonLat } from '../../../geo/units/units';

/** Random small instances around Kortrijk (about 3 × 3 km), small enough for a naive reference. */
const position = fc.tuple(fc.double({ min: 3.24, max: 3.28, noNaN: true }), fc.double({ min: 50.8, max: 50.83, noNaN: true })) as fc.Arbitrary<LonLat>;
const sites = (prefix: string, min: number, max: number) =>
  fc.array(position, { minLength: min, maxLength: max }).map((ps): Site[] => ps.map((p, i) => ({ id: `${prefix}${i}`, position: p })));
const instance: fc.Arbitrary<LocationProblem> = fc
  .record({
    demand: fc.array(fc.tuple(position, fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 12 }),
    candidates: sites('c', 1, 8),
    fixed: sites('f', 0, 3),
    model: fc.constantFrom('mclp' as const, 'p-median' as const),
    radius: fc.integer({ min: 150, max: 2500 }),
    k: fc.nat(4),
  })
  .map(({ demand, candidates, fixed, model, radius, k }) => {
    const add = Math.max(fixed.length === 0 ? 1 : 0, Math.min(k, candidates.length));
    return { demand: demand.map(([p, weight], i) => ({ id: `d${i}`, position: p, weight })), candidates, fixed, add, model, radius: meters(radius) };
  });

/** Naive objective of opening `ids` beside the fixed sites, straight from `measureDistance`. */
function naiveObjective(problem: LocationProblem, ids: readonly string[]): number {
  const open = [...problem.fixed, ...problem.candidates.filter((c) => ids.includes(c.id))];
  return problem.demand.reduce((sum, d) => {
    const nearest = Math.min(...open.map((s) => measureDistance(d.position, s.position)));
    return sum + (problem.model === 'p-median' ? d.weight * nearest : nearest <= problem.radius! ? d.weight : 0);
  }, 0);
}

function* subsets(ids: readonly string[], k: number, from = 0, picked: string[] = []): Generator<string[]> {
  if (picked.length === k) yield [...picked];
  else for (let i = from; i <= ids.length - (k - picked.length); i++) yield* subsets(ids, k, i + 1, [...picked, ids[i]!]);
}

/** `a` is no worse than `b` in this model (up to float noise). */
const noWorse = (model: LocationProblem['model'], a: number, b: number): boolean => (model === 'mclp' ? a >= b - 1e-9 : a <= b + 1e-6 * Math.max(1, Math.abs(b)));
const greedyOnly = (problem: LocationProblem): LocationSolution => {
  const prepared = prepareLocationProblem(problem);
  return summariseLocationSolution(prepared, chooseSitesGreedily(prepared).chosen, 0, 'greedy+teitz-bart');
};

describe('locateFacilities: properties on random small instances', () => {
  it('the exhaustive optimum equals a naive enumeration', () => {
    fc.assert(
      fc.property(instance, (problem) => {
        const exact = locateFacilitiesExactly(problem);
        let best = problem.model === 'mclp' ? -Infinity : Infinity;
        for (const ids of subsets(problem.candidates.map((c) => c.id), problem.add)) {
          const value = naiveObjective(problem, ids);
          best = problem.model === 'mclp' ? Math.max(best, value) : Math.min(best, value);
        }
        expect(exact.objective).toBeCloseTo(best, 6);
        expect(naiveObjective(problem, exact.chosen)).toBeCloseTo(exact.objective, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('the heuristic is never better than the exact optimum, and never worse than greedy (consistent direction)', () => {
    fc.assert(
      fc.property(instance, (problem) => {
        const exact = locateFacilitiesExactly(problem);
        const heuristic = locateFacilities(problem);
        const greedy = greedyOnly(problem);
        expect(noWorse(problem.model, exact.objective, heuristic.objective)).toBe(true);
        expect(noWorse(problem.model, heuristic.objective, greedy.objective)).toBe(true);
        expect(heuristic.chosen).toHaveLength(problem.add);
        expect(naiveObjective(problem, heuristic.chosen)).toBeCloseTo(heuristic.objective, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('MCLP: exact ≥ greedy ≥ (1 − 1/e) of the exact gain (coverage is submodular)', () => {
    fc.assert(
      fc.property(
        instance.filter((p) => p.model === 'mclp' && p.fixed.length > 0),
        (problem) => {
          const exact = locateFacilitiesExactly(problem);
          const greedy = greedyOnly(problem);
          expect(exact.objective).toBeGreaterThanOrEqual(greedy.objective);
          expect(greedy.gain).toBeGreaterThanOrEqual((1 - 1 / Math.E) * exact.gain - 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('adding a site never makes the objective worse; the gain over the fixed sites is never negative', () => {
    fc.assert(
      fc.property(
        instance.filter((p) => p.fixed.length > 0 && p.add < p.candidates.length),
        (problem) => {
          const k = locateFacilitiesExactly(problem);
          const kPlusOne = locateFacilitiesExactly({ ...problem, add: problem.add + 1 });
          expect(noWorse(problem.model, kPlusOne.objective, k.objective)).toBe(true);
          // a new fixed site (the first candidate) never hurts either
          const moreFixed = { ...problem, fixed: [...problem.fixed, { ...problem.candidates[0]!, id: 'extra-fixed' }] };
          expect(noWorse(problem.model, locateFacilitiesExactly(moreFixed).objective, k.objective)).toBe(true);
          for (const s of [k, locateFacilities(problem)]) expect(s.gain).toBeGreaterThanOrEqual(-1e-6);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('Teitz–Bart ends in a 1-swap local optimum: no single swap improves the objective', () => {
    fc.assert(
      fc.property(
        instance.filter((p) => p.add > 0 && p.add < p.candidates.length),
        (problem) => {
          const prepared = prepareLocationProblem(problem);
          const { chosen } = improveSitesByInterchange(prepared, chooseSitesGreedily(prepared).chosen);
          const ids = chosen.map((j) => prepared.candidateIds[j]!);
          const value = naiveObjective(problem, ids);
          for (const out of ids) {
            for (const c of problem.candidates) {
              if (ids.includes(c.id)) continue;
              const swapped = naiveObjective(problem, [...ids.filter((id) => id !== out), c.id]);
              expect(noWorse(problem.model, value, swapped)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is deterministic and does not depend on the order of the candidates', () => {
    fc.assert(
      fc.property(instance, fc.integer({ min: 1, max: 1000 }), (problem, seed) => {
        const a = locateFacilities(problem);
        expect(locateFacilities(problem)).toEqual(a);
        const reversed = { ...problem, candidates: [...problem.candidates].reverse() };
        expect(locateFacilities(reversed)).toEqual(a);
        expect(locateFacilitiesExactly(reversed)).toEqual(locateFacilitiesExactly(problem));
        expect(locateFacilities(problem, { seed })).toEqual(locateFacilities(problem, { seed }));
      }),
      { numRuns: 100 },
    );
  });
});
