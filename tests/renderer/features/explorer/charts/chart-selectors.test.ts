import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../../data/analysis/run-analysis';
import type { Database } from '../../../../../data/db/database';
import type { LoadedPackage } from '../../../../../data/package/model';
import { clearChartHighlight, highlightArea, highlightTeam, openAreaDetail } from '../../../../../renderer/features/explorer/charts/chart-linking';
import {
  analysisStatusOf,
  buildCaseloadChart,
  buildGapList,
  buildScatter,
  buildTeamFteChart,
  chartInputsOf,
  focusOf,
  formatDistance,
  provenanceNotes,
  selectCaseloadChart,
  selectChartFocus,
  selectGapList,
  selectScatter,
  selectTeamFteChart,
  shortTeamName,
  teamAreaCodes,
  type ChartInputs,
} from '../../../../../renderer/features/explorer/charts/chart-selectors';
import { inSlice, type AppState } from '../../../../../renderer/app/app-state';
import { setHovered } from '../../../../../renderer/features/explorer/state/selection-slice';
import { analyse, openDemo, stateWith } from './demo-fixture';

describe('chart selectors on Demostad', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let wijk: AnalysisRun;
  let sector: AnalysisRun;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    wijk = await analyse(db, pkg, 'wijk');
    sector = await analyse(db, pkg, 'sector');
  });
  afterAll(() => db.close());

  const inputs = (state: AppState): ChartInputs => chartInputsOf(state)!;

  it('draws nothing until the analysis of the shown level and period is in the store', () => {
    const ready = stateWith(pkg, wijk, { level: 'wijk' });
    expect(analysisStatusOf(ready)).toBe('ready');
    const other = { ...ready, view: { ...ready.view, level: 'sector' } };
    expect(analysisStatusOf(other)).toBe('computing');
    expect(chartInputsOf(other)).toBeNull();
    expect(analysisStatusOf({ ...ready, analysis: { ...ready.analysis, run: null } })).toBe('unavailable');
    expect(analysisStatusOf({ ...ready, pkg: { ...ready.pkg, current: null } })).toBe('no-package');
  });

  it('gives per team the FTE share, need share and target share, ordered by need, in Belgian notation', () => {
    const model = buildTeamFteChart(inputs(stateWith(pkg, wijk, { level: 'wijk' })))!;
    expect(model.rows).toHaveLength(pkg.teams.length);
    const sum = (pick: (r: (typeof model.rows)[number]) => number) => model.rows.reduce((s, r) => s + pick(r), 0);
    expect(sum((r) => r.fteShare)).toBeCloseTo(1, 9);
    expect(sum((r) => r.needShare)).toBeCloseTo(1, 9);
    expect(sum((r) => r.targetShare)).toBeCloseTo(1, 9);
    expect(model.rows.map((r) => r.needShare)).toEqual([...model.rows.map((r) => r.needShare)].sort((a, b) => b - a));
    for (const r of model.rows) expect(r.fteShare).toBeCloseTo(wijk.result.teams.find((t) => t.id === r.teamId)!.currentFte / wijk.result.totals.currentFte, 12);
    expect(model.rows[0]!.description).toMatch(/\d+,\d %/);
    expect(model.table.rows).toHaveLength(model.rows.length);
    expect(model.source.notes).toEqual(['synthetic', 'fictional']);
    expect(model.maxShare).toBeGreaterThanOrEqual(Math.max(...model.rows.map((r) => Math.max(r.fteShare, r.needShare, r.targetShare))));
  });

  it('shows no caseload for a team whose dossiers are suppressed, and says "afgeschermd"', () => {
    const team = wijk.result.teams[0]!;
    expect(team.caseloadNow).not.toBeNull();
    const hidden: AnalysisRun = { ...wijk, dossiersSuppressed: new Set([team.id]), result: { ...wijk.result, teams: wijk.result.teams.map((t) => (t.id === team.id ? { ...t, dossiers: null, caseloadNow: null, caseloadAfter: null } : t)) } };
    const model = buildCaseloadChart(inputs(stateWith(pkg, hidden, { level: 'wijk' })))!;
    const row = model.rows.find((r) => r.teamId === team.id)!;
    expect(row).toMatchObject({ caseload: null, status: 'suppressed', valueLabel: 'afgeschermd' });
    expect(model.summary).toContain('Afgeschermd');
    expect(model.table.rows.find((r) => r[0] === row.name)![1]).toBe('afgeschermd');
    // Shown teams come first, highest caseload first.
    const shown = model.rows.filter((r) => r.caseload !== null).map((r) => r.caseload!);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(model.rows[model.rows.length - 1]!.teamId).toBe(team.id);
  });

  it('lists the ten largest coverage gaps with reasons, team and distance to the own team’s centre', () => {
    const model = buildGapList(inputs(stateWith(pkg, sector, { level: 'sector' })));
    expect(model.rows).toHaveLength(10);
    expect(model.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(model.ranked).toBe(sector.result.areas.filter((a) => a.gapRank !== null).length);
    const first = model.rows[0]!;
    const area = sector.result.areas.find((a) => a.code === first.code)!;
    expect(first.distanceOwn).toBe(formatDistance(area.ownTeamCentre!.distance, 'nl'));
    expect(first.reasons.length).toBeGreaterThan(0);
    expect(first.teamName).toBe(pkg.teams.find((t) => t.id === area.team)!.name);
    expect(first.description).toContain(first.name);
  });

  it('names no team at the team level (the area is the team)', async () => {
    const teamRun = await analyse(db, pkg, 'team');
    const model = buildGapList(inputs(stateWith(pkg, teamRun, { level: 'team' })));
    expect(model.rows.length).toBe(pkg.teams.length);
    expect(model.rows.every((r) => r.teamName === null)).toBe(true);
    expect(model.rows[0]!.description).not.toMatch(/, team /);
    expect(buildScatter(inputs(stateWith(pkg, teamRun, { level: 'team' }))).points.every((p) => p.teamName === null)).toBe(true);
  });

  it('leaves areas with suppressed reach out of the scatter and counts them', () => {
    const suppressed = sector.result.areas.filter((a) => a.reachStatus === 'suppressed');
    expect(suppressed.length).toBeGreaterThan(0);
    const model = buildScatter(inputs(stateWith(pkg, sector, { level: 'sector' })));
    expect(model.suppressedCount).toBe(suppressed.length);
    const codes = new Set(model.points.map((p) => p.code));
    for (const a of suppressed) expect(codes.has(a.code)).toBe(false);
    expect(model.points.length + model.suppressedCount + model.missingCount).toBe(sector.result.areas.length);
    expect(model.points.map((p) => p.need)).toEqual([...model.points.map((p) => p.need)].sort((a, b) => a - b));
    // Nothing about a left-out area is in the model (the figures table included).
    const text = JSON.stringify(model);
    for (const a of suppressed) expect(text).not.toContain(a.code);
    for (const p of model.points) {
      expect(p.need).toBeGreaterThanOrEqual(model.domain.need[0]);
      expect(p.need).toBeLessThanOrEqual(model.domain.need[1]);
      expect(p.reach).toBeGreaterThanOrEqual(model.domain.reach[0]);
      expect(p.reach).toBeLessThanOrEqual(model.domain.reach[1]);
    }
    expect(model.ticks.need.every((x) => x >= model.domain.need[0] && x <= model.domain.need[1] + 1e-9)).toBe(true);
  });

  it('emphasises the chart elements of the area under the map pointer: its dot, its gap row and its team’s bars', () => {
    const base = stateWith(pkg, wijk, { level: 'wijk' });
    const gapTop = buildGapList(inputs(base)).rows[0]!;
    const hovered = inSlice('selection', setHovered(gapTop.code))(base);
    const team = wijk.result.areas.find((a) => a.code === gapTop.code)!.team!;
    const focus = selectChartFocus(hovered);
    expect(buildGapList(inputs(hovered)).rows.filter((r) => focus.codes.has(r.code)).map((r) => r.code)).toEqual([gapTop.code]);
    expect(buildTeamFteChart(inputs(hovered))!.rows.filter((r) => focus.teams.has(r.teamId)).map((r) => r.teamId)).toEqual([team]);
    expect(buildCaseloadChart(inputs(hovered))!.rows.filter((r) => focus.teams.has(r.teamId)).map((r) => r.teamId)).toEqual([team]);
    const points = buildScatter(inputs(hovered)).points.filter((p) => focus.codes.has(p.code)).map((p) => p.code);
    if (wijk.result.areas.find((a) => a.code === gapTop.code)!.reachStatus === 'shown') expect(points).toEqual([gapTop.code]);
    // Nothing is emphasised without a pointer.
    expect(selectChartFocus(base).codes.size).toBe(0);
    expect(selectChartFocus(base).teams.size).toBe(0);
  });

  it('a pointer move over the map gives the very same chart data; only the small focus changes', () => {
    const base = stateWith(pkg, wijk, { level: 'wijk' });
    const selectors = [selectTeamFteChart, selectCaseloadChart, selectGapList, selectScatter] as const;
    const before = selectors.map((select) => select(base));
    const focusBefore = selectChartFocus(base);
    for (const model of before) expect(model).not.toBeNull();
    let state = base;
    for (const area of wijk.result.areas.slice(0, 5)) {
      state = inSlice('selection', setHovered(area.code))(state);
      selectors.forEach((select, i) => expect(select(state)).toBe(before[i]));
      expect(selectChartFocus(state).codes.has(area.code)).toBe(true);
    }
    expect(selectChartFocus(state)).not.toBe(focusBefore);
    // A chart's own highlight and a click change no chart data either.
    const highlighted = highlightTeam(pkg.teams[0]!.id)(state);
    const clicked = openAreaDetail(wijk.result.areas[1]!.code)(highlighted);
    selectors.forEach((select, i) => {
      expect(select(highlighted)).toBe(before[i]);
      expect(select(clicked)).toBe(before[i]);
    });
    // The same selection gives the same focus object (components do not re-render for nothing).
    expect(selectChartFocus({ ...clicked })).toBe(selectChartFocus(clicked));
  });

  it('builds the chart data again when the language, level or period change', () => {
    const base = stateWith(pkg, wijk, { level: 'wijk' });
    const a = selectScatter(base);
    expect(selectScatter({ ...base })).toBe(a);
    expect(selectScatter({ ...base, ui: { ...base.ui, language: 'en' } })).not.toBe(a);
    expect(selectScatter(stateWith(pkg, sector, { level: 'sector' }))).not.toBe(a);
  });

  it('writes English numbers and words when the language is English', () => {
    const model = buildTeamFteChart(inputs(stateWith(pkg, wijk, { level: 'wijk', language: 'en' })))!;
    expect(model.rows[0]!.description).toMatch(/\d+\.\d %/);
    expect(model.table.headers[0]).toBe('Team');
    expect(buildScatter(inputs(stateWith(pkg, wijk, { level: 'wijk', language: 'en' }))).summary).toMatch(/shown/);
  });

  it('helpers: short team names, distances, provenance', () => {
    expect(shortTeamName('Wijkteam Zuidelijke Rand')).toBe('Zuidelijke Rand');
    expect(shortTeamName('Team Noord')).toBe('Noord');
    expect(shortTeamName('Noord')).toBe('Noord');
    expect(formatDistance(387, 'nl')).toBe('390 m');
    expect(formatDistance(2345, 'nl')).toBe('2,3 km');
    expect(formatDistance(2345, 'en')).toBe('2.3 km');
    expect(provenanceNotes({ ...pkg, provenance: { ...pkg.provenance, fictional: false, synthetic: [] } }, ['indicators'])).toEqual([]);
    const indicatorsResource = pkg.descriptor.resources.find((r) => r.role === 'indicators')!.name;
    expect(provenanceNotes({ ...pkg, provenance: { ...pkg.provenance, fictional: false, synthetic: [indicatorsResource] } }, ['indicators'])).toEqual(['synthetic']);
    expect(provenanceNotes({ ...pkg, provenance: { ...pkg.provenance, fictional: false, synthetic: [indicatorsResource] } }, ['team-fte'])).toEqual([]);
  });
});

describe('linking the charts to the map (app-state updaters)', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    run = await analyse(db, pkg, 'wijk');
  });
  afterAll(() => db.close());

  it('a team bar highlights the team’s areas at the shown level; pointing at it again changes nothing', () => {
    const base = stateWith(pkg, run, { level: 'wijk' });
    const team = pkg.teams[0]!.id;
    const s = highlightTeam(team)(base);
    expect(s.selection.highlightSource).toEqual({ kind: 'team', id: team });
    expect(s.selection.highlighted).toEqual(teamAreaCodes(run, team));
    expect(s.selection.highlighted.length).toBeGreaterThan(0);
    expect(highlightTeam(team)(s)).toBe(s);
    // The charts follow: the team's bars and its areas' rows are emphasised.
    const i = chartInputsOf(s)!;
    const focus = focusOf(s.analysis.run, s.selection);
    expect(buildTeamFteChart(i)!.rows.filter((r) => focus.teams.has(r.teamId)).map((r) => r.teamId)).toEqual([team]);
    for (const row of buildGapList(i).rows) expect(focus.codes.has(row.code)).toBe(run.result.areas.find((a) => a.code === row.code)!.team === team);
  });

  it('a gap row or dot highlights its area; leaving clears; choosing opens the detail tab', () => {
    const base = stateWith(pkg, run, { level: 'wijk' });
    const code = run.result.areas[3]!.code;
    const s = highlightArea(code)(base);
    expect(s.selection).toMatchObject({ highlighted: [code], highlightSource: { kind: 'area', id: code } });
    expect(highlightArea(code)(s)).toBe(s);
    expect(clearChartHighlight(s).selection).toMatchObject({ highlighted: [], highlightSource: null });
    expect(clearChartHighlight(base)).toBe(base);
    const opened = openAreaDetail(code)(s);
    expect(opened.selection.selected).toBe(code);
    expect(opened.ui.panel).toBe('detail');
    expect(opened.selection.highlighted).toEqual([]);
  });

  it('highlights nothing without an analysis', () => {
    const base = stateWith(pkg, null, { level: 'wijk' });
    expect(highlightTeam(pkg.teams[0]!.id)(base)).toBe(base);
  });
});
