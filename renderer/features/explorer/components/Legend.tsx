import { useMemo } from 'react';
import { indicatorSource, packageText } from '../../../../data/package';
import { useAppState, useI18n } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { formatValue } from '../../../map/colouring/format-value';
import type { BivariateColouring } from '../../../map/colouring/map-colouring';
import { BIVARIATE, NO_DATA_COLOR, SUPPRESSED_COLOR } from '../../../map/palette';
import { legendMethodOf, legendTitleOf } from '../../../shared/export';
import { buildLegendModel, selectDefinition, selectMapData, selectPackage } from '../state/selectors';

/**
 * The legend: what is mapped, each class with its range and number of areas (or the 3×3 square of the
 * bivariate map), "no data" and "suppressed" kept apart, and the method and source of the numbers.
 */
export function Legend() {
  const { t, language } = useI18n();
  const mapData = useAppState(selectMapData);
  const definition = useAppState(selectDefinition);
  const pkg = useAppState(selectPackage);
  const colouring = mapData.colouring;
  const model = useMemo(() => (colouring?.kind === 'classes' ? buildLegendModel(colouring, language) : null), [colouring, language]);
  if (!pkg || !mapData.view) return null;
  const view = mapData.view;
  const methodLine = legendMethodOf(view, pkg, language);
  const sensitive = definition?.sensitive || (colouring !== null && colouring.suppressedCount > 0);
  return (
    <section className="panel legend" aria-label={t('legend')} data-testid="legend" data-measure={view.measure}>
      <h2 className="legend-title">{colouring ? legendTitleOf(colouring, view, pkg, definition, language) : t('legend')}</h2>
      {colouring?.kind === 'classes' && (
        <p className="legend-sub">
          {view.period} · {MESSAGES[language].methods[view.classification.method]}, {t('classesN', { classes: colouring.classCounts.length })}
        </p>
      )}
      {mapData.note === 'not-aggregable' && <p className="legend-note">{t('notAggregable')}</p>}
      {mapData.note === 'no-analysis' && <p className="legend-note">{t('noAnalysis')}</p>}
      {model && colouring?.kind === 'classes' && (
        <ul className="legend-entries">
          {model.entries.map((entry, i) => (
            <li key={`${i}-${entry.label}`} data-testid="legend-entry">
              <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
              <span className="range">{entry.label}</span>
              <span className="count">{t('legendCount', { count: formatNumber(language, entry.count) })}</span>
            </li>
          ))}
          <NoDataRows noData={model.noDataCount} suppressed={model.suppressedCount} threshold={model.threshold} showSuppressed={sensitive} />
        </ul>
      )}
      {colouring?.kind === 'bivariate' && <BivariateLegend colouring={colouring} />}
      <p className="legend-method">{methodLine}</p>
      {definition && ['rate', 'count', 'change'].includes(view.measure) && (
        <p className="legend-source">
          {t('source')}: {indicatorSource(definition, language) || packageText(pkg.descriptor, language)}
          {definition.synthetic && <strong className="inline-badge"> ({t('ofWhichSynthetic')})</strong>}
        </p>
      )}
    </section>
  );
}

function NoDataRows({ noData, suppressed, threshold, showSuppressed }: { noData: number; suppressed: number; threshold: number; showSuppressed: boolean }) {
  const { t, language } = useI18n();
  return (
    <>
      <li data-testid="legend-nodata">
        <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
        <span className="range">{t('noData')}</span>
        <span className="count">{t('legendCount', { count: formatNumber(language, noData) })}</span>
      </li>
      {showSuppressed && (
        <li data-testid="legend-suppressed">
          <span className="swatch hatch" style={{ background: SUPPRESSED_COLOR }} aria-hidden="true" />
          <span className="range">{t('suppressed', { threshold })}</span>
          <span className="count">{t('legendCount', { count: formatNumber(language, suppressed) })}</span>
        </li>
      )}
    </>
  );
}

/** The 3×3 square: need up, reach to the right, with the number of areas in each cell. */
function BivariateLegend({ colouring }: { colouring: BivariateColouring }) {
  const { t, language } = useI18n();
  const share = (x: number | undefined) => (x === undefined ? '' : formatValue(x, { kind: 'share' }, language, 0));
  const index = (x: number | undefined) => (x === undefined ? '' : formatValue(x, { kind: 'index' }, language, 1));
  return (
    <div className="bivariate-legend" data-testid="bivariate-legend">
      <div className="bivariate-grid" role="table" aria-label={t('bivariateHelp')}>
        {[2, 1, 0].map((need) => (
          <div className="bivariate-row" role="row" key={need}>
            {[0, 1, 2].map((reach) => (
              <div
                key={reach}
                role="cell"
                className={`bivariate-cell${need === 2 && reach === 0 ? ' gap-corner' : ''}`}
                style={{ background: BIVARIATE[need]![reach]! }}
                title={`${t('bivariateNeed')} ${need + 1}/3, ${t('bivariateReach')} ${reach + 1}/3`}
                data-testid="bivariate-cell"
              >
                {formatNumber(language, colouring.counts[need]![reach]!)}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div className="bivariate-axes">
        <span>↑ {t('bivariateNeed')} ({index(colouring.needLimits[0])} … {index(colouring.needLimits[3] ?? colouring.needLimits[colouring.needLimits.length - 1])})</span>
        <span>→ {t('bivariateReach')} ({share(colouring.reachLimits[0])} … {share(colouring.reachLimits[colouring.reachLimits.length - 1])})</span>
        <span className="gap-corner-label">◼ {t('bivariateGapCorner')}</span>
      </div>
      <p className="legend-method">{t('bivariateHelp')}</p>
      <ul className="legend-entries">
        <NoDataRows noData={colouring.missingCount} suppressed={colouring.suppressedCount} threshold={4} showSuppressed={colouring.suppressedCount > 0} />
      </ul>
    </div>
  );
}
