import type { AnalysisRun } from '../../../../data/analysis';
import type { IndicatorDefinition, LoadedPackage } from '../../../../data/package';
import { formatNumber, type Language, type Translate } from '../../../shared/i18n/i18n';
import { formatValue } from '../../../map/colouring/format-value';

/** Helpers the chart models (and the detail panel) share: names, provenance, distances, reasons. */

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

/** A share (0–1) as the charts write it: "23,4 %". */
export const shareText = (x: number, language: Language): string => formatValue(x, { kind: 'share' }, language);
/** An index (need, gap) as the charts write it. */
export const indexText = (x: number, language: Language): string => formatValue(x, { kind: 'index' }, language);

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

/** The phrase for one reason of a gap, with its value where it helps. */
export function reasonText(reason: { component: string; value: number | null }, t: Translate, language: Language): string {
  const v = reason.value;
  switch (reason.component) {
    case 'need':
      return t('gapReasonNeed', { value: v === null ? '–' : indexText(v, language) });
    case 'distance':
      return t('gapReasonDistance', { value: v === null ? '–' : formatDistance(v, language) });
    case 'reach':
      return t('gapReasonReach', { value: v === null ? '–' : shareText(v, language) });
    case 'access':
      return t('gapReasonAccess', { value: v === null ? '–' : formatNumber(language, v, 1) });
    default:
      return reason.component;
  }
}
