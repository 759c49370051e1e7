import { useAppState, useI18n } from '../../../app/app-context';
import { levelLabel } from '../../../shared/i18n/i18n';
import { selectMapData, selectPackage } from '../state/selectors';

/** A one-line account of what the map shows: how many areas, centres and territories. */
export function AreaSummary() {
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const mapData = useAppState(selectMapData);
  if (!pkg || !mapData.view) return null;
  const level = pkg.levels.find((l) => l.level === mapData.view!.level);
  const territories = pkg.levels.find((l) => l.level === 'team');
  return (
    <section className="panel summary" data-testid="area-summary">
      <p>
        {levelLabel(language, mapData.view.level)}: {t('areasCount', { count: level?.areas.features.length ?? 0 })}
        {' · '}
        {t('centres')}: {pkg.centres.length}
        {territories && (
          <>
            {' · '}
            {t('territories')}: {territories.areas.features.length}
          </>
        )}
      </p>
    </section>
  );
}
