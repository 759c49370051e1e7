import type { AnalysisRun } from '../../../../data/analysis';
import { packageText, type IndicatorDefinition, type LoadedPackage } from '../../../../data/package';
import type { AreaDetailRow, AreaDetailStatus } from '../../../../data/queries';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { createTranslator, formatNumber, LOCALE, levelLabel, type Language, type Translate } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { formatValue } from '../../../map/colouring/format-value';
import type { AppState } from '../../../app/app-state';
import { groupByTheme } from '../state/indicator-themes';
import { formatDistance, labelOf, namesTeams, provenanceNotes, reasonText, type SourceLine } from '../charts/chart-selectors';
import type { AreaDetailsEntry } from '../state/area-details-slice';
import { scoreInWords, type ScoreWords } from './score-words';

/**
 * Pure functions from the app state and the loaded figures to what the detail panel shows. The figures
 * arrive already suppressed (see data/queries/area-details.ts); these functions only write them out, and
 * never turn a hidden value into text.
 */

/** The areas of a level for the keyboard alternative to clicking the map, by name. */
export function areaOptions(pkg: LoadedPackage, level: string, language: Language): { code: string; name: string }[] {
  const features = pkg.levels.find((l) => l.level === level)?.areas.features ?? [];
  const collator = new Intl.Collator(LOCALE[language], { numeric: true, sensitivity: 'base' });
  return features.map((f) => ({ code: f.properties.code, name: f.properties.name })).sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code));
}

/** The analysis run of the view's level and period, or null (not computed yet, or nothing to analyse). */
export function runForView(state: AppState): AnalysisRun | null {
  return state.analysis.key === `${state.view.level}|${state.view.period}` ? state.analysis.run : null;
}

export interface DetailFact {
  /** `team`, `nearest`, `own-centre`, `need`, `reach`, `gap`. */
  readonly id: string;
  readonly label: string;
  /** The whole value as text ("hoog (1,83) · rang 3 van 14"). */
  readonly value: string;
  /** For the need index and the coverage gap: the score in words, shown word first, number on demand. */
  readonly words?: ScoreWords;
  /** What follows the words (the gap's rank: "rang 3 van 14 wijken"). */
  readonly extra?: string;
}

export interface TrendPoint {
  readonly period: number;
  /** The rate (or count without a denominator); null where not shown. */
  readonly value: number | null;
}

export interface IndicatorRowModel {
  readonly id: string;
  readonly label: string;
  readonly sensitive: boolean;
  readonly status: AreaDetailStatus;
  /** The count in the period, written out, or why it is not shown ("afgeschermd"). */
  readonly value: string;
  /** The rate per 1,000 of the denominator ("31,4"), or null (no denominator, or not shown). */
  readonly rate: string | null;
  /** What the rate is per: "per 1.000 inwoners" (null without a denominator). */
  readonly rateUnit: string | null;
  /** "2 van 14", or null when the value is not shown. */
  readonly rank: string | null;
  readonly trend: readonly TrendPoint[];
  /** The trend written out for screen readers: "2022: 30,1; 2023: 31,0; 2024: afgeschermd". */
  readonly trendText: string;
}

export interface IndicatorGroupModel {
  readonly theme: string;
  readonly title: string;
  readonly rows: readonly IndicatorRowModel[];
}

export interface AreaDetailModel {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly levelLabel: string;
  /** The level's areas in the plural ("wijken"), as the explanations name them. */
  readonly levelPlural: string;
  readonly period: number;
  /** From the analysis run (empty while it is computed, or when the package has no centres). */
  readonly facts: readonly DetailFact[];
  readonly gapReasons: readonly string[];
  readonly figures: { readonly status: 'loading' } | { readonly status: 'failed' } | { readonly status: 'ready'; readonly groups: readonly IndicatorGroupModel[] };
  readonly rankNote: string;
  readonly suppressionNote: string;
  readonly source: SourceLine;
}

export interface DetailInputs {
  readonly pkg: LoadedPackage;
  readonly level: string;
  readonly period: number;
  readonly code: string;
  /** The analysis of this level and period, or null. */
  readonly run: AnalysisRun | null;
  /** The area's figures, or undefined when not asked yet (shown as loading). */
  readonly entry: AreaDetailsEntry | undefined;
  readonly language: Language;
}

function statusText(status: AreaDetailStatus, t: Translate): string {
  switch (status) {
    case 'suppressed':
      return t('detailSuppressed');
    case 'withheld':
      return t('detailWithheld');
    case 'not-aggregable':
      return t('detailNotAggregable');
    default:
      return t('detailMissing');
  }
}

/** "per 1.000 inwoners": the denominator's label, lower case. */
function perLabel(definition: IndicatorDefinition, pkg: LoadedPackage, language: Language, t: Translate): string {
  const denominator = pkg.definitions.find((d) => d.id === definition.denominator);
  return t('detailPer', { per: t('perThousand'), denominator: denominator ? labelOf(denominator, language).toLowerCase() : (definition.denominator ?? '') });
}

/** One indicator's row: value, rate, rank in the view's period and the trend over all periods. */
export function buildIndicatorRow(definition: IndicatorDefinition, rows: readonly AreaDetailRow[], pkg: LoadedPackage, period: number, language: Language): IndicatorRowModel {
  const t = createTranslator(language);
  const byPeriod = new Map(rows.filter((r) => r.indicator === definition.id).map((r) => [r.period, r] as const));
  const now = byPeriod.get(period);
  const status: AreaDetailStatus = now?.status ?? 'missing';
  const shown = status === 'shown' && now !== undefined && now.count !== null;
  const value = shown ? formatNumber(language, now.count, Number.isInteger(now.count) ? 0 : 1) : statusText(status, t);
  const rate = shown && definition.denominator && now.rate !== null ? formatNumber(language, now.rate) : null;
  const rateUnit = definition.denominator ? perLabel(definition, pkg, language, t) : null;
  const rank = shown && now.rank !== null ? t('detailRankValue', { rank: now.rank, count: now.ranked }) : null;
  const trend: TrendPoint[] = pkg.periods.map((p) => {
    const r = byPeriod.get(p);
    if (!r || r.status !== 'shown') return { period: p, value: null };
    return { period: p, value: definition.denominator ? r.rate : r.count };
  });
  const trendText = trend
    .map((p) => {
      const r = byPeriod.get(p.period);
      const text = p.value !== null ? formatNumber(language, p.value) : r && r.status !== 'shown' ? statusText(r.status, t) : t('detailMissing');
      return `${p.period}: ${text}`;
    })
    .join('; ');
  return { id: definition.id, label: labelOf(definition, language), sensitive: definition.sensitive, status, value, rate, rateUnit, rank, trend, trendText };
}

/** A need index or gap fact: the score in words with its number, and what follows (the rank), or "geen gegevens". */
function scoreFact(id: 'need' | 'gap', label: string, score: number | null, extra: string | null, language: Language): DetailFact {
  if (score === null) return { id, label, value: createTranslator(language)('detailMissing') };
  const words = scoreInWords(score, language);
  return { id, label, value: extra ? `${words.text} · ${extra}` : words.text, words, ...(extra ? { extra } : {}) };
}

/** The analysis facts of one area: team, nearest centre, own team's centre, need index, reach, gap rank. */
function analysisFacts(pkg: LoadedPackage, run: AnalysisRun, level: string, code: string, language: Language): { facts: DetailFact[]; reasons: string[] } {
  const t = createTranslator(language);
  const i = run.result.areas.findIndex((a) => a.code === code);
  if (i < 0) return { facts: [], reasons: [] };
  const a = run.result.areas[i]!;
  const centreName = (id: string) => pkg.centres.find((c) => c.id === id)?.name ?? id;
  const facts: DetailFact[] = [];
  if (namesTeams(pkg, level) && a.team) facts.push({ id: 'team', label: t('detailTeam'), value: pkg.teams.find((x) => x.id === a.team)?.name ?? a.team });
  if (a.nearestCentre) facts.push({ id: 'nearest', label: t('detailNearest'), value: `${centreName(a.nearestCentre.id)} · ${formatDistance(a.nearestCentre.distance, language)}` });
  if (a.ownTeamCentre) facts.push({ id: 'own-centre', label: t('detailOwnCentre'), value: `${centreName(a.ownTeamCentre.id)} · ${formatDistance(a.ownTeamCentre.distance, language)}` });
  facts.push(scoreFact('need', t('detailNeedIndex'), a.needIndex, null, language));
  facts.push({ id: 'reach', label: t('detailReach'), value: a.reachStatus === 'suppressed' ? t('detailSuppressed') : a.reach === null ? t('detailMissing') : formatValue(a.reach, { kind: 'share' }, language) });
  const ranked = run.result.areas.filter((x) => x.gapRank !== null).length;
  const plural = MESSAGES[language].levelsPlural[level] ?? level;
  const rank = a.gapRank === null ? null : t('gapRankOf', { rank: a.gapRank, count: ranked, level: plural });
  facts.push(scoreFact('gap', t('detailGapRank'), a.gapScore, rank, language));
  const reasons = run.result.explainGap(i).map((r) => reasonText(r, t, language));
  return { facts, reasons };
}

/**
 * Everything the detail panel shows for one area: its name and level, the analysis facts and gap reasons,
 * and every indicator of the package grouped by theme, each with value, rate, rank and trend.
 *
 * @example
 * buildAreaDetail({ pkg, level: 'wijk', period: 2024, code: 'W03', run, entry, language: 'nl' }).figures
 * // { status: 'ready', groups: [{ title: 'Armoede en kwetsbaarheid', rows: [{ id: 'leefloon_persons', value: 'afgeschermd', rate: null, … }] }, …] }
 */
export function buildAreaDetail(inputs: DetailInputs): AreaDetailModel | null {
  const { pkg, level, period, code, run, entry, language } = inputs;
  const feature = pkg.levels.find((l) => l.level === level)?.areas.features.find((f) => f.properties.code === code);
  if (!feature) return null;
  const t = createTranslator(language);
  const analysis = run ? analysisFacts(pkg, run, level, code, language) : { facts: [], reasons: [] };
  let figures: AreaDetailModel['figures'];
  if (!entry || entry.status === 'loading') figures = { status: 'loading' };
  else if (entry.status === 'failed') figures = { status: 'failed' };
  else {
    const themes = MESSAGES[language].themes;
    const groups = groupByTheme(pkg.definitions, '', (d) => labelOf(d, language));
    figures = {
      status: 'ready',
      groups: groups.map((g) => ({ theme: g.theme, title: themes[g.theme] ?? g.theme, rows: g.items.map((d) => buildIndicatorRow(d, entry.rows, pkg, period, language)) })),
    };
  }
  const plural = MESSAGES[language].levelsPlural[level] ?? level;
  return {
    code,
    name: feature.properties.name,
    level,
    levelLabel: levelLabel(language, level),
    levelPlural: plural,
    period,
    facts: analysis.facts,
    gapReasons: analysis.reasons,
    figures,
    rankNote: t('detailRankNote', { level: plural }),
    suppressionNote: t('detailSuppressionNote', { threshold: DEFAULT_SUPPRESSION_THRESHOLD }),
    source: { text: t('detailSource', { source: packageText(pkg.descriptor, language) }), notes: provenanceNotes(pkg, ['indicators']) },
  };
}

export interface ComparisonRow {
  readonly id: string;
  readonly label: string;
  /** One cell per pinned area: the main text and further lines (rate, rank). */
  readonly cells: readonly { readonly main: string; readonly sub: readonly string[]; /** The value is not shown (suppressed, missing…). */ readonly hidden: boolean }[];
  readonly kind: 'fact' | 'indicator';
}

export interface ComparisonModel {
  readonly areas: readonly { readonly code: string; readonly name: string }[];
  readonly rows: readonly ComparisonRow[];
  readonly loading: boolean;
}

/**
 * The pinned areas side by side: the same facts and indicator rows as the detail panel, one column per
 * area. A fact or indicator missing for one area shows "–".
 */
export function buildComparison(models: readonly AreaDetailModel[], language: Language): ComparisonModel {
  const t = createTranslator(language);
  const factIds = [...new Set(models.flatMap((m) => m.facts.map((f) => f.id)))].filter((id) => id !== 'team' || models.some((m) => m.facts.some((f) => f.id === 'team')));
  const rows: ComparisonRow[] = [];
  for (const id of factIds) {
    const label = models.flatMap((m) => m.facts).find((f) => f.id === id)!.label;
    rows.push({ id: `fact:${id}`, label, kind: 'fact', cells: models.map((m) => ({ main: m.facts.find((f) => f.id === id)?.value ?? '–', sub: [], hidden: false })) });
  }
  const ready = models.map((m) => (m.figures.status === 'ready' ? m.figures.groups.flatMap((g) => g.rows) : null));
  const first = ready.find((r) => r !== null);
  if (first) {
    for (const row of first) {
      rows.push({
        id: row.id,
        label: row.label,
        kind: 'indicator',
        cells: ready.map((list) => {
          const r = list?.find((x) => x.id === row.id);
          if (!r) return { main: '–', sub: [], hidden: true };
          const sub = [r.rate === null ? null : `${r.rate} ${t('detailPerShort', { per: t('perThousand') })}`, r.rank === null ? null : `${t('detailRank').toLowerCase()} ${r.rank}`];
          return { main: r.value, sub: sub.filter((x): x is string => x !== null), hidden: r.status !== 'shown' };
        }),
      });
    }
  }
  return { areas: models.map((m) => ({ code: m.code, name: m.name })), rows, loading: ready.some((r) => r === null) };
}
