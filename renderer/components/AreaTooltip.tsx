import { useAppState, useI18n } from '../app/app-context';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../geo/suppress-small-counts';
import { formatNumber } from '../i18n/i18n';
import { selectDefinition, selectMapData, selectPackage } from '../state/selectors';

/** Hover tooltip: the area's name and its value (or why there is none). Never shows a suppressed count. */
export function AreaTooltip({ code, point }: { code: string | null; point: { x: number; y: number } | null }) {
  const { t, language } = useI18n();
  const mapData = useAppState(selectMapData);
  const definition = useAppState(selectDefinition);
  const pkg = useAppState(selectPackage);
  if (!code || !point || !mapData.choropleth || !definition || !pkg) return null;
  const area = mapData.choropleth.areas.find((a) => a.code === code);
  if (!area) return null;
  const teamId = mapData.view?.level === pkg.baseLevel && pkg.territories ? pkg.territories.teamOf.get(code) : undefined;
  const team = teamId ? pkg.teams.find((x) => x.id === teamId)?.name : undefined;
  let value: string;
  if (area.status === 'suppressed') value = t('suppressedTooltip', { threshold: DEFAULT_SUPPRESSION_THRESHOLD });
  else if (area.value === null) value = t('noDataTooltip');
  else if (mapData.choropleth.measure === 'rate') value = t('valueRate', { value: formatNumber(language, area.value), per: t('perThousand') });
  else value = formatNumber(language, area.value);
  const detail =
    area.status === 'shown' && mapData.choropleth.measure === 'rate' && area.count !== null && area.denominator !== null
      ? t('rateDetail', { count: formatNumber(language, area.count), denominator: formatNumber(language, area.denominator) })
      : null;
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
