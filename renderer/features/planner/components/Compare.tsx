import { useCallback, useRef, useState } from 'react';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { inSlice, type AppState } from '../../../app/app-state';
import { CompareMaps } from '../CompareMaps';
import type { PlannerModel } from '../planner-model';
import { setCompareWith } from '../state/scenario-slice';
import { CompareChart } from './CompareChart';
import { DiffTable } from './DiffTable';

const selectScenarios = (s: AppState) => s.scenarios;

/**
 * The active scenario against its comparison (the baseline or another scenario): the differences per team
 * and travel mode, the largest gaps, the caseload chart and the two synchronised maps.
 */
export function Compare({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t } = useI18n();
  const scenarios = useAppState(selectScenarios);
  const others = scenarios.list.filter((s) => s.id !== model.scenario.id);
  const compareName = model.compareLabel === 'baseline' ? t('plannerBaseline') : (others.find((s) => s.id === model.compareLabel)?.name ?? '');
  const [mapsOpen, setMapsOpen] = useState(false);
  const mapsButton = useRef<HTMLButtonElement>(null);
  const closeMaps = useCallback(() => {
    setMapsOpen(false);
    mapsButton.current?.focus();
  }, []);
  return (
    <div className="planner-compare" data-testid="planner-compare">
      <label>
        {t('plannerCompare')}{' '}
        <select data-testid="planner-compare-select" value={model.compareLabel} onChange={(e) => services.store.update(inSlice('scenarios', setCompareWith(e.target.value)))}>
          <option value="baseline">{t('plannerBaseline')}</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <DiffTable model={model} />
      <TopGaps model={model} compareName={compareName} />
      <CompareChart model={model} compareName={compareName} />
      <button type="button" ref={mapsButton} data-testid="planner-compare-maps" aria-pressed={mapsOpen} onClick={() => (mapsOpen ? closeMaps() : setMapsOpen(true))}>
        {t('plannerCompareMaps')}
      </button>
      {mapsOpen && <CompareMaps model={model} compareName={compareName} onClose={closeMaps} />}
    </div>
  );
}

/** The five largest gaps of the scenario, each with the comparison's at the same rank where it differs. */
function TopGaps({ model, compareName }: { model: PlannerModel; compareName: string }) {
  const { t } = useI18n();
  return (
    <div className="planner-gaps">
      <h3 className="detail-heading">{t('plannerTopGaps')}</h3>
      <ol data-testid="planner-gaps">
        {model.topGaps.scenario.map((name, i) => (
          <li key={name}>
            {name}
            {model.topGaps.compare[i] !== name && <span className="hint"> ({compareName}: {model.topGaps.compare[i] ?? '–'})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
