import { describe, expect, it } from 'vitest';
import { createProject, parseProject, serializeProject } from '../../../../data/project';
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
      renamed: { c03: 'Buurthuis' },
      handEdited: true,
      territory: { '34022A00-': 'zuid' },
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
    expect(problems[1]!.message).toBe('plan.wijkzicht: scenarios[0].teamFte.noord must be a number from 0 to 10000, got "veel"');
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(0);
    // The Dutch UI gets them in Dutch (they were English only).
    expect(problems[1]!.messageNl).toBe('plan.wijkzicht: scenarios[0].teamFte.noord moet een getal van 0 tot 10000 zijn, niet "veel"');
    for (const p of problems) expect(p.fixNl && p.messageNl?.startsWith('plan.wijkzicht: ')).toBeTruthy();
  });

  it('regression: 1000000 in an FTE box — a project with teamFte 1e6 or 1e308 is refused, not opened', () => {
    for (const fte of [1e6, 1e308]) {
      const { problems } = readScenarios([{ id: 's1', name: 'A', teamFte: { noord: fte } }], 'p.wijkzicht');
      expect(problems.map((p) => p.path)).toEqual(['scenarios[0].teamFte.noord']);
    }
    const { problems } = readScenarios([{ id: 's1', name: 'A', totalFte: 1e308, minimum: 1e6, teamFte: { a: 6000, b: 6000 }, radii: { walk: 1e9 } }], 'p.wijkzicht');
    expect(problems.map((p) => p.path)).toEqual(['scenarios[0].totalFte', 'scenarios[0].minimum', 'scenarios[0].radii.walk', 'scenarios[0].teamFte']);
  });

  it('counts FTE in a file from before handEdited as set by hand (never overwritten unasked)', () => {
    expect(readScenarios([{ id: 's1', name: 'A', teamFte: { noord: 13 } }], 'p.wijkzicht').scenarios[0]!.handEdited).toBe(true);
    expect(readScenarios([{ id: 's1', name: 'A' }], 'p.wijkzicht').scenarios[0]!.handEdited).toBe(false);
  });

  it('refuses territory changes that are not area code → team id, in English and Dutch', () => {
    const { problems, scenarios } = readScenarios([{ id: 's1', name: 'A', territory: { X: 7, Y: 'zuid' } }, { id: 's2', name: 'B', territory: ['X'] }], 'plan.wijkzicht');
    expect(problems.map((p) => p.path)).toEqual(['scenarios[0].territory.X', 'scenarios[1].territory']);
    expect(problems[0]!.message).toBe('plan.wijkzicht: scenarios[0].territory.X must be a team id (a text), got 7');
    expect(problems[0]!.messageNl).toBe('plan.wijkzicht: scenarios[0].territory.X moet een team-id zijn (een tekst), maar is 7');
    expect(problems[1]!.fixNl).toMatch(/gebiedscode/);
    expect(scenarios[0]!.territory).toEqual({ Y: 'zuid' });
  });

  it('keeps territory changes through a saved and reopened project file', () => {
    const scenario = { ...emptyScenario('s1', 'Gebieden'), territory: { '34022A00-': 'zuid', '34022A01-': 'noord' } };
    const project = { ...createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: 'a'.repeat(64) }, 'nl'), scenarios: [scenario], activeScenarioId: 's1' };
    const parsed = parseProject(serializeProject(project), 'kortrijk.wijkzicht');
    if (!parsed.ok) throw new Error(parsed.problems[0]!.message);
    expect(readScenarios(parsed.project.scenarios, 'kortrijk.wijkzicht')).toEqual({ scenarios: [scenario], problems: [] });
  });
});
