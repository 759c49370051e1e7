import { useMemo } from 'react';
import { useAppState, useI18n } from '../app/app-context';
import { formatNumber } from '../i18n/i18n';
import { MESSAGES } from '../i18n/messages';
import { NO_DATA_COLOR, SUPPRESSED_COLOR } from '../map/palette';
import { buildLegendModel, paletteOf, selectDefinition, selectMapData, selectPackage } from '../state/selectors';

/**
 * The legend: what is mapped (label, rate basis), each class with its range and number of areas,
 * "no data" and "suppressed" kept apart, and the method and source of the numbers.
 */
export function Legend() {
  const { t, language } = useI18n();
  const mapData = useAppState(selectMapData);
  const definition = useAppState(selectDefinition);
  const pkg = useAppState(selectPackage);
  const choropleth = mapData.choropleth;
  const palette = useMemo(() => paletteOf(choropleth, definition), [choropleth, definition]);
  const model = useMemo(() => (choropleth ? buildLegendModel(choropleth, palette, language) : null), [choropleth, palette, language]);
  if (!definition || !pkg) return null;
  const label = language === 'nl' ? definition.labelNl : definition.labelEn;
  const denominator = pkg.definitions.find((d) => d.id === definition.denominator);
  const title =
    choropleth?.measure === 'rate' && denominator
      ? t('legendTitleRate', { label, per: t('perThousand'), denominator: (language === 'nl' ? denominator.labelNl : denominator.labelEn).toLowerCase() })
      : t('legendTitleCount', { label });
  return (
    <section className="panel legend" aria-label={t('legend')} data-testid="legend">
      <h2 className="legend-title">{title}</h2>
      <p className="legend-sub">
        {mapData.view?.period} · {t('classification', { classes: choropleth?.classCounts.length ?? 0 })}
      </p>
      {mapData.note === 'not-aggregable' && <p className="legend-note">{t('notAggregable')}</p>}
      {model && (
        <ul className="legend-entries">
          {model.entries.map((entry) => (
            <li key={entry.label} data-testid="legend-entry">
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
              <span className="range">{entry.label}</span>
              <span className="count">{t('legendCount', { count: formatNumber(language, entry.count) })}</span>
            </li>
          ))}
          <li data-testid="legend-nodata">
            <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
            <span className="range">{t('noData')}</span>
            <span className="count">{t('legendCount', { count: formatNumber(language, model.noDataCount) })}</span>
          </li>
          {(definition.sensitive || model.suppressedCount > 0) && (
            <li data-testid="legend-suppressed">
              <span className="swatch hatch" style={{ background: SUPPRESSED_COLOR }} aria-hidden="true" />
              <span className="range">{t('suppressed', { threshold: model.threshold })}</span>
              <span className="count">{t('legendCount', { count: formatNumber(language, model.suppressedCount) })}</span>
            </li>
          )}
        </ul>
      )}
      <p className="legend-method">{t('method', { per: t('perThousand'), base: MESSAGES[language].levelsPlural[pkg.baseLevel] ?? pkg.baseLevel })}</p>
      <p className="legend-source">
        {t('source')}: {definition.source || pkg.descriptor.title}
        {definition.synthetic && <strong className="inline-badge"> ({t('ofWhichSynthetic')})</strong>}
      </p>
    </section>
  );
}
