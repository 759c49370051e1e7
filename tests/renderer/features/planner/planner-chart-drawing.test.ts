import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package/model';
import { plannerChartDrawing } from '../../../../renderer/features/planner/planner-exports';
import type { PlannerModel, PlannerTeamRow } from '../../../../renderer/features/planner/planner-model';
import { emptyScenario } from '../../../../renderer/features/planner/state/scenario-slice';
import { chartScene } from '../../../../renderer/shared/export/chart-scene';
import { textsOf } from '../../../../renderer/shared/export/scene';
import { sceneToSvg } from '../../../../renderer/shared/export/scene-to-svg';
import { openDemo, stateWith } from '../explorer/charts/demo-fixture';

const row = (id: string, caseloadCompare: number | null, caseloadScenario: number | null): PlannerTeamRow => ({
  id,
  name: `Wijkteam ${id}`,
  fteNow: 10,
  needShare: 0.2,
  targetFte: 10,
  fteScenario: 11,
  fteCompare: 10,
  caseloadCompare,
  caseloadScenario,
  distanceOwnM: null,
  distanceCompareM: null,
  violations: [],
});

// Only what the drawing reads of a planner model.
const model = (teams: PlannerTeamRow[]) => ({ scenario: emptyScenario('s1', 'Plan 2030'), compareLabel: 'baseline', teams }) as unknown as PlannerModel;

describe('the planner chart drawn from the planner model and the export model (Demostad)', () => {
  let db: Database;
  let pkg: LoadedPackage;
  beforeAll(async () => ({ pkg, db } = await openDemo()), 60_000);
  afterAll(() => db.close());

  it('has the comparison’s and the scenario’s caseload per team, a hidden caseload as a word, and the fictional and synthetic notes', () => {
    const state = stateWith(pkg, null, { level: 'wijk' });
    const drawing = plannerChartDrawing(state, model([row('Noord', 20.04, 17.86), row('Zuid', null, null)]));
    expect(drawing.title).toBe('Caseload per VTE: vandaag (basis) en Plan 2030');
    if (drawing.plot.kind !== 'bars') throw new Error('bars');
    expect(drawing.plot.categories).toEqual(['Noord', 'Zuid']);
    expect(drawing.plot.series.map((s) => s.values)).toEqual([[20.04, null], [17.86, null]]);
    expect(drawing.plot.series.map((s) => s.labels)).toEqual([['20,0', null], ['17,9', null]]);
    expect(drawing.plot.notes).toEqual([null, 'afgeschermd']);
    expect(drawing.source).toMatch(/^Demostad · wijken · \d{4} · .*MapLibre · fictief · synthetische data$/);
    const scene = chartScene(drawing);
    expect(textsOf(scene, 'legend')).toEqual(['vandaag (basis)', 'Plan 2030']);
    expect(textsOf(scene, 'plot')).toContain('afgeschermd');
    expect(sceneToSvg(scene)).not.toMatch(/>[1-4]<\/text>/); // no count of 1–4 written anywhere
  });
});
