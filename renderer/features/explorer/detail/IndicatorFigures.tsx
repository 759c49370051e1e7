import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { useI18n } from '../../../app/app-context';
import type { IndicatorGroupModel } from './detail-selectors';
import { Sparkline } from './Sparkline';

/**
 * Every indicator of the package for one area, grouped by theme: count, rate per 1,000 of its
 * denominator, rank among the areas of the level and the trend. An ARIA table laid out in two lines per
 * indicator so it fits the panel; hidden values say why ("afgeschermd") and have no rate or rank.
 */
export function IndicatorFigures({ groups, period, label }: { groups: readonly IndicatorGroupModel[]; period: number; label: string }) {
  const { t } = useI18n();
  return (
    <div className="indicator-figures" role="table" aria-label={label}>
      <div role="rowgroup">
        <div role="row" className="indicator-head">
          <span role="columnheader" className="sr-only">
            {t('detailIndicator')}
          </span>
          <span role="columnheader">{t('detailValue')}</span>
          <span role="columnheader">{t('detailRate')}</span>
          <span role="columnheader">{t('detailRank')}</span>
          <span role="columnheader">{t('detailTrend')}</span>
        </div>
      </div>
      {groups.map((group) => (
        <div role="rowgroup" key={group.theme} className="indicator-group">
          <div role="row" className="indicator-theme">
            <span role="rowheader" aria-colspan={5}>
              {group.title}
            </span>
          </div>
          {group.rows.map((row) => (
            <div role="row" key={row.id} className={`indicator-row status-${row.status}`} data-testid="detail-indicator-row" data-indicator={row.id} data-status={row.status}>
              <span role="rowheader" className="indicator-label">
                {row.label}
                {row.sensitive && (
                  <span className="indicator-sensitive" title={t('detailSuppressionNote', { threshold: DEFAULT_SUPPRESSION_THRESHOLD })}>
                    {t('detailSensitive')}
                  </span>
                )}
              </span>
              <span role="cell" className="indicator-value" data-testid="detail-value">
                {row.value}
              </span>
              <span role="cell" className="indicator-rate">
                {row.rate === null ? (
                  '–'
                ) : (
                  <>
                    {row.rate} <span className="indicator-unit">{row.rateUnit}</span>
                  </>
                )}
              </span>
              <span role="cell" className="indicator-rank">
                {row.rank ?? '–'}
              </span>
              <span role="cell" className="indicator-trend">
                <Sparkline points={row.trend} period={period} />
                <span className="sr-only">{row.trendText}</span>
              </span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
