import { useEffect, useId, useState } from 'react';
import type { ApportionMethod } from '../../../../geo/apportionment';
import { useI18n, useServices } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import { CONSTRAINT_BOUNDS, TOTAL_FTE_BOUNDS } from '../number-entry';
import { applyFormula, tryScenarioEdit, type FormulaOutcome } from '../planner-commands';
import type { PlannerModel } from '../planner-model';
import { setConstraints, setMethod, setTotalFte } from '../state/scenario-slice';
import { NumberField } from './NumberField';

const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];
const METHOD_NAMES: Record<ApportionMethod, string> = { 'sainte-lague': 'Sainte-Laguë', dhondt: "D'Hondt", hamilton: 'Hamilton' };

/**
 * The apportionment formula of the active scenario: total FTE, method, minimum and maximum change; apply.
 * Applying never overwrites FTE set by hand unasked: it asks, and offers the formula as a new scenario
 * named after it.
 */
export function FormulaControls({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const id = useId();
  const s = model.scenario;
  const [outcome, setOutcome] = useState<{ kind: FormulaOutcome; name: string } | null>(null);
  // A question about one scenario is not left standing over another (what was made is still said).
  useEffect(() => setOutcome((o) => (o?.kind === 'created' ? o : null)), [s.id]);
  const total = s.totalFte ?? model.totals.fteNow;
  const formulaName = () => t('plannerFormulaName', { method: METHOD_NAMES[s.method], total: formatNumber(language, total, Number.isInteger(total) ? 0 : 1) });
  const apply = (into: 'ask' | 'overwrite' | 'new') => {
    const name = formulaName();
    setOutcome({ kind: applyFormula(services, into, () => name), name });
  };
  return (
    <fieldset className="planner-formula">
      <legend>{t('plannerFormula')}</legend>
      <label htmlFor={`${id}-total`}>
        {t('plannerTotal')} <span className="hint">({t('plannerTotalToday', { total: formatNumber(language, model.totals.fteNow, 1) })})</span>
      </label>
      <NumberField
        id={`${id}-total`}
        testId="planner-total"
        label={t('plannerTotal')}
        value={s.totalFte}
        bounds={TOTAL_FTE_BOUNDS}
        placeholder={formatNumber(language, model.totals.fteNow, 1)}
        onCommit={(v) => tryScenarioEdit(services, setTotalFte(v))}
      />
      <label htmlFor={`${id}-method`}>{t('plannerMethod')}</label>
      <select id={`${id}-method`} className="planner-select" data-testid="planner-method" value={s.method} onChange={(e) => void tryScenarioEdit(services, setMethod(e.target.value as ApportionMethod))}>
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_NAMES[m]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-min`}>{t('plannerMinimum')}</label>
      <NumberField id={`${id}-min`} testId="planner-minimum" label={t('plannerMinimum')} value={s.minimum} bounds={CONSTRAINT_BOUNDS} onCommit={(v) => tryScenarioEdit(services, setConstraints({ minimum: v }))} />
      <label htmlFor={`${id}-max`}>{t('plannerMaxChange')}</label>
      <NumberField id={`${id}-max`} testId="planner-max-change" label={t('plannerMaxChange')} value={s.maxChange} bounds={CONSTRAINT_BOUNDS} onCommit={(v) => tryScenarioEdit(services, setConstraints({ maxChange: v }))} />
      <div className="planner-formula-actions">
        <button type="button" className="primary" data-testid="planner-apply-formula" onClick={() => apply('ask')}>
          {t('plannerApplyFormula')}
        </button>
      </div>
      {outcome?.kind === 'needs-choice' && (
        <div className="planner-ask" role="alertdialog" aria-label={t('plannerApplyFormula')} data-testid="planner-formula-ask">
          <p>{t('plannerFormulaAsk')}</p>
          <div className="planner-bar">
            <button type="button" className="primary" data-testid="planner-formula-as-new" onClick={() => apply('new')}>
              {t('plannerFormulaAsNew')}
            </button>
            <button type="button" data-testid="planner-formula-overwrite" onClick={() => apply('overwrite')}>
              {t('plannerFormulaOverwrite')}
            </button>
            <button type="button" data-testid="planner-formula-cancel" onClick={() => setOutcome(null)}>
              {t('plannerFormulaCancel')}
            </button>
          </div>
        </div>
      )}
      {outcome?.kind === 'created' && (
        <p className="hint planner-formula-note" role="status" data-testid="planner-formula-created">
          {t('plannerFormulaCreated', { name: outcome.name })}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <p className="planner-entry-error planner-formula-note" role="alert" data-testid="planner-formula-refused">
          {t('plannerFormulaRefused')}
        </p>
      )}
    </fieldset>
  );
}
