import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { ensureAnalysis } from '../commands/refresh-analysis';
import { levelLabel } from '../../../shared/i18n/i18n';
import type { AppState } from '../../../app/app-state';
import { CaseloadChart } from './CaseloadChart';
import { ChartErrorBoundary } from '../../../shared/ui/ChartErrorBoundary';
import { GapList } from './GapList';
import { NeedReachScatter } from './NeedReachScatter';
import { TeamFteChart } from './TeamFteChart';
import { clearChartHighlight } from './chart-linking';
import { useViewAnalysis } from './use-view-analysis';

const selectLevel = (s: AppState) => s.view.level;
const selectPeriod = (s: AppState) => s.view.period;
const selectAnalysisError = (s: AppState) => s.analysis.error?.message ?? null;

/**
 * The "Grafieken" tab: FTE against need per team, caseload per FTE, the ranked coverage gaps and need
 * against reach, all for the map's level and period and linked to the map both ways (see chart-linking.ts).
 * Each chart has its own error boundary.
 */
export function ChartsPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const [localFailure, setFailure] = useState<string | null>(null);
  const onError = useCallback((message: string) => setFailure(message), []);
  const status = useViewAnalysis(onError);
  const stateFailure = useAppState(selectAnalysisError);
  // The run may have failed for another caller (the map); the store says so too.
  const failure = localFailure ?? (status === 'failed' ? stateFailure : null);
  const level = useAppState(selectLevel);
  const period = useAppState(selectPeriod);
  // A highlight made here ends with the panel (another tab opened): nothing would take it back.
  useEffect(() => () => services.store.update(clearChartHighlight), [services]);
  if (status === 'no-package') return null;
  const boundary = (child: ReactNode) => (
    <ChartErrorBoundary message={t('chartFailed')} retryLabel={t('chartRetry')}>
      {child}
    </ChartErrorBoundary>
  );
  return (
    <section className="charts-panel" aria-label={t('chartsLabel')} data-testid="charts-panel" data-analysis={status}>
      <p className="charts-context">
        {t('chartsContext', { level: levelLabel(language, level), period })}
        <span className="charts-hint">{t('chartsLinkHint')}</span>
      </p>
      {failure && (
        <div className="chart-error" role="alert">
          <p>
            {t('errorTitle')}: {failure}
          </p>
          <button
            type="button"
            onClick={() => {
              setFailure(null);
              ensureAnalysis(services, level, period).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
            }}
          >
            {t('chartRetry')}
          </button>
        </div>
      )}
      {status === 'computing' && !failure && (
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
