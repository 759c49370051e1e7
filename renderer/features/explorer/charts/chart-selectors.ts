import type { AnalysisRun } from '../../../../data/analysis';
import { analysisRolesOf } from '../../../../data/package';
import type { IndicatorDefinition, LoadedPackage } from '../../../../data/package';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { createTranslator, formatNumber, levelLabel, type Language, type Translate } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { formatValue } from '../../../map/colouring/format-value';
import type { AppState } from '../../../app/app-state';
import type { SelectionState } from '../state/selection-slice';

/**
 * Pure functions from the app state to what the charts draw. Every number in a model is one the app may
 * show: the analysis run already hides suppressed reach and dossiers, and the builders keep it that way
 * (a suppressed team's caseload is `null` and labelled "afgeschermd"; an area with suppressed reach is left
 * out of the scatter and only counted).
 */

/** What every chart needs: the package, the analysis of the shown level and period, the pointer, the language. */
export interface ChartInputs {
  readonly pkg: LoadedPackage;
  readonly run: AnalysisRun;
  readonly level: string;
  readonly period: number;
  readonly hovered: string | null;
  readonly highlighted: readonly string[];
  readonly highlightSource: SelectionState['highlightSource'];
  readonly selected: string | null;
  readonly language: Language;
}

export type AnalysisStatus = 'no-package' | 'computing' | 'failed' | 'unavailable' | 'ready';

/** Whether the charts can be drawn: the analysis must be the one of the view's level and period. */
export function analysisStatusOf(state: AppState): AnalysisStatus {
  if (!state.pkg.current) return 'no-package';
  const wanted = `${state.view.level}|${state.view.period}`;
  if (!state.analysis.computing && state.analysis.error?.key === wanted) return 'failed';
  if (state.analysis.key !== wanted || state.analysis.computing) return 'computing';
  return state.analysis.run ? 'ready' : 'unavailable';
}

/** The inputs of the chart builders, or null while there is no analysis of the current view. */
export function chartInputsOf(state: AppState): ChartInputs | null {
  if (analysisStatusOf(state) !== 'ready') return null;
  const { selection } = state;
  return {
    pkg: state.pkg.current!,
    run: state.analysis.run!,
    level: state.view.level,
    period: state.view.period,
    hovered: selection.hovered,
    highlighted: selection.highlighted,
    highlightSource: selection.highlightSource,
    selected: selection.selected,
    language: state.ui.language,
  };
}

// ————————————————————————————————————————————— shared helpers

/** "Wijkteam Centrum" → "Centrum": the short name used on axes. */
export const shortTeamName = (name: string): string => name.replace(/^(wijk)?team\s+/i, '') || name;

export const labelOf = (d: Pick<IndicatorDefinition, 'labelNl' | 'labelEn'>, language: Language): string => (language === 'nl' ? d.labelNl : d.labelEn);

/** A mark beside a source line: the figures are synthetic (modelled), or the whole town is fictional. */
export type ProvenanceNote = 'synthetic' | 'fictional';

/**
 * What to say about the figures behind a chart: "synthetic" when one of the resources with the given roles
 * (e.g. `indicators`, `team-fte`) is marked synthetic (a fictional package marks all), and "fictional" too
 * when the package is a made-up town.
 *
 * @example
 * provenanceNotes(kortrijk, ['indicators']) // ['synthetic']
 */
export function provenanceNotes(pkg: LoadedPackage, roles: readonly string[]): ProvenanceNote[] {
  const names = new Set(pkg.descriptor.resources.filter((r) => roles.includes(r.role)).map((r) => r.name));
  const notes: ProvenanceNote[] = [];
  if (pkg.provenance.synthetic.some((name) => names.has(name))) notes.push('synthetic');
  if (pkg.provenance.fictional) notes.push('fictional');
  return notes;
}

/** A distance in metres as the UI writes it: "850 m", "2,3 km". */
export function formatDistance(meters: number, language: Language): string {
  return meters < 1000 ? `${formatNumber(language, Math.round(meters / 10) * 10, 0)} m` : `${formatNumber(language, meters / 1000, 1)} km`;
}

const share = (x: number, language: Language) => formatValue(x, { kind: 'share' }, language);
const index = (x: number, language: Language) => formatValue(x, { kind: 'index' }, language);

/** Which areas and teams the charts emphasise: the area under the map pointer, or what a chart highlights. */
interface Focus {
  readonly codes: ReadonlySet<string>;
  readonly teams: ReadonlySet<string>;
}

function focusOf(inputs: ChartInputs): Focus {
  const codes = new Set<string>(inputs.highlighted);
  if (inputs.hovered) codes.add(inputs.hovered);
  const teamOf = new Map(inputs.run.result.areas.map((a) => [a.code, a.team] as const));
  const teams = new Set<string>();
  if (inputs.highlightSource?.kind === 'team') teams.add(inputs.highlightSource.id);
  else for (const code of codes) {
    const team = teamOf.get(code);
    if (team) teams.add(team);
  }
  if (inputs.hovered) {
    const team = teamOf.get(inputs.hovered);
    if (team) teams.add(team);
  }
  return { codes, teams };
}

/**
 * Whether an area's team is worth naming at a level: not for team territories (the area is the team) nor
 * for a one-area level (the municipality has no one team; the engine gives it the largest).
 */
export function namesTeams(pkg: LoadedPackage, level: string): boolean {
  return level !== 'team' && (pkg.levels.find((l) => l.level === level)?.areas.features.length ?? 0) > 1;
}

/** The area codes of a team at the analysed level: what a team's bar highlights on the map. */
export function teamAreaCodes(run: AnalysisRun, teamId: string): string[] {
  return run.result.areas.filter((a) => a.team === teamId).map((a) => a.code);
}

/** The line under a chart: its source or method, and whether the figures are synthetic. */
export interface SourceLine {
  readonly text: string;
  readonly notes: readonly ProvenanceNote[];
}

/** A small table with the chart's numbers, for screen readers (and anyone who wants the figures). */
export interface SummaryTable {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

// ————————————————————————————————————————————— FTE share against need share, per team

export interface TeamShareRow {
  readonly teamId: string;
  readonly name: string;
  readonly shortName: string;
  /** Share of today's social-worker FTE (0–1). */
  readonly fteShare: number;
  /** Share of the persons in need (0–1). */
  readonly needShare: number;
  /** Weighted-capitation share: the FTE share the need would justify (0–1). */
  readonly targetShare: number;
  readonly fte: number;
  readonly highlighted: boolean;
  /** Text for assistive technology and the tooltip. */
  readonly description: string;
}

export interface TeamFteChartModel {
  readonly rows: readonly TeamShareRow[];
  /** Upper end of the share axis (a little above the largest share). */
  readonly maxShare: number;
  readonly summary: string;
  readonly table: SummaryTable;
  readonly source: SourceLine;
}

/**
 * Per team: its share of today's social-worker FTE against its share of the persons in need, and the
 * weighted-capitation target share; teams ordered by need share. The summary names the team whose FTE share
 * falls furthest below its need share.
 *
 * @example
 * buildTeamFteChart(inputs).rows[0] // { teamId: 'centrum', fteShare: 0.18, needShare: 0.24, targetShare: 0.22, … }
 */
export function buildTeamFteChart(inputs: ChartInputs): TeamFteChartModel | null {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const teams = run.result.teams;
  if (teams.length === 0) return null;
  const totalFte = run.result.totals.currentFte;
  const focus = focusOf(inputs);
  const nameOf = new Map(pkg.teams.map((x) => [x.id, x.name] as const));
  const rows: TeamShareRow[] = teams
    .map((team) => {
      const name = nameOf.get(team.id) ?? team.id;
      const fteShare = totalFte > 0 ? team.currentFte / totalFte : 0;
      return {
        teamId: team.id,
        name,
        shortName: shortTeamName(name),
        fteShare,
        needShare: team.needShare,
        targetShare: team.targetShare,
        fte: team.currentFte,
        highlighted: focus.teams.has(team.id),
        description: t('chartTeamRow', { team: name, fte: share(fteShare, language), need: share(team.needShare, language), target: share(team.targetShare, language) }),
      };
    })
    .sort((a, b) => b.needShare - a.needShare || a.teamId.localeCompare(b.teamId));
  const maxShare = Math.max(0.05, ...rows.flatMap((r) => [r.fteShare, r.needShare, r.targetShare]));
  const gap = [...rows].sort((a, b) => b.needShare - b.fteShare - (a.needShare - a.fteShare))[0]!;
  const summary =
    gap.needShare - gap.fteShare > 0.005
      ? t('chartTeamSummary', { team: gap.name, fte: share(gap.fteShare, language), need: share(gap.needShare, language) })
      : t('chartTeamSummaryBalanced');
  const roles = analysisRolesOf(pkg);
  const needDefinition = pkg.definitions.find((d) => d.id === roles.need);
  return {
    rows,
    maxShare: Math.min(1, Math.ceil((maxShare * 1.1) / 0.05) * 0.05),
    summary,
    table: {
      caption: t('chartTeamFteTitle'),
      headers: [t('chartTeam'), t('chartFteShare'), t('chartNeedShare'), t('chartTargetShare')],
      rows: rows.map((r) => [r.name, share(r.fteShare, language), share(r.needShare, language), share(r.targetShare, language)]),
    },
    source: {
      text: t('chartTeamFteSource', { ftePeriod: run.input.ftePeriod ?? '–', need: needDefinition ? labelOf(needDefinition, language).toLowerCase() : roles.need, period: inputs.period }),
      notes: provenanceNotes(pkg, ['indicators', 'team-fte']),
    },
  };
}

// ————————————————————————————————————————————— caseload per social-worker FTE, per team

export interface CaseloadRow {
  readonly teamId: string;
  readonly name: string;
  readonly shortName: string;
  /** Open dossiers per social-worker FTE; null when the team's dossiers are suppressed or unknown. */
  readonly caseload: number | null;
  readonly status: 'shown' | 'suppressed' | 'missing';
  /** "45,2" or "afgeschermd" or "geen gegevens". */
  readonly valueLabel: string;
  readonly highlighted: boolean;
  readonly description: string;
}

export interface CaseloadChartModel {
  readonly rows: readonly CaseloadRow[];
  readonly maxCaseload: number;
  readonly summary: string;
  readonly table: SummaryTable;
  readonly source: SourceLine;
}

/**
 * Per team: open dossiers per social-worker FTE today. A team whose dossier count is suppressed (small
 * count, or hidden so that none can be worked out) gets no bar and says "afgeschermd".
 */
export function buildCaseloadChart(inputs: ChartInputs): CaseloadChartModel | null {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  if (run.result.teams.length === 0) return null;
  const focus = focusOf(inputs);
  const nameOf = new Map(pkg.teams.map((x) => [x.id, x.name] as const));
  const rows: CaseloadRow[] = run.result.teams
    .map((team) => {
      const name = nameOf.get(team.id) ?? team.id;
      const suppressed = run.dossiersSuppressed.has(team.id);
      const caseload = suppressed ? null : team.caseloadNow;
      const status: CaseloadRow['status'] = suppressed ? 'suppressed' : caseload === null ? 'missing' : 'shown';
      const valueLabel = status === 'suppressed' ? t('chartSuppressed') : caseload === null ? t('chartNoData') : formatNumber(language, caseload, 1);
      return {
        teamId: team.id,
        name,
        shortName: shortTeamName(name),
        caseload,
        status,
        valueLabel,
        highlighted: focus.teams.has(team.id),
        description: t('chartCaseloadRow', { team: name, value: valueLabel }),
      };
    })
    .sort((a, b) => (b.caseload ?? -1) - (a.caseload ?? -1) || a.teamId.localeCompare(b.teamId));
  const shown = rows.filter((r) => r.caseload !== null);
  const hidden = rows.filter((r) => r.status === 'suppressed');
  let summary =
    shown.length > 0
      ? t('chartCaseloadSummary', { high: shown[0]!.name, highValue: shown[0]!.valueLabel, low: shown[shown.length - 1]!.name, lowValue: shown[shown.length - 1]!.valueLabel })
      : t('chartNoData');
  if (hidden.length > 0) summary += ` ${t('chartCaseloadHidden', { teams: hidden.map((r) => r.name).join(', ') })}`;
  const roles = analysisRolesOf(pkg);
  const caseloadDefinition = pkg.definitions.find((d) => d.id === roles.caseload);
  return {
    rows,
    maxCaseload: Math.max(1, ...shown.map((r) => r.caseload!)),
    summary,
    table: { caption: t('chartCaseloadTitle'), headers: [t('chartTeam'), t('chartCaseloadUnit')], rows: rows.map((r) => [r.name, r.valueLabel]) },
    source: {
      text: t('chartCaseloadSource', { caseload: caseloadDefinition ? labelOf(caseloadDefinition, language).toLowerCase() : roles.caseload, period: inputs.period, ftePeriod: run.input.ftePeriod ?? '–', threshold: DEFAULT_SUPPRESSION_THRESHOLD }),
      notes: provenanceNotes(pkg, ['indicators', 'team-fte']),
    },
  };
}

// ————————————————————————————————————————————— ranked coverage gaps

export interface GapRow {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly score: string;
  readonly teamName: string | null;
  /** Distance to the nearest centre of the area's own team, written out ("2,3 km"), or null. */
  readonly distanceOwn: string | null;
  /** The components that raise the gap, strongest first, as short phrases. */
  readonly reasons: readonly string[];
  readonly highlighted: boolean;
  readonly selected: boolean;
  readonly description: string;
}

export interface GapListModel {
  readonly rows: readonly GapRow[];
  /** Areas ranked in all (the list shows the top ones). */
  readonly ranked: number;
  readonly levelPlural: string;
  readonly source: SourceLine;
}

/** The phrase for one reason of a gap, with its value where it helps. */
export function reasonText(reason: { component: string; value: number | null }, t: Translate, language: Language): string {
  const v = reason.value;
  switch (reason.component) {
    case 'need':
      return t('gapReasonNeed', { value: v === null ? '–' : index(v, language) });
    case 'distance':
      return t('gapReasonDistance', { value: v === null ? '–' : formatDistance(v, language) });
    case 'reach':
      return t('gapReasonReach', { value: v === null ? '–' : share(v, language) });
    case 'access':
      return t('gapReasonAccess', { value: v === null ? '–' : formatNumber(language, v, 1) });
    default:
      return reason.component;
  }
}

/**
 * The areas of the analysed level with the largest coverage gap (rank 1 first), each with the reasons
 * (high need, far from its own team's centre, low reach, little FTE within reach), its team and the distance
 * to its own team's nearest centre.
 */
export function buildGapList(inputs: ChartInputs, top = 10): GapListModel {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const focus = focusOf(inputs);
  const teamName = new Map(namesTeams(pkg, inputs.level) ? pkg.teams.map((x) => [x.id, x.name] as const) : []);
  const indexed = run.result.areas.map((a, i) => ({ a, i })).filter((x) => x.a.gapRank !== null);
  indexed.sort((x, y) => x.a.gapRank! - y.a.gapRank!);
  const rows: GapRow[] = indexed.slice(0, top).map(({ a, i }) => {
    const reasons = run.result.explainGap(i).map((r) => reasonText(r, t, language));
    const distanceOwn = a.ownTeamCentre ? formatDistance(a.ownTeamCentre.distance, language) : null;
    const team = a.team ? (teamName.get(a.team) ?? null) : null;
    return {
      code: a.code,
      name: a.name,
      rank: a.gapRank!,
      score: index(a.gapScore ?? 0, language),
      teamName: team,
      distanceOwn,
      reasons,
      highlighted: focus.codes.has(a.code),
      selected: inputs.selected === a.code,
      description: t('gapRowDescription', {
        rank: a.gapRank!,
        name: a.name,
        details: [team ? t('gapTeamPart', { team }) : null, distanceOwn ? t('gapDistanceOwn', { distance: distanceOwn }) : null]
          .filter((x): x is string => x !== null)
          .map((x) => `, ${x}`)
          .join(''),
        reasons: reasons.length > 0 ? reasons.join('; ') : t('gapNoReason'),
      }),
    };
  });
  return {
    rows,
    ranked: indexed.length,
    levelPlural: MESSAGES[language].levelsPlural[inputs.level] ?? inputs.level,
    source: { text: t('chartGapSource', { level: levelLabel(language, inputs.level).toLowerCase(), period: inputs.period }), notes: provenanceNotes(pkg, ['indicators', 'team-fte']) },
  };
}

// ————————————————————————————————————————————— need against reach

export interface ScatterPoint {
  readonly code: string;
  readonly name: string;
  /** Need index (x). */
  readonly need: number;
  /** Reach (y), 0–1. */
  readonly reach: number;
  readonly teamName: string | null;
  readonly highlighted: boolean;
  readonly selected: boolean;
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

/**
 * One point per area: need index (x) against reach (y). Areas whose reach is suppressed are left out and
 * counted ("n gebieden zonder bereik (afgeschermd)"); so are areas without a need index or reach.
 */
export function buildScatter(inputs: ChartInputs): ScatterModel {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const focus = focusOf(inputs);
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
      highlighted: focus.codes.has(a.code),
      selected: inputs.selected === a.code,
      description: t('scatterPoint', { name: a.name, need: index(a.needIndex, language), reach: share(a.reach, language) }),
    });
  }
  points.sort((p, q) => p.need - q.need || p.code.localeCompare(q.code));
  const needs = points.map((p) => p.need);
  const reaches = points.map((p) => p.reach);
  const pad = (lo: number, hi: number, step: number): [number, number] => [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  const needDomain = points.length > 0 ? pad(Math.min(0, ...needs), Math.max(0, ...needs), 0.5) : ([-1, 1] as [number, number]);
  // Reach from a round value below the lowest (not from 0: the spread matters), to one above the highest.
  const reachDomain = points.length > 0 ? pad(Math.max(0, Math.min(...reaches, run.result.totals.reach ?? 1) - 0.05), Math.max(...reaches, run.result.totals.reach ?? 0), 0.1) : ([0, 1] as [number, number]);
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
  const reachTop = Math.min(Math.max(reachDomain[1], 0.1), 1.5);
  const steps = (lo: number, hi: number, step: number) => Array.from({ length: Math.round((hi - lo) / step) + 1 }, (_, i) => Math.round((lo + i * step) * 1000) / 1000);
  const needStep = needDomain[1] - needDomain[0] > 4 ? 1 : 0.5;
  return {
    points,
    suppressedCount,
    missingCount,
    meanReach,
    domain: { need: needDomain, reach: [reachDomain[0], reachTop] },
    ticks: { need: steps(Math.ceil(needDomain[0] / needStep) * needStep, needDomain[1], needStep), reach: steps(reachDomain[0], reachTop, reachTop - reachDomain[0] > 0.6 ? 0.2 : 0.1) },
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

// ————————————————————————————————————————————— memoised selectors for components

/** Memoises a builder on the identity of its inputs' parts, so components re-render only on real change. */
function memoOnInputs<T>(build: (inputs: ChartInputs) => T): (state: AppState) => T | null {
  let last: { parts: readonly unknown[]; value: T | null } | null = null;
  return (state) => {
    const s = state.selection;
    const parts = [state.pkg.current, state.analysis.run, state.analysis.key, state.analysis.computing, state.view.level, state.view.period, s.hovered, s.highlighted, s.highlightSource, s.selected, state.ui.language];
    if (last && last.parts.every((p, i) => Object.is(p, parts[i]))) return last.value;
    const inputs = chartInputsOf(state);
    const value = inputs ? build(inputs) : null;
    last = { parts, value };
    return value;
  };
}

export const selectTeamFteChart = memoOnInputs(buildTeamFteChart);
export const selectCaseloadChart = memoOnInputs(buildCaseloadChart);
export const selectGapList = memoOnInputs((inputs) => buildGapList(inputs));
export const selectScatter = memoOnInputs(buildScatter);
