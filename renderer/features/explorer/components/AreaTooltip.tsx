import type { AnalysisRun } from '../../../../data/analysis';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber, type Language, type Translate } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { formatValue } from '../../../map/colouring/format-value';
import type { ClassColouring, MapColouring } from '../../../map/colouring/map-colouring';
import { scoreInWords } from '../detail/score-words';
import { selectAnalysis, selectLayers, selectMapData, selectPackage } from '../state/selectors';

/** The value line of a class colouring: a rate per 1,000, a signed change, or a score in words. */
function classValue(colouring: ClassColouring, value: number, t: Translate, language: Language): string {
  const signed = `${colouring.measure === 'change' && value > 0 ? '+' : ''}${formatValue(value, colouring.format, language)}`;
  if (colouring.measure === 'need') return t('tooltipNeed', { value: scoreInWords(value, language).text });
  if (colouring.measure === 'gap') return t('tooltipGap', { value: scoreInWords(value, language).text });
  return colouring.format.kind === 'rate' ? t('valueRate', { value: signed, per: t('perThousand') }) : signed;
}

/** "rang 3 van 46 wijken" when the analysis of the shown level ranks the area's coverage gap, else null. */
function gapRankLine(run: AnalysisRun | null, code: string, level: string, t: Translate, language: Language): string | null {
  const area = run?.result.areas.find((a) => a.code === code);
  if (!run || !area || area.gapRank === null) return null;
  const count = run.result.areas.filter((a) => a.gapRank !== null).length;
  return `${t('detailGapRank')}: ${t('gapRankOf', { rank: area.gapRank, count, level: MESSAGES[language].levelsPlural[level] ?? level })}`;
}

/**
 * Hover tooltip: the area's name and its value (or why there is none); the need index and the coverage gap
 * said in words with their number ("hoog (1,83)"), and the area's gap rank among the shown level's areas
 * (the rank its badge on the map shows, while the badges or the gap colouring are shown). Never shows a suppressed count.
 */
export function AreaTooltip({ code, point }: { code: string | null; point: { x: number; y: number } | null }) {
  const { t, language } = useI18n();
  const mapData = useAppState(selectMapData);
  const analysis = useAppState(selectAnalysis);
  const pkg = useAppState(selectPackage);
  const gapsShown = useAppState(selectLayers).visible.gaps;
  const colouring: MapColouring | null = mapData.colouring;
  if (!code || !point || !colouring || !pkg) return null;
  const area = colouring.areas.find((a) => a.code === code);
  if (!area) return null;
  const level = mapData.view?.level ?? '';
  const run = analysis.key?.split('|')[0] === level ? analysis.run : null;
  const teamId = level === 'team' ? null : (run?.result.areas.find((a) => a.code === code)?.team ?? pkg.territories?.teamOf.get(code) ?? null);
  const team = teamId ? pkg.teams.find((x) => x.id === teamId)?.name : undefined;
  let value: string;
  let detail: string | null = null;
  if (area.status === 'suppressed') value = t('suppressedTooltip', { threshold: DEFAULT_SUPPRESSION_THRESHOLD });
  else if (colouring.kind === 'bivariate') {
    const a = colouring.areas.find((x) => x.code === code)!;
    value = a.need === null || a.reach === null ? t('noDataTooltip') : `${t('bivariateNeed')} ${scoreInWords(a.need, language).text} · ${t('bivariateReach')} ${formatValue(a.reach, { kind: 'share' }, language)}`;
  } else {
    const a = colouring.areas.find((x) => x.code === code)!;
    value = a.value === null ? t('noDataTooltip') : classValue(colouring, a.value, t, language);
    if (a.status === 'shown' && colouring.measure === 'rate' && a.count !== null && a.count !== undefined && a.denominator !== null && a.denominator !== undefined) {
      detail = t('rateDetail', { count: formatNumber(language, a.count), denominator: formatNumber(language, a.denominator) });
    }
  }
  // The rank its badge shows, said in words, while the badges or the gap colouring are on the map.
  const gapRank = gapsShown || colouring.measure === 'gap' ? gapRankLine(run, code, level, t, language) : null;
  return (
    <div className="tooltip" role="tooltip" data-testid="map-tooltip" style={{ left: point.x + 14, top: point.y + 14 }}>
      <div className="tooltip-name">{area.name}</div>
      <div className="tooltip-value">{value}</div>
      {detail && <div className="tooltip-detail">{detail}</div>}
      {team && (
        <div className="tooltip-detail">
          {t('tooltipTeam')}: {team}
        </div>
      )}
      {gapRank && (
        <div className="tooltip-detail" data-testid="tooltip-gap-rank">
          {gapRank}
        </div>
      )}
    </div>
  );
}
