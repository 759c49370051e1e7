import { useEffect } from 'react';
import { useAppState, useServices } from '../../../app/app-context';
import { requestAnalysis } from '../commands/refresh-analysis';
import type { AppState } from '../../../app/app-state';
import { analysisStatusOf, type AnalysisStatus } from './chart-inputs';

const selectLevel = (s: AppState) => s.view.level;
const selectPeriod = (s: AppState) => s.view.period;
const selectKey = (s: AppState) => s.analysis.key;
const selectComputing = (s: AppState) => s.analysis.computing;
const selectFailedKey = (s: AppState) => s.analysis.error?.key ?? null;

/**
 * Whether the analysis of the view's level and period is ready; asks for it when the store holds another
 * one (the map may have needed a different level). A failure is reported at the notice surface
 * ('analysis-failed') and kept in the analysis slice, where the status says `failed`.
 */
export function useViewAnalysis(): AnalysisStatus {
  const services = useServices();
  const status = useAppState(analysisStatusOf);
  const level = useAppState(selectLevel);
  const period = useAppState(selectPeriod);
  const key = useAppState(selectKey);
  const computing = useAppState(selectComputing);
  const failedKey = useAppState(selectFailedKey);
  useEffect(() => {
    // A run that failed is not asked again by itself (that would loop): the panel offers a retry.
    if (!level || computing || key === `${level}|${period}` || failedKey === `${level}|${period}`) return;
    requestAnalysis(services, level, period);
  }, [services, level, period, key, computing, failedKey]);
  return status;
}
