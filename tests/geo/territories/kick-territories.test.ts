import { describe, expect, it } from 'vitest';
import { kickTerritories } from '../../../geo/territories';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';

const strip = { weights: [1, 1, 1, 1, 1], centroids: [[0, 0], [0, 0.01], [0, 0.02], [0, 0.03], [0, 0.04]] as const, neighbours: [[1], [0, 2], [1, 3], [2, 4], [3]], fixedTeam: [0, -1, -1, -1, 1], currentTeam: [-1, -1, -1, -1, -1], shares: [1, 1] };

describe('kickTerritories', () => {
  it('moves boundary units only, never a location unit, keeps each team one piece, and is deterministic for a seed', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const team = kickTerritories(strip, [0, 0, 1, 1, 1], createSeededRandom(seed), 3);
      expect(team[0]).toBe(0);
      expect(team[4]).toBe(1);
      // on a strip two contiguous teams are a prefix and a suffix
      expect(team.join('')).toMatch(/^0+1+$/);
      expect(kickTerritories(strip, [0, 0, 1, 1, 1], createSeededRandom(seed), 3)).toEqual(team);
    }
  });

  it('leaves the plan alone with 0 steps and checks steps', () => {
    expect(kickTerritories(strip, [0, 0, 1, 1, 1], () => 0.3, 0)).toEqual([0, 0, 1, 1, 1]);
    expect(() => kickTerritories(strip, [0, 0, 1, 1, 1], () => 0.3, -1)).toThrow(RangeError);
  });
});
