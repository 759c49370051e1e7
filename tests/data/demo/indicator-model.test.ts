import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { DEMO_PERIODS, INDICATOR_DEFINITIONS, INDICATOR_IDS, drawCount, modelSectorIndicators, populationDensityAt } from '../../../data/demo/indicator-model';

describe('indicator model', () => {
  it('defines the 13 Kortrijk indicators, sensitive where Kortrijk is', () => {
    expect(INDICATOR_DEFINITIONS.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    expect(INDICATOR_DEFINITIONS.filter((d) => d.sensitive === 'yes').map((d) => d.id)).toEqual([
      'leefloon_persons',
      'kansarm_births',
      'budgetmeter_households',
      'known_clients',
      'open_dossiers',
      'help_requests',
    ]);
  });

  it('draws counts with the right mean, small values included', () => {
    const random = createSeededRandom(3);
    for (const mean of [0.5, 3, 12, 50, 400]) {
      const draws = Array.from({ length: 4000 }, () => drawCount(mean, random));
      const average = draws.reduce((a, b) => a + b, 0) / draws.length;
      expect(Math.abs(average - mean) / mean).toBeLessThan(0.05);
      expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
    }
    expect(drawCount(0, random)).toBe(0);
    expect(() => drawCount(-1, random)).toThrow(RangeError);
  });

  it('is densest in the town centre', () => {
    const focus = { townCentre: [0, 0] as const, villageCores: [[3000, 0] as const], hotspot: [0, 2000] as const };
    expect(populationDensityAt([0, 0], focus)).toBeGreaterThan(7500);
    expect(populationDensityAt([-4000, -3000], focus)).toBeLessThan(400);
  });

  it('gives known clients falling with distance to a centre, and nested counts', () => {
    const sector = (code: string, distance: number) => ({ code, population2024: 5000, densityPerKm2: 5000, deprivation: 0.5, distanceToNearestCentreMeters: distance });
    const values = modelSectorIndicators([sector('near', 0), sector('far', 3000)], createSeededRandom(1));
    const near = values.get('near')!.get(2024)!;
    const far = values.get('far')!.get(2024)!;
    expect(near.known_clients / near.est_poverty_persons).toBeGreaterThan(0.55);
    expect(far.known_clients / far.est_poverty_persons).toBeLessThan(0.35);
    for (const period of DEMO_PERIODS) {
      const v = values.get('near')!.get(period)!;
      expect(v.open_dossiers).toBeLessThanOrEqual(v.known_clients);
      expect(v.kansarm_births).toBeLessThanOrEqual(v.births);
    }
    expect(near.population).toBe(5000);
  });
});
