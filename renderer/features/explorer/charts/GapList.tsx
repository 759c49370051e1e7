import { useAppState, useI18n } from '../../../app/app-context';
import { ChartFrame } from './ChartFrame';
import { useChartLinking } from './chart-parts';
import { selectGapList } from './chart-selectors';

const TOP = 10;

/**
 * The areas with the largest coverage gap, each a button: pointing at it or focusing it highlights the
 * area on the map, choosing it opens the area's details. The row of the area under the map pointer is
 * emphasised.
 */
export function GapList() {
  const { t } = useI18n();
  const model = useAppState(selectGapList);
  const link = useChartLinking();
  if (!model) return null;
  return (
    <ChartFrame testId="chart-gaps" title={t('chartGapTitle')} source={model.source}>
      <p className="chart-intro">{t('chartGapIntro', { top: Math.min(TOP, model.rows.length), count: model.ranked, level: model.levelPlural })}</p>
      <ol className="gap-list" data-testid="gap-list" onMouseLeave={link.clear}>
        {model.rows.map((row) => (
          <li key={row.code}>
            <button
              type="button"
              className={`gap-row${row.highlighted ? ' highlighted' : ''}${row.selected ? ' selected' : ''}`}
              data-testid="gap-row"
              data-code={row.code}
              data-highlighted={row.highlighted ? 'true' : 'false'}
              aria-current={row.selected ? 'true' : undefined}
              onMouseEnter={() => link.area(row.code)}
              onFocus={() => link.area(row.code)}
              onBlur={link.clear}
              onClick={() => link.open(row.code)}
            >
              <span className="gap-rank">
                <span className="sr-only">{t('gapRank')} </span>
                {row.rank}
              </span>
              <span className="gap-body">
                <span className="gap-name">{row.name}</span>
                <span className="sr-only">, </span>
                <span className="gap-meta">
                  {[row.teamName, row.distanceOwn ? t('gapDistanceOwn', { distance: row.distanceOwn }) : null].filter(Boolean).join(' · ')}
                </span>
                {row.reasons.length > 0 && (
                  <span className="gap-reasons">
                    {row.reasons.map((reason) => (
                      <span key={reason} className="gap-reason">
                        {reason}
                      </span>
                    ))}
                  </span>
                )}
              </span>
              <span className="gap-score" title={t('gapScoreTitle')}>
                <span className="gap-score-label">{t('gapScore')}</span>
                {row.score}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
