import { useAppState, useI18n } from '../../../app/app-context';
import { ChartFrame } from './ChartFrame';
import { useChartLinking } from './chart-parts';
import { selectChartFocus, selectGapList, type GapRow } from './chart-selectors';
import { ScoreHelp, ScoreValue } from '../detail/ScoreHelp';

const TOP = 10;

/** One ranked area as a button; `highlighted` when the map pointer or a chart points at it. */
function GapRowButton({ row, highlighted, selected }: { row: GapRow; highlighted: boolean; selected: boolean }) {
  const { t } = useI18n();
  const link = useChartLinking();
  return (
    <button
      type="button"
      className={`gap-row${highlighted ? ' highlighted' : ''}${selected ? ' selected' : ''}`}
      data-testid="gap-row"
      data-code={row.code}
      data-highlighted={highlighted ? 'true' : 'false'}
      aria-current={selected ? 'true' : undefined}
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
        <span className="gap-meta">{[row.teamName, row.distanceOwn ? t('gapDistanceOwn', { distance: row.distanceOwn }) : null].filter(Boolean).join(' · ')}</span>
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
        <ScoreValue words={row.words} />
      </span>
    </button>
  );
}

/**
 * The areas with the largest coverage gap ("hiaat in bereik") of the shown level — the same ranking as the
 * badges on the map, and the intro says so — each a button: pointing at it or focusing it highlights the
 * area on the map, choosing it opens the area's details. The row of the area under the map pointer is
 * emphasised.
 */
export function GapList() {
  const { t } = useI18n();
  const model = useAppState(selectGapList);
  const focus = useAppState(selectChartFocus);
  const link = useChartLinking();
  if (!model) return null;
  return (
    <ChartFrame testId="chart-gaps" chart="gaps" title={t('chartGapTitle')} source={model.source}>
      <p className="chart-intro" data-testid="gap-list-intro" data-level={model.level}>
        {t('chartGapIntro', { top: Math.min(TOP, model.rows.length), count: model.ranked, level: model.levelPlural })}
      </p>
      <ScoreHelp levelPlural={model.levelPlural} need={false} />
      <ol className="gap-list" data-testid="gap-list" onMouseLeave={link.clear}>
        {model.rows.map((row) => (
          <li key={row.code}>
            <GapRowButton row={row} highlighted={focus.codes.has(row.code)} selected={focus.selected === row.code} />
          </li>
        ))}
      </ol>
    </ChartFrame>
  );
}
