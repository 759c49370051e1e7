import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { formatValue } from '../../../map/colouring/format-value';
import { selectAnalysis, selectMapData, selectPackage } from '../state/selectors';

/** Hover tooltip: the area's name and its value (or why there is none). Never shows a suppressed count. */
export function AreaTooltip({ code, point }: { code: string | null; point: { x: number; y: number } | null }) {
  const { t, language } = useI18n();
  const mapData = useAppState(selectMapData);
  const analysis = useAppState(selectAnalysis);
  const pkg = useAppState(selectPackage);
  const colouring = mapData.colouring;
  if (!code || !point || !colouring || !pkg) return null;
  const area = colouring.areas.find((a) => a.code === code);
  if (!area) return null;
  const teamId = mapData.view?.level === 'team' ? null : analysis.run?.result.areas.find((a) => a.code === code)?.team ?? (pkg.territories?.teamOf.get(code) ?? null);
  const team = teamId ? pkg.teams.find((x) => x.id === teamId)?.name : undefined;
  let value: string;
  let detail: string | null = null;
  if (area.status === 'suppressed') value = t('suppressedTooltip', { threshold: DEFAULT_SUPPRESSION_THRESHOLD });
  else if (colouring.kind === 'bivariate') {
    const a = colouring.areas.find((x) => x.code === code)!;
    value = a.need === null || a.reach === null ? t('noDataTooltip') : `${t('bivariateNeed')} ${formatValue(a.need, { kind: 'index' }, language)} · ${t('bivariateReach')} ${formatValue(a.reach, { kind: 'share' }, language)}`;
  } else {
    const a = colouring.areas.find((x) => x.code === code)!;
    if (a.value === null) value = t('noDataTooltip');
    else if (colouring.format.kind === 'rate') value = t('valueRate', { value: `${colouring.measure === 'change' && a.value > 0 ? '+' : ''}${formatValue(a.value, colouring.format, language)}`, per: t('perThousand') });
    else value = `${colouring.measure === 'change' && a.value > 0 ? '+' : ''}${formatValue(a.value, colouring.format, language)}`;
    if (a.status === 'shown' && colouring.measure === 'rate' && a.count !== null && a.count !== undefined && a.denominator !== null && a.denominator !== undefined) {
      detail = t('rateDetail', { count: formatNumber(language, a.count), denominator: formatNumber(language, a.denominator) });
    }
  }
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
    </div>
  );
}
