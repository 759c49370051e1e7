import { useEffect, type ReactNode } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { requestAnalysis } from '../commands/refresh-analysis';
import { levelLabel } from '../../../shared/i18n/i18n';
import { UI_MESSAGES } from '../../../shared/problems';
import type { AppState } from '../../../app/app-state';
import { ProblemBoundary } from '../../../shared/ui';
import { CaseloadChart } from './CaseloadChart';
import { GapList } from './GapList';
import { NeedReachScatter } from './NeedReachScatter';
import { TeamFteChart } from './TeamFteChart';
import { clearChartHighlight } from './chart-linking';
import { useViewAnalysis } from './use-view-analysis';

const selectLevel = (s: AppState) => s.view.level;
const selectPeriod = (s: AppState) => s.view.period;

/**
 * In place of the charts when the analysis failed: what failed, in words (the notice says why and what to
 * do), with a retry.
 */
function AnalysisFailed({ level, period }: { level: string; period: number }) {
  const services = useServices();
  const { t, language } = useI18n();
  return (
    <div className="chart-error" role="alert" data-testid="charts-failed">
      <p>{UI_MESSAGES['analysis-failed'][language]({}).message}</p>
      <button type="button" onClick={() => requestAnalysis(services, level, period)}>
        {t('chartRetry')}
      </button>
    </div>
  );
}

/**
 * The "Grafieken" tab: FTE against need per team, caseload per FTE, the ranked coverage gaps and need
 * against reach, all for the map's level and period and linked to the map both ways (see chart-linking.ts).
 * Each chart has its own error boundary; a failure is reported at the notice surface.
 */
export function ChartsPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const status = useViewAnalysis();
  const level = useAppState(selectLevel);
  const period = useAppState(selectPeriod);
  // A highlight made here ends with the panel (another tab opened): nothing would take it back.
  useEffect(() => () => services.store.update(clearChartHighlight), [services]);
  if (status === 'no-package') return null;
  const boundary = (child: ReactNode) => (
    <ProblemBoundary store={services.store} code="chart-failed" message={t('chartFailed')} retryLabel={t('chartRetry')}>
      {child}
    </ProblemBoundary>
  );
  return (
    <section className="charts-panel" aria-label={t('chartsLabel')} data-testid="charts-panel" data-analysis={status} data-level={level} data-period={period}>
      <p className="charts-context">
        {t('chartsContext', { level: levelLabel(language, level), period })}
        <span className="charts-hint">{t('chartsLinkHint')}</span>
      </p>
      {status === 'failed' && <AnalysisFailed level={level} period={period} />}
      {status === 'computing' && (
        <p className="charts-status" role="status">
          {t('chartsComputing')}
        </p>
      )}
      {status === 'unavailable' && <p className="charts-status">{t('noAnalysis')}</p>}
      {status === 'ready' && (
        <>
          {boundary(<TeamFteChart />)}
          {boundary(<CaseloadChart />)}
          {boundary(<GapList />)}
          {boundary(<NeedReachScatter />)}
        </>
      )}
    </section>
  );
}
