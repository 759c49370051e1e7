import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../geo/accessibility/compute-coverage';
import { computeGapScores } from '../../../geo/analysis/compute-gap-scores';
import { computeNeedIndex } from '../../../geo/indicators/compute-need-index';
import { computePopulationWeightedPoint } from '../../../geo/geometry/compute-population-weighted-point';
import { computeTwoStepFloatingCatchment, gaussianDecay } from '../../../geo/accessibility/compute-two-step-floating-catchment';
import { computeRelativeNeed, computeWeightedCapitation } from '../../../geo/apportionment/compute-weighted-capitation';
import { findNearestSites } from '../../../geo/accessibility/find-nearest-sites';
import { indexPointsInGrid } from '../../../geo/spatial-index/index-points-in-grid';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { standardiseValues } from '../../../geo/indicators/standardise-values';
import { meters, type LonLat } from '../../../geo/units/units';
import { expectGolden } from '../golden';

describe('standardiseValues', () => {
  it('computes population z-scores by hand: [2, 4, 4, 4, 5, 5, 7, 9] has mean 5 and SD 2', () => {
    expect(standardiseValues([2, 4, 4, 4, 5, 5, 7, 9], 'z-score')).toEqual([-1.5, -0.5, -0.5, -0.5, 0, 0, 1, 2]);
  });
  it('ranks to −1…1 with ties sharing their mean rank, skipping missing values', () => {
    expect(standardiseValues([10, null, 30, 20, 20], 'rank')).toEqual([-1, null, 1, 0, 0]);
    expect(standardiseValues([3, 3], 'z-score')).toEqual([0, 0]);
  });
});

describe('computeNeedIndex', () => {
  it('averages signed z-scores with weights; higher_better indicators count the other way', () => {
    const r = computeNeedIndex(
      [
        { id: 'poverty', values: [10, 20, 30], weight: 2, polarity: 'higher_worse' },
        { id: 'income', values: [300, 200, 100], weight: 1, polarity: 'higher_better' },
      ],
      'z-score',
    );
    // Both components give z = [-1.2247, 0, 1.2247] after the sign: the weighted mean is the same.
    expect(r.index.map((v) => Number(v!.toFixed(4)))).toEqual([-1.2247, 0, 1.2247]);
    expect(r.scores.income!.map((v) => Number(v!.toFixed(4)))).toEqual([-1.2247, 0, 1.2247]);
  });
  it('leaves an area with no value out of that component only', () => {
    const r = computeNeedIndex([
      { id: 'a', values: [1, 2, 3], weight: 1, polarity: 'higher_worse' },
      { id: 'b', values: [null, 5, 5], weight: 1, polarity: 'higher_worse' },
    ]);
    expect(r.index[0]).toBeCloseTo(-1.2247, 4);
  });
  it('refuses no indicators, negative or all-zero weights', () => {
    expect(() => computeNeedIndex([])).toThrow(RangeError);
    expect(() => computeNeedIndex([{ id: 'a', values: [1], weight: -1, polarity: 'neutral' }])).toThrow(/≥ 0/);
    expect(() => computeNeedIndex([{ id: 'a', values: [1], weight: 0, polarity: 'neutral' }])).toThrow(/above 0/);
  });
});

describe('weighted capitation', () => {
  it('relative need is the area rate over the overall rate (Σ num / Σ den), averaged over indicators', () => {
    // Overall rate 40/200 = 0.2; areas 0.1 and 0.3 → 0.5 and 1.5.
    const [a, b] = computeRelativeNeed([{ numerators: [10, 30], denominators: [100, 100], weight: 1 }]);
    expect(a).toBeCloseTo(0.5, 12);
    expect(b).toBeCloseTo(1.5, 12);
  });
  it('shares are the teams’ shares of need-weighted population', () => {
    const r = computeWeightedCapitation([
      { team: 'a', population: 100, relativeNeed: 2 },
      { team: 'b', population: 100, relativeNeed: 1 },
      { team: 'b', population: 50, relativeNeed: null },
    ]);
    expect(r.weightedPopulation).toEqual({ a: 200, b: 150 });
    expect(r.shares.a).toBeCloseTo(200 / 350, 12);
  });
  it('shares add up to 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ team: fc.constantFrom('a', 'b', 'c'), population: fc.integer({ min: 1, max: 5000 }), relativeNeed: fc.double({ min: 0.1, max: 3, noNaN: true }) }), { minLength: 1, maxLength: 40 }), (areas) => {
        const shares = Object.values(computeWeightedCapitation(areas).shares);
        return Math.abs(shares.reduce((s, x) => s + x, 0) - 1) < 1e-9;
      }),
    );
  });
});

const kortrijkish = fc.tuple(fc.double({ min: 3.1, max: 3.4, noNaN: true }), fc.double({ min: 50.7, max: 50.9, noNaN: true })) as fc.Arbitrary<LonLat>;

describe('indexPointsInGrid and findNearestSites agree with brute force', () => {
  it('finds every point within a radius and the nearest point (property)', () => {
    fc.assert(
      fc.property(fc.array(kortrijkish, { minLength: 1, maxLength: 60 }), kortrijkish, fc.integer({ min: 50, max: 5000 }), fc.integer({ min: 100, max: 4000 }), (points, query, radius, cell) => {
        const grid = indexPointsInGrid(points, meters(cell));
        const brute = points.map((p, i) => ({ i, d: measureDistance(query, p) }));
        const within = grid.within(query, meters(radius)).map((w) => w.index).sort((a, b) => a - b);
        expect(within).toEqual(brute.filter((b) => b.d <= radius).map((b) => b.i));
        const best = brute.reduce((a, b) => (b.d < a.d ? b : a));
        expect(grid.nearest(query)!.distance).toBeCloseTo(best.d, 6);
      }),
      { numRuns: 200 },
    );
  });
  it('finds the nearest own-team site even when another team’s site is closer', () => {
    const r = findNearestSites([[3.27, 50.83]], ['noord'], [[3.2701, 50.8301], [3.30, 50.85]], ['zuid', 'noord']);
    expect(r[0]).toMatchObject({ nearest: 0, nearestOwn: 1 });
    expect(r[0]!.distanceOwn!).toBeGreaterThan(r[0]!.distance!);
  });
});

describe('computeCoverage', () => {
  it('counts population and need of areas within each radius', () => {
    const [walk, bike] = computeCoverage([400, 2500, null], [100, 50, 30], [10, 20, 5], [{ id: 'walk', radius: meters(1000) }, { id: 'bike', radius: meters(3000) }]);
    expect(walk).toMatchObject({ populationCovered: 100, populationTotal: 180, needCovered: 10, needTotal: 35, covered: [true, false, false] });
    expect(bike!.needShare).toBeCloseTo(30 / 35, 12);
  });
});

describe('computeTwoStepFloatingCatchment', () => {
  // Two sites 2 km apart on a parallel; three areas: at site A, midway, at site B. d₀ = 1.5 km.
  const A: LonLat = [3.0, 50.0];
  const B: LonLat = [3.0 + 2000 / (111_194.9 * Math.cos((50 * Math.PI) / 180)), 50.0];
  const mid: LonLat = [(A[0] + B[0]) / 2, 50.0];
  const demand = [{ position: A, need: 100 }, { position: mid, need: 200 }, { position: B, need: 300 }];
  const sites = [{ position: A, supply: 4 }, { position: B, supply: 6 }];
  it('matches the hand computation for plain 2SFCA', () => {
    // Rᴬ = 4 / (100 + 200) = 0.01333…, Rᴮ = 6 / (200 + 300) = 0.012.
    // Area at A: 13.33 per 1,000; midway: (0.01333 + 0.012)·1000 = 25.33; at B: 12.
    const r = computeTwoStepFloatingCatchment(demand, sites, { radius: meters(1500), decay: { kind: 'none' } });
    expect([...r.ratios].map((x) => Number(x.toFixed(6)))).toEqual([0.013333, 0.012]);
    expect([...r.accessibility].map((x) => Number(x.toFixed(4)))).toEqual([13.3333, 25.3333, 12]);
    // Supply is conserved: Σ Aᵢ·Pᵢ / 1000 = Σ S.
    expect(demand.reduce((s, d, i) => s + (r.accessibility[i]! * d.need) / 1000, 0)).toBeCloseTo(10, 9);
  });
  it('discounts with the Gaussian (E2SFCA): 1 at the site, 0 at d₀', () => {
    expect(gaussianDecay(0, 1500)).toBe(1);
    expect(gaussianDecay(1500, 1500)).toBeCloseTo(0, 12);
    expect(gaussianDecay(1000, 1500)).toBeCloseTo((Math.exp(-0.5 * (1000 / 1500) ** 2) - Math.exp(-0.5)) / (1 - Math.exp(-0.5)), 12);
    const r = computeTwoStepFloatingCatchment(demand, sites, { radius: meters(1500), decay: { kind: 'gaussian' } });
    expect(r.accessibility[0]).toBeGreaterThan(r.accessibility[1]!); // midway areas get less with decay
    expectGolden('analysis-functions', 'e2sfca-two-sites', { ratios: [...r.ratios], accessibility: [...r.accessibility] });
  });
});

describe('computeGapScores', () => {
  it('ranks high need with low reach first and says why', () => {
    const { ranked, scores, reasonsOf } = computeGapScores([
      { id: 'need', values: [1, 5, 3], weight: 1, direction: 1 },
      { id: 'reach', values: [0.6, 0.2, 0.4], weight: 1, direction: -1 },
    ]);
    expect(ranked.map((r) => r.index)).toEqual([1, 2, 0]);
    expect(reasonsOf(1).map((r) => r.component)).toEqual(['need', 'reach']);
    expect(reasonsOf(0)).toEqual([]);
    expect(scores[2]).toBeCloseTo(0, 12);
    expectGolden('analysis-functions', 'gap-three-areas', ranked.map((r) => ({ ...r, reasons: reasonsOf(r.index) })));
  });
});

describe('computePopulationWeightedPoint', () => {
  it('weights positions by population and falls back to the plain mean', () => {
    expect(computePopulationWeightedPoint([[3, 50], [4, 51]], [1, 3])).toEqual([3.75, 50.75]);
    expect(computePopulationWeightedPoint([[3, 50], [4, 51]], [0, null])).toEqual([3.5, 50.5]);
  });
});

describe('golden files of the engine functions (a 6-area fixture)', () => {
  const input = {
    positions: [[3.26, 50.82], [3.27, 50.83], [3.28, 50.84], [3.24, 50.80], [3.30, 50.78], [3.22, 50.85]] as LonLat[],
    teams: ['a', 'a', 'b', 'b', 'c', null] as (string | null)[],
    population: [1200, 800, 1500, 600, 300, 900],
    need: [300, 120, 250, 50, 20, 90],
    rates: [25, 15, 16.7, 8.3, 6.7, 10],
    centres: [[3.265, 50.825], [3.285, 50.845], [3.30, 50.79]] as LonLat[],
    centreTeams: ['a', 'b', 'c'],
  };
  it('need index (z-score and rank)', () => {
    const components = [
      { id: 'poverty', values: input.rates, weight: 2, polarity: 'higher_worse' as const },
      { id: 'income', values: [1900, 2100, 1800, 2300, 2400, null], weight: 1, polarity: 'higher_better' as const },
    ];
    expectGolden('analysis-functions', 'need-index', { z: computeNeedIndex(components, 'z-score'), rank: computeNeedIndex(components, 'rank') });
  });
  it('nearest sites, coverage and weighted capitation', () => {
    const nearest = findNearestSites(input.positions, input.teams, input.centres, input.centreTeams);
    const coverage = computeCoverage(nearest.map((n) => n.distance), input.population, input.need, [{ id: 'walk', radius: meters(1000) }, { id: 'bike', radius: meters(3000) }]);
    const relative = computeRelativeNeed([{ numerators: input.need, denominators: input.population, weight: 1 }]);
    const capitation = computeWeightedCapitation(input.teams.map((team, i) => ({ team, population: input.population[i]!, relativeNeed: relative[i]! })));
    expectGolden('analysis-functions', 'nearest-coverage-capitation', { nearest, coverage, relative, capitation });
  });
});
