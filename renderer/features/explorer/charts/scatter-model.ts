import { analysisRolesOf } from '../../../../data/package';
import { createTranslator, levelLabel } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { indexText as index, labelOf, namesTeams, provenanceNotes, shareText as share, type SourceLine, type SummaryTable } from './chart-helpers';
import type { ChartInputs } from './chart-inputs';

export interface ScatterPoint {
  readonly code: string;
  readonly name: string;
  /** Need index (x). */
  readonly need: number;
  /** Reach (y), 0–1. */
  readonly reach: number;
  readonly teamName: string | null;
  readonly description: string;
}

export interface ScatterModel {
  /** Ordered by need index (the keyboard moves through them in this order). */
  readonly points: readonly ScatterPoint[];
  /** Areas left out because their reach is suppressed (it would reveal 1–4 known clients). */
  readonly suppressedCount: number;
  /** Areas left out for lack of data (no need index or no reach). */
  readonly missingCount: number;
  /** The municipality's reach, for a reference line; null when not shown. */
  readonly meanReach: number | null;
  readonly domain: { readonly need: readonly [number, number]; readonly reach: readonly [number, number] };
  /** Round tick values inside the domain (need every 0.5, reach every 10 or 20 %). */
  readonly ticks: { readonly need: readonly number[]; readonly reach: readonly number[] };
  readonly summary: string;
  readonly table: SummaryTable;
  readonly source: SourceLine;
}

/** The points of the scatter, and how many areas were left out (suppressed reach, or no data). */
function scatterPoints(inputs: ChartInputs): { points: ScatterPoint[]; suppressedCount: number; missingCount: number } {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const teamName = new Map(namesTeams(pkg, inputs.level) ? pkg.teams.map((x) => [x.id, x.name] as const) : []);
  let suppressedCount = 0;
  let missingCount = 0;
  const points: ScatterPoint[] = [];
  for (const a of run.result.areas) {
    if (a.reachStatus === 'suppressed') {
      suppressedCount++;
      continue;
    }
    if (a.reach === null || a.needIndex === null) {
      missingCount++;
      continue;
    }
    points.push({
      code: a.code,
      name: a.name,
      need: a.needIndex,
      reach: a.reach,
      teamName: a.team ? (teamName.get(a.team) ?? null) : null,
      description: t('scatterPoint', { name: a.name, need: index(a.needIndex, language), reach: share(a.reach, language) }),
    });
  }
  points.sort((p, q) => p.need - q.need || p.code.localeCompare(q.code));
  return { points, suppressedCount, missingCount };
}

const pad = (lo: number, hi: number, step: number): [number, number] => [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
const steps = (lo: number, hi: number, step: number) => Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => Math.round((lo + i * step) * 1000) / 1000);

/** Axis domains and round ticks around the points (and the municipality's reach). */
function scatterAxes(points: readonly ScatterPoint[], meanReach: number | null): Pick<ScatterModel, 'domain' | 'ticks'> {
  const needs = points.map((p) => p.need);
  const reaches = points.map((p) => p.reach);
  const needDomain = points.length > 0 ? pad(Math.min(0, ...needs), Math.max(0, ...needs), 0.5) : ([-1, 1] as [number, number]);
  // Reach from a round value below the lowest (not from 0: the spread matters), to one above the highest.
  const reachDomain = points.length > 0 ? pad(Math.max(0, Math.min(...reaches, meanReach ?? 1) - 0.05), Math.max(...reaches, meanReach ?? 0), 0.1) : ([0, 1] as [number, number]);
  const reachTop = Math.min(Math.max(reachDomain[1], 0.1), 1.5);
  const needStep = needDomain[1] - needDomain[0] > 4 ? 1 : 0.5;
  return {
    domain: { need: needDomain, reach: [reachDomain[0], reachTop] },
    ticks: { need: steps(Math.ceil(needDomain[0] / needStep) * needStep, needDomain[1], needStep), reach: steps(reachDomain[0], reachTop, reachTop - reachDomain[0] > 0.6 ? 0.2 : 0.1) },
  };
}

/**
 * One point per area: need index (x) against reach (y). Areas whose reach is suppressed are left out and
 * counted ("n gebieden zonder bereik (afgeschermd)"); so are areas without a need index or reach.
 *
 * @example
 * buildScatter(inputs).suppressedCount // 3
 */
export function buildScatter(inputs: ChartInputs): ScatterModel {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const { points, suppressedCount, missingCount } = scatterPoints(inputs);
  // The quadrant that matters: need above the mean (index > 0) and reach below the municipality's.
  const meanReach = run.result.totals.reach;
  const corner = meanReach === null ? [] : points.filter((p) => p.need > 0 && p.reach < meanReach);
  const level = MESSAGES[language].levelsPlural[inputs.level] ?? inputs.level;
  let summary = t('scatterSummary', { count: points.length, level });
  if (meanReach !== null) summary += ` ${t('scatterCorner', { count: corner.length, mean: share(meanReach, language) })}`;
  const roles = analysisRolesOf(pkg);
  const label = (id: string) => {
    const d = pkg.definitions.find((x) => x.id === id);
    return d ? labelOf(d, language).toLowerCase() : id;
  };
  return {
    points,
    suppressedCount,
    missingCount,
    meanReach,
    ...scatterAxes(points, meanReach),
    summary,
    table: {
      caption: t('chartScatterTitle'),
      headers: [t('chartArea'), t('chartNeedIndex'), t('chartReach')],
      rows: points.map((p) => [p.name, index(p.need, language), share(p.reach, language)]),
    },
    source: {
      text: t('chartScatterSource', { clients: label(roles.clients), need: label(roles.need), level: levelLabel(language, inputs.level).toLowerCase(), period: inputs.period }),
      notes: provenanceNotes(pkg, ['indicators']),
    },
  };
}
