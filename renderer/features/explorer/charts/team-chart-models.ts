import { analysisRolesOf } from '../../../../data/package';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { createTranslator, formatNumber } from '../../../shared/i18n/i18n';
import { labelOf, provenanceNotes, shareText as share, shortTeamName, type SourceLine, type SummaryTable } from './chart-helpers';
import type { ChartInputs } from './chart-inputs';

/**
 * The team charts' data: FTE share against need share, and caseload per social-worker FTE. Every number
 * is one the app may show: the analysis run already hides suppressed dossiers (a suppressed team's caseload
 * is `null` and labelled "afgeschermd").
 */

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
 *
 * @example
 * buildCaseloadChart(inputs).rows.find((r) => r.status === 'suppressed')?.valueLabel // 'afgeschermd'
 */
export function buildCaseloadChart(inputs: ChartInputs): CaseloadChartModel | null {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  if (run.result.teams.length === 0) return null;
  const nameOf = new Map(pkg.teams.map((x) => [x.id, x.name] as const));
  const rows: CaseloadRow[] = run.result.teams
    .map((team) => {
      const name = nameOf.get(team.id) ?? team.id;
      const suppressed = run.dossiersSuppressed.has(team.id);
      const caseload = suppressed ? null : team.caseloadNow;
      const status: CaseloadRow['status'] = suppressed ? 'suppressed' : caseload === null ? 'missing' : 'shown';
      const valueLabel = status === 'suppressed' ? t('chartSuppressed') : caseload === null ? t('chartNoData') : formatNumber(language, caseload, 1);
      return { teamId: team.id, name, shortName: shortTeamName(name), caseload, status, valueLabel, description: t('chartCaseloadRow', { team: name, value: valueLabel }) };
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
