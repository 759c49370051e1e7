import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { duplicateActiveScenario, newScenario } from '../planner-commands';
import { activateScenario, deleteScenario, redo, renameScenario, undo, type Scenario } from '../state/scenario-slice';

const selectScenarios = (s: AppState) => s.scenarios;

/** Choose the active scenario (or the baseline), make a new one (from the baseline) or a copy of the active one, undo and redo. */
export function ScenarioBar() {
  const services = useServices();
  const { t } = useI18n();
  const scenarios = useAppState(selectScenarios);
  const update = services.store.update;
  return (
    <div className="planner-bar">
      <label>
        {t('plannerScenario')}{' '}
        <select className="planner-select" data-testid="scenario-select" value={scenarios.activeId ?? ''} onChange={(e) => update(inSlice('scenarios', activateScenario(e.target.value || null)))}>
          <option value="">{t('plannerBaseline')}</option>
          {scenarios.list.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="scenario-new" title={t('plannerNewTitle')} onClick={() => newScenario(services, (n) => t('plannerNewName', { n }))}>
        {t('plannerNew')}
      </button>
      <button type="button" data-testid="scenario-duplicate" title={t('plannerDuplicateTitle')} disabled={scenarios.activeId === null} onClick={() => duplicateActiveScenario(services, (name) => t('plannerDuplicateName', { name }))}>
        {t('plannerDuplicate')}
      </button>
      <button type="button" data-testid="scenario-undo" disabled={scenarios.past.length === 0} onClick={() => update(inSlice('scenarios', undo))} title="Ctrl+Z">
        {t('plannerUndo')}
      </button>
      <button type="button" data-testid="scenario-redo" disabled={scenarios.future.length === 0} onClick={() => update(inSlice('scenarios', redo))} title="Ctrl+Y">
        {t('plannerRedo')}
      </button>
    </div>
  );
}

/** Rename or delete the active scenario. */
export function ScenarioNameBar({ active }: { active: Scenario }) {
  const services = useServices();
  const { t } = useI18n();
  const update = services.store.update;
  return (
    <div className="planner-bar">
      <label>
        {t('plannerRename')}{' '}
        <input key={active.id} className="planner-input planner-name" data-testid="scenario-name" defaultValue={active.name} onBlur={(e) => update(inSlice('scenarios', renameScenario(active.id, e.target.value)))} />
      </label>
      <button type="button" data-testid="scenario-delete" onClick={() => update(inSlice('scenarios', deleteScenario(active.id)))}>
        {t('plannerDelete')}
      </button>
    </div>
  );
}
