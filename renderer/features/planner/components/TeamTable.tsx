import { useI18n, useServices } from '../../../app/app-context';
import { inSlice } from '../../../app/app-state';
import { formatNumber } from '../../../shared/i18n/i18n';
import { FTE_BOUNDS } from '../number-entry';
import { tryScenarioEdit } from '../planner-commands';
import type { PlannerModel, PlannerTeamRow } from '../planner-model';
import { NumberField } from './NumberField';
import { endEdit, setTeamFte } from '../state/scenario-slice';

/** A number with one decimal, or the word for "suppressed" where the model holds none. */
function useFormat() {
  const { t, language } = useI18n();
  return (x: number | null, digits = 1) => (x === null ? t('plannerSuppressed') : formatNumber(language, x, digits));
}

/** The teams of the active scenario: FTE now, need share, target, FTE of the scenario (editable), caseloads. */
export function TeamTable({ model }: { model: PlannerModel }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const sliderMax = Math.ceil(Math.max(...model.teams.map((r) => Math.max(r.fteNow, r.fteScenario, r.targetFte))) * 2);
  return (
    <div className="planner-table-wrap">
      <table className="planner-table" data-testid="planner-table">
        <thead>
          <tr>
            <th scope="col">{t('plannerTeam')}</th>
            <th scope="col">{t('plannerFteNow')}</th>
            <th scope="col">{t('plannerNeedShare')}</th>
            <th scope="col">{t('plannerTarget')}</th>
            <th scope="col">{t('plannerFteScenario')}</th>
            <th scope="col">{t('plannerCaseloadNow')}</th>
            <th scope="col">{t('plannerCaseloadScenario')}</th>
          </tr>
        </thead>
        <tbody>
          {model.teams.map((r) => (
            <TeamRow key={r.id} row={r} sliderMax={sliderMax} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('plannerTotalRow')}</th>
            <td>{fmt(model.totals.fteNow)}</td>
            <td>100 %</td>
            <td>{fmt(model.totals.targetFte)}</td>
            <td data-testid="planner-total-scenario">{fmt(model.totals.fteScenario)}</td>
            <td />
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function TeamRow({ row: r, sliderMax }: { row: PlannerTeamRow; sliderMax: number }) {
  const { language } = useI18n();
  const fmt = useFormat();
  return (
    <tr data-testid="planner-row" data-team={r.id} data-fte-scenario={r.fteScenario} data-violation={r.violations.length > 0 ? 'true' : 'false'}>
      <th scope="row">{r.name}</th>
      <td>{fmt(r.fteNow)}</td>
      <td data-testid="planner-need-share">{formatNumber(language, 100 * r.needShare, 1)} %</td>
      <td data-testid="planner-target">{fmt(r.targetFte)}</td>
      <td>
        <FteInputs row={r} sliderMax={sliderMax} />
      </td>
      <td data-testid="planner-caseload-now">{fmt(r.caseloadCompare)}</td>
      <td data-testid="planner-caseload-scenario">{fmt(r.caseloadScenario)}</td>
    </tr>
  );
}

/** A team's FTE in the scenario: a number field (nl-BE, bounded), a slider (one undo step per drag) and its violations. */
function FteInputs({ row: r, sliderMax }: { row: PlannerTeamRow; sliderMax: number }) {
  const services = useServices();
  const { t, language } = useI18n();
  const update = services.store.update;
  return (
    <>
      <NumberField
        className="fte-input"
        testId="planner-fte-input"
        label={t('plannerFteInput', { team: r.name })}
        value={r.fteScenario}
        bounds={FTE_BOUNDS}
        onCommit={(v) => tryScenarioEdit(services, setTeamFte(r.id, v ?? 0))}
      />
      <input
        type="range"
        className="fte-slider"
        data-testid="planner-fte-slider"
        aria-label={t('plannerFteSlider', { team: r.name })}
        min={0}
        max={sliderMax}
        step={0.5}
        value={Math.min(r.fteScenario, sliderMax)}
        onChange={(e) => void tryScenarioEdit(services, setTeamFte(r.id, Number(e.target.value), `fte:${r.id}`))}
        onPointerUp={() => update(inSlice('scenarios', endEdit))}
        onKeyUp={() => update(inSlice('scenarios', endEdit))}
      />
      {r.violations.map((v) => (
        <span key={v.kind} className="violation" role="note" data-testid="planner-violation">
          {v.kind === 'below-minimum' ? t('plannerBelowMinimum', { limit: formatNumber(language, v.limit, 1) }) : t('plannerBeyondChange', { limit: formatNumber(language, v.limit, 1) })}
        </span>
      ))}
    </>
  );
}
