import type { AppState } from '../../../app/app-state';
import { createTranslator, formatNumber, type Language, type Translate } from '../../../shared/i18n/i18n';
import type { ChartAxis, ChartDrawing } from '../../../shared/export';
import { formatValue } from '../../../map/colouring/format-value';
import { CHART_COLOURS } from './chart-parts';
import type { SourceLine } from './chart-helpers';
import { selectCaseloadChart, selectGapList, selectScatter, selectTeamFteChart } from './chart-selectors';
import type { GapListModel } from './gap-list-model';
import type { ScatterModel } from './scatter-model';
import type { CaseloadChartModel, TeamFteChartModel } from './team-chart-models';

/**
 * The charts for export as plain drawings (`ChartDrawing`, laid out by `chartScene`), built from the same
 * chart models the screen draws — never from the SVG on screen. Pure.
 */

export type ChartKind = 'team-fte' | 'caseload' | 'gaps' | 'scatter';

/** The source line with its "synthetisch" / "fictief" marks written in. */
export function sourceText(source: SourceLine, t: Translate): string {
  const marks = source.notes.map((note) => t(note === 'fictional' ? 'noteFictional' : 'noteSynthetic'));
  return [source.text, ...marks].join(' ');
}

/** Ticks from 0 to `max` in `count` steps, written by `label`. */
function linearAxis(max: number, count: number, label: (v: number) => string): ChartAxis {
  const ticks = Array.from({ length: count + 1 }, (_, i) => (max * i) / count).map((value) => ({ value, label: label(value) }));
  return { min: 0, max, ticks };
}

/** A round upper end for a value axis (1, 2, 2.5 or 5 times a power of ten, above `max`). */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const pct = (language: Language) => (v: number) => `${formatNumber(language, v * 100, 0)} %`;

/** A share axis from 0 to `max` (a multiple of 5 %) with ticks at round multiples of 5 %, at most 6 steps where it can. */
export function shareAxis(max: number, language: Language): ChartAxis {
  const steps = Math.max(1, Math.round(max / 0.05));
  let count = steps;
  while (count > 6 && count % 2 === 0) count /= 2;
  return linearAxis(max, count, pct(language));
}

/** Per team: FTE share and need share as bars, the target share as a diamond. */
export function teamFteDrawing(model: TeamFteChartModel, language: Language): ChartDrawing {
  const t = createTranslator(language);
  return {
    title: t('chartTeamFteTitle'),
    summary: model.summary,
    legend: [
      { label: t('chartFteShare'), colour: CHART_COLOURS.fte, shape: 'square' },
      { label: t('chartNeedShare'), colour: CHART_COLOURS.need, shape: 'square' },
      { label: t('chartTargetShare'), colour: CHART_COLOURS.target, shape: 'diamond' },
    ],
    plot: {
      kind: 'bars',
      categories: model.rows.map((r) => r.shortName),
      series: [
        { name: t('chartFteShare'), colour: CHART_COLOURS.fte, values: model.rows.map((r) => r.fteShare) },
        { name: t('chartNeedShare'), colour: CHART_COLOURS.need, values: model.rows.map((r) => r.needShare) },
      ],
      markers: [{ name: t('chartTargetShare'), colour: CHART_COLOURS.target, values: model.rows.map((r) => r.targetShare) }],
      axis: shareAxis(model.maxShare, language),
    },
    source: sourceText(model.source, t),
  };
}

/** Per team: caseload per FTE as a labelled bar; a suppressed team has no bar and says so. */
export function caseloadDrawing(model: CaseloadChartModel, language: Language): ChartDrawing {
  const t = createTranslator(language);
  const max = niceMax(model.maxCaseload);
  return {
    title: t('chartCaseloadTitle'),
    summary: model.summary,
    legend: [{ label: t('chartCaseloadUnit'), colour: CHART_COLOURS.caseload, shape: 'square' }],
    plot: {
      kind: 'bars',
      categories: model.rows.map((r) => r.shortName),
      notes: model.rows.map((r) => (r.status === 'shown' ? null : r.valueLabel)),
      series: [{ name: t('chartCaseloadUnit'), colour: CHART_COLOURS.caseload, values: model.rows.map((r) => r.caseload), labels: model.rows.map((r) => (r.status === 'shown' ? r.valueLabel : null)) }],
      axis: linearAxis(max, 4, (v) => formatNumber(language, v, 0)),
    },
    source: sourceText(model.source, t),
  };
}

/** The ranked coverage gaps as bars of their gap score, rank and name on the left. */
export function gapsDrawing(model: GapListModel, language: Language): ChartDrawing {
  const t = createTranslator(language);
  const max = niceMax(Math.max(0, ...model.rows.map((r) => r.scoreValue)));
  return {
    title: t('chartGapTitle'),
    summary: t('chartGapIntro', { top: model.rows.length, count: model.ranked, level: model.levelPlural }),
    legend: [{ label: t('gapScore'), colour: CHART_COLOURS.corner, shape: 'square' }],
    plot: {
      kind: 'bars',
      categories: model.rows.map((r) => `${r.rank}. ${r.name}`),
      series: [{ name: t('gapScore'), colour: CHART_COLOURS.corner, values: model.rows.map((r) => Math.max(0, r.scoreValue)), labels: model.rows.map((r) => r.score) }],
      axis: linearAxis(max, 4, (v) => formatNumber(language, v, 1)),
    },
    source: sourceText(model.source, t),
  };
}

/** Need index against reach: the points, the municipality's reach and need 0 as lines, the gap corner shaded. */
export function scatterDrawing(model: ScatterModel, language: Language): ChartDrawing {
  const t = createTranslator(language);
  const { need, reach } = model.domain;
  const idx = (v: number) => formatNumber(language, v, Number.isInteger(v) ? 0 : 1);
  const mean = model.meanReach;
  return {
    title: t('chartScatterTitle'),
    summary: model.summary,
    legend: [{ label: t('chartArea'), colour: CHART_COLOURS.point, shape: 'circle' }],
    plot: {
      kind: 'scatter',
      points: model.points.map((p) => ({ x: p.need, y: p.reach })),
      colour: CHART_COLOURS.point,
      x: { min: need[0], max: need[1], ticks: model.ticks.need.map((value) => ({ value, label: idx(value) })), title: `${t('chartNeedIndex')} →` },
      y: { min: reach[0], max: reach[1], ticks: model.ticks.reach.map((value) => ({ value, label: pct(language)(value) })), title: `${t('chartReach')} →` },
      lines: [
        { axis: 'x', value: 0 },
        ...(mean === null ? [] : [{ axis: 'y' as const, value: mean, label: t('scatterMean', { value: formatValue(mean, { kind: 'share' }, language) }) }]),
      ],
      ...(mean !== null && mean > reach[0] && need[1] > 0 ? { shade: { x0: 0, x1: need[1], y0: reach[0], y1: mean, colour: CHART_COLOURS.corner, label: t('scatterCornerLabel') } } : {}),
    },
    source: sourceText(model.source, t),
  };
}

/**
 * The drawing of one chart from the app state (its model's selector), or null while the chart has nothing
 * to draw.
 *
 * @example
 * chartDrawingOf(store.getState(), 'caseload')?.title // 'Caseload per VTE maatschappelijk werk'
 */
export function chartDrawingOf(state: AppState, kind: ChartKind): ChartDrawing | null {
  const language = state.ui.language;
  switch (kind) {
    case 'team-fte': {
      const model = selectTeamFteChart(state);
      return model ? teamFteDrawing(model, language) : null;
    }
    case 'caseload': {
      const model = selectCaseloadChart(state);
      return model ? caseloadDrawing(model, language) : null;
    }
    case 'gaps': {
      const model = selectGapList(state);
      return model && model.rows.length > 0 ? gapsDrawing(model, language) : null;
    }
    case 'scatter': {
      const model = selectScatter(state);
      return model && model.points.length > 0 ? scatterDrawing(model, language) : null;
    }
  }
}
