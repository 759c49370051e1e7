import type { ReactNode } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import type { AppState } from '../../app/app-state';
import type { feedbackNl } from '../i18n/messages-feedback';
import { ProblemBoundary } from './ProblemBoundary';

type PanelName = Extract<keyof typeof feedbackNl, `panelName${string}`>;

const selectPackageId = (s: AppState) => s.pkg.current?.descriptor.name ?? null;

/**
 * One panel of the app behind its own error boundary: if it fails to draw, it says so in its place (and once
 * as a `panel-failed` notice naming it), and the map, the other panels and the unsaved work stay. Opening
 * another package draws it afresh.
 *
 * @example
 * <PanelBoundary name="panelNamePlanner"><PlannerPanel /></PanelBoundary>
 */
export function PanelBoundary({ name, children }: { readonly name: PanelName; readonly children: ReactNode }) {
  const services = useServices();
  const { t } = useI18n();
  const packageId = useAppState(selectPackageId);
  return (
    <ProblemBoundary store={services.store} code="panel-failed" params={{ panel: t(name) }} message={t('panelFailedHere')} retryLabel={t('panelRetry')} resetKey={packageId}>
      {children}
    </ProblemBoundary>
  );
}
