import { describe, expect, it } from 'vitest';
import { missingForPlanner } from '../../../../renderer/features/planner/planner-readiness';

const territories = (n: number) => ({ level: 'sector', teamOf: new Map(Array.from({ length: n }, (_, i) => [`s${i}`, 'a'])) });
const fte = (value: number) => [{ teamId: 'a', period: 2024, profile: 'maatschappelijk werker', fte: value }];

describe('missingForPlanner', () => {
  it('lists teams, territories and FTE for a municipality opened from the built-in geography (its planner showed an empty staffing map)', () => {
    expect(missingForPlanner({ teams: [], territories: null, teamFte: [] })).toEqual(['teams', 'territories', 'fte']);
  });
  it('names only what is missing, in the order of Inrichten', () => {
    expect(missingForPlanner({ teams: [{ id: 'a', name: 'A' }], territories: territories(0), teamFte: fte(3) })).toEqual(['territories']);
    expect(missingForPlanner({ teams: [{ id: 'a', name: 'A' }], territories: territories(4), teamFte: fte(0) })).toEqual(['fte']);
  });
  it('is empty when teams cover areas and have staff', () => {
    expect(missingForPlanner({ teams: [{ id: 'a', name: 'A' }], territories: territories(4), teamFte: fte(2.5) })).toEqual([]);
  });
});
