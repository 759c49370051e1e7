import { createTranslator, levelLabel } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { formatDistance, indexText, namesTeams, provenanceNotes, reasonText, type SourceLine } from './chart-helpers';
import type { ChartInputs } from './chart-inputs';
import { scoreInWords, type ScoreWords } from '../detail/score-words';

export interface GapRow {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly score: string;
  /** The gap score as a number (what `score` writes), for drawing it. */
  readonly scoreValue: number;
  /** The gap score in words ("hoog (1,83)"): what the row shows, the number smaller. */
  readonly words: ScoreWords;
  readonly teamName: string | null;
  /** Distance to the nearest centre of the area's own team, written out ("2,3 km"), or null. */
  readonly distanceOwn: string | null;
  /** The components that raise the gap, strongest first, as short phrases. */
  readonly reasons: readonly string[];
  readonly description: string;
}

export interface GapListModel {
  readonly rows: readonly GapRow[];
  /** Areas ranked in all (the list shows the top ones). */
  readonly ranked: number;
  /** The level whose areas are ranked (the shown level). */
  readonly level: string;
  readonly levelPlural: string;
  readonly source: SourceLine;
}

/**
 * What the badges on the map and the rows of the list both rank (one meaning of "biggest gap" per
 * screen): the areas of the analysed (shown) level, by the gap score of that level's run, rank 1 first.
 * The map's badges (layers/overlay-data.ts `topGaps`) and `buildGapList` both take this order.
 *
 * @example
 * rankedGapAreas(run).map((x) => x.area.gapRank); // [1, 2, 3, …]
 */
export function rankedGapAreas(run: ChartInputs['run']): { area: ChartInputs['run']['result']['areas'][number]; index: number }[] {
  const indexed = run.result.areas.map((area, index) => ({ area, index })).filter((x) => x.area.gapRank !== null && x.area.gapScore !== null);
  return indexed.sort((x, y) => x.area.gapRank! - y.area.gapRank! || x.area.code.localeCompare(y.area.code));
}

/**
 * The areas of the analysed level with the largest coverage gap (rank 1 first), each with the reasons
 * (high need, far from its own team's centre, low reach, little FTE within reach), its team and the distance
 * to its own team's nearest centre.
 *
 * @example
 * buildGapList(inputs).rows[0] // { code: 'S12', rank: 1, reasons: ['hoge nood (1,8)', …], … }
 */
export function buildGapList(inputs: ChartInputs, top = 10): GapListModel {
  const { pkg, run, language } = inputs;
  const t = createTranslator(language);
  const teamName = new Map(namesTeams(pkg, inputs.level) ? pkg.teams.map((x) => [x.id, x.name] as const) : []);
  const indexed = rankedGapAreas(run);
  const rows: GapRow[] = indexed.slice(0, top).map(({ area: a, index: i }) => {
    const reasons = run.result.explainGap(i).map((r) => reasonText(r, t, language));
    const distanceOwn = a.ownTeamCentre ? formatDistance(a.ownTeamCentre.distance, language) : null;
    const team = a.team ? (teamName.get(a.team) ?? null) : null;
    const words = scoreInWords(a.gapScore!, language);
    return {
      code: a.code,
      name: a.name,
      rank: a.gapRank!,
      score: indexText(a.gapScore!, language),
      scoreValue: a.gapScore!,
      words,
      teamName: team,
      distanceOwn,
      reasons,
      description: t('gapRowDescription', {
        rank: a.gapRank!,
        name: a.name,
        gap: words.text,
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
    level: inputs.level,
    levelPlural: MESSAGES[language].levelsPlural[inputs.level] ?? inputs.level,
    source: { text: t('chartGapSource', { level: levelLabel(language, inputs.level).toLowerCase(), period: inputs.period }), notes: provenanceNotes(pkg, ['indicators', 'team-fte']) },
  };
}
