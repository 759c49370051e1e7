import { describe, expect, it } from 'vitest';
import { readScenarios } from '../../../../renderer/features/planner/read-scenarios';
import { emptyScenario } from '../../../../renderer/features/planner/state/scenario-slice';

describe('readScenarios', () => {
  it('reads a full scenario back as it was written', () => {
    const scenario = {
      ...emptyScenario('s1', '77 VTE'),
      totalFte: 77,
      teamFte: { noord: 13, zuid: 14.5 },
      method: 'hamilton' as const,
      minimum: 3,
      maxChange: 2,
      added: [{ id: 'added-1', name: 'Nieuwe locatie 1', team: 'zuid', lon: 3.26, lat: 50.8 }],
      moved: { c01: [3.25, 50.81] as const },
      closed: ['c02'],
      radii: { walk: 1200 },
    };
    expect(readScenarios([JSON.parse(JSON.stringify(scenario))], 'p.wijkzicht')).toEqual({ scenarios: [scenario], problems: [] });
  });

  it('gives fields left out their defaults', () => {
    expect(readScenarios([{ id: 's1', name: 'A' }], 'p.wijkzicht').scenarios).toEqual([emptyScenario('s1', 'A')]);
  });

  it('names the file, the JSON path and the fix for each wrong value', () => {
    const { problems } = readScenarios(
      [{ id: 's1', name: 'A', teamFte: { noord: 'veel', zuid: -1 }, method: 'loting', radii: { walk: 0 }, added: [{ id: 'x', name: 'X', lon: 999, lat: 50 }], moved: { c1: [3] }, closed: 'c2' }],
      'plan.wijkzicht',
    );
    expect(problems.map((p) => p.path)).toEqual([
      'scenarios[0].method',
      'scenarios[0].teamFte.noord',
      'scenarios[0].teamFte.zuid',
      'scenarios[0].radii.walk',
      'scenarios[0].closed',
      'scenarios[0].moved.c1',
      'scenarios[0].added[0]',
    ]);
    expect(problems[1]!.message).toBe('plan.wijkzicht: scenarios[0].teamFte.noord must be a number ≥ 0, got "veel"');
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(0);
  });
});
