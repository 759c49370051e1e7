import { useEffect } from 'react';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import type { AppState } from '../../app/app-state';
import { UI_MESSAGES } from '../../shared/problems';
import { Compare } from './components/Compare';
import { Coverage } from './components/Coverage';
import { FormulaControls } from './components/FormulaControls';
import { Locations } from './components/Locations';
import { PlannerExports } from './components/PlannerExports';
import { ProjectBar } from './components/ProjectBar';
import { ScenarioBar, ScenarioNameBar } from './components/ScenarioBar';
import { TeamTable } from './components/TeamTable';
import { Territories } from './components/Territories';
import { ensurePlannerRun } from './planner-commands';
import { usePlannerOutcome } from './components/use-planner-model';
import { refusalWords } from './planner-words';
import { FTE_BOUNDS } from './number-entry';
import { missingForPlanner } from './planner-readiness';
import { inSlice } from '../../app/app-state';
import { setPanel } from '../../app/ui-slice';
import { packageText } from '../../../data/package';

const selectScenarios = (s: AppState) => s.scenarios;
const selectRunState = (s: AppState) => s.plannerRun;
const selectPeriod = (s: AppState) => s.view.period;
const selectPackage = (s: AppState) => s.pkg.current;
const NEED_WORDS = { teams: 'plannerNeedTeams', territories: 'plannerNeedTerritories', fte: 'plannerNeedFte' } as const;

/** The planner of a package without its organisation yet: what is missing, and the way to *Inrichten*. */
function NeedsOrganisation({ missing }: { missing: readonly (keyof typeof NEED_WORDS)[] }) {
  const services = useServices();
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const list = new Intl.ListFormat(language === 'nl' ? 'nl-BE' : 'en-GB', { type: 'conjunction' }).format(missing.map((m) => t(NEED_WORDS[m])));
  return (
    <div className="planner-needs" data-testid="planner-needs-organisation" data-missing={missing.join(' ')}>
      <p>{t('plannerNeedsOrganisation', { name: pkg ? packageText(pkg.descriptor, language) : '', missing: list })}</p>
      <button type="button" data-testid="planner-go-organise" onClick={() => services.store.update(inSlice('ui', setPanel('organise')))}>
        {t('plannerGoOrganise')}
      </button>
    </div>
  );
}

/**
 * The planner: scenarios of FTE per team, of locations and of territories over the package's baseline, recomputed by the
 * engine on every edit (the table, the chart, the coverage and the staffing map), compared with the
 * baseline or another scenario; undo and redo. Its parts are in `components/`.
 */
export function PlannerPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const scenarios = useAppState(selectScenarios);
  const runState = useAppState(selectRunState);
  const outcome = usePlannerOutcome();
  const model = outcome?.model ?? null;
  const period = useAppState(selectPeriod);
  useEffect(() => {
    void ensurePlannerRun(services);
  }, [services, period]);
  const active = scenarios.list.find((s) => s.id === scenarios.activeId) ?? null;
  const pkg = useAppState(selectPackage);
  const missing = pkg ? missingForPlanner(pkg) : [];
  if (missing.length > 0) {
    return (
      <section className="planner-panel" data-testid="planner-panel" aria-label={t('plannerTitle')} data-ready="false">
        <h2 className="planner-title">{t('plannerTitle')}</h2>
        <NeedsOrganisation missing={missing} />
        <ProjectBar />
      </section>
    );
  }

  return (
    <section className="planner-panel" data-testid="planner-panel" aria-label={t('plannerTitle')} data-ready={model ? 'true' : 'false'}>
      <h2 className="planner-title">{t('plannerTitle')}</h2>
      <p className="chart-intro">{t('plannerIntro')}</p>
      <ScenarioBar />
      <ProjectBar />
      {active && <ScenarioNameBar active={active} />}
      {!active && <p className="detail-note">{t('plannerNone')}</p>}
      {active && runState.computing && !model && <p role="status">{t('plannerLoading')}</p>}
      {active && outcome?.refusal && (
        <p role="alert" className="planner-entry-error" data-testid="planner-refused">
          {t('plannerRefused', { reason: refusalWords(t, language, outcome.refusal, FTE_BOUNDS) })}
        </p>
      )}
      {active && runState.error && <p role="alert">{UI_MESSAGES['analysis-failed'][language]({}).message}</p>}
      {active && !runState.computing && runState.key && !runState.run && <p>{t('plannerUnavailable')}</p>}
      {model && (
        <>
          <FormulaControls model={model} />
          <TeamTable model={model} />
          <Coverage model={model} />
          <Locations model={model} />
          <Territories model={model} />
          <Compare model={model} />
          <p className="chart-source">{t('plannerSource', { period })}</p>
          <PlannerExports model={model} />
        </>
      )}
    </section>
  );
}
