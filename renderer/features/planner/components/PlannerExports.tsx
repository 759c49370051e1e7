import { useI18n, useServices } from '../../../app/app-context';
import { exportPlannerChartPng, exportPlannerCsv, exportPlannerMapPng } from '../planner-exports';
import type { PlannerModel } from '../planner-model';

/** The planner's exports: the team table as CSV, the staffing map and the caseload chart as PNG. */
export function PlannerExports({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const scenarioName = model.scenario.name;
  return (
    <>
      <button type="button" data-testid="planner-export-csv" onClick={() => void exportPlannerCsv(services, model, { t, language })}>
        {t('plannerExportCsv')}
      </button>
      <div className="planner-bar">
        <button type="button" data-testid="planner-export-png" onClick={() => void exportPlannerMapPng(services, scenarioName)}>
          {t('plannerExportPng')}
        </button>
        <button type="button" data-testid="planner-export-chart-png" onClick={() => void exportPlannerChartPng(services, scenarioName)}>
          {t('plannerExportChartPng')}
        </button>
      </div>
    </>
  );
}
