import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../../data/analysis/run-analysis';
import type { Database } from '../../../../../data/db/database';
import type { LoadedPackage } from '../../../../../data/package/model';
import { caseloadDrawing, chartDrawingOf, niceMax, shareAxis, type ChartKind } from '../../../../../renderer/features/explorer/charts/chart-drawings';
import { selectCaseloadChart, selectScatter, selectTeamFteChart } from '../../../../../renderer/features/explorer/charts/chart-selectors';
import { chartScene } from '../../../../../renderer/shared/export/chart-scene';
import { textsOf } from '../../../../../renderer/shared/export/scene';
import { sceneToSvg } from '../../../../../renderer/shared/export/scene-to-svg';
import { analyse, openDemo, stateWith } from './demo-fixture';

describe('chart drawings for export, from the chart models (Demostad)', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let wijk: AnalysisRun;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    wijk = await analyse(db, pkg, 'wijk');
  }, 120_000);
  afterAll(() => db.close());

  it('draws every chart with its title, summary, legend and source with the fictional and synthetic marks', () => {
    const state = stateWith(pkg, wijk, { level: 'wijk' });
    for (const kind of ['team-fte', 'caseload', 'gaps', 'scatter'] as ChartKind[]) {
      const drawing = chartDrawingOf(state, kind)!;
      expect(drawing.title.length).toBeGreaterThan(3);
      expect(drawing.source).toMatch(/synthetisch.*fictief|fictief.*synthetisch/i);
      const svg = sceneToSvg(chartScene(drawing));
      expect(svg).toContain(`<title>${drawing.title}</title>`);
      expect(textsOf(chartScene(drawing), 'legend').length).toBe(drawing.legend.length);
    }
  });

  it('has one bar row per team with the model’s shares, the target as diamonds, nothing read from a page', () => {
    const state = stateWith(pkg, wijk, { level: 'wijk' });
    const model = selectTeamFteChart(state)!;
    const drawing = chartDrawingOf(state, 'team-fte')!;
    if (drawing.plot.kind !== 'bars') throw new Error('bars');
    expect(drawing.plot.categories).toEqual(model.rows.map((r) => r.shortName));
    expect(drawing.plot.series.map((s) => s.values)).toEqual([model.rows.map((r) => r.fteShare), model.rows.map((r) => r.needShare)]);
    expect(drawing.plot.markers![0]!.values).toEqual(model.rows.map((r) => r.targetShare));
    expect(drawing.plot.axis.ticks.at(-1)!.value).toBeCloseTo(model.maxShare, 9);
    const texts = textsOf(chartScene(drawing), 'plot');
    for (const row of model.rows) expect(texts).toContain(row.shortName);
  });

  it('gives a team whose dossiers are suppressed no bar and no number, only the word', () => {
    const real = selectCaseloadChart(stateWith(pkg, wijk, { level: 'wijk' }))!;
    // Demostad's teams all have enough dossiers: hide the first one as the analysis would.
    const model = { ...real, rows: real.rows.map((r, i) => (i === 0 ? { ...r, caseload: null, status: 'suppressed' as const, valueLabel: 'afgeschermd' } : r)) };
    const drawing = caseloadDrawing(model, 'nl');
    if (drawing.plot.kind !== 'bars') throw new Error('bars');
    expect(drawing.plot.series[0]!.values[0]).toBeNull();
    expect(drawing.plot.series[0]!.labels![0]).toBeNull();
    expect(drawing.plot.notes![0]).toBe('afgeschermd');
    expect(drawing.plot.series[0]!.values.slice(1)).toEqual(real.rows.slice(1).map((r) => r.caseload));
    const scene = chartScene(drawing);
    expect(textsOf(scene, 'plot')).toContain('afgeschermd');
    // The hidden team's bar is not drawn: one bar fewer than teams.
    const bars = scene.parts.find((p) => p.name === 'plot')!.marks.filter((m) => m.kind === 'rect');
    expect(bars).toHaveLength(real.rows.length - 1);
  });

  it('puts every scatter point of the model in the drawing, and the gap corner shaded when the reach is known', () => {
    const state = stateWith(pkg, wijk, { level: 'wijk' });
    const model = selectScatter(state)!;
    const drawing = chartDrawingOf(state, 'scatter')!;
    if (drawing.plot.kind !== 'scatter') throw new Error('scatter');
    expect(drawing.plot.points).toEqual(model.points.map((p) => ({ x: p.need, y: p.reach })));
    if (model.meanReach !== null) expect(drawing.plot.shade?.y1).toBe(model.meanReach);
  });

  it('draws nothing without an analysis of the shown view', () => {
    const state = stateWith(pkg, null, { level: 'wijk' });
    expect(chartDrawingOf(state, 'team-fte')).toBeNull();
  });

  it('rounds an axis end up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([niceMax(0), niceMax(0.7), niceMax(38), niceMax(45.2), niceMax(51), niceMax(240)]).toEqual([1, 1, 50, 50, 100, 250]);
  });
});

describe('shareAxis', () => {
  it('ticks at round multiples of 5 %, not at 7,5 %', () => {
    expect(shareAxis(0.3, 'nl').ticks.map((t) => t.label)).toEqual(['0 %', '5 %', '10 %', '15 %', '20 %', '25 %', '30 %']);
    expect(shareAxis(0.4, 'nl').ticks.map((t) => t.label)).toEqual(['0 %', '10 %', '20 %', '30 %', '40 %']);
    expect(shareAxis(0.05, 'en').ticks.map((t) => t.label)).toEqual(['0 %', '5 %']);
  });
});
