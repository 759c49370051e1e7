import { useId } from 'react';
import type { ApportionMethod } from '../../../../geo/apportionment';
import { useI18n, useServices } from '../../../app/app-context';
import { inSlice } from '../../../app/app-state';
import { formatNumber } from '../../../shared/i18n/i18n';
import { applyFormula } from '../planner-commands';
import type { PlannerModel } from '../planner-model';
import { setConstraints, setMethod, setTotalFte } from '../state/scenario-slice';

const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];
const METHOD_NAMES: Record<ApportionMethod, string> = { 'sainte-lague': 'Sainte-Laguë', dhondt: "D'Hondt", hamilton: 'Hamilton' };

/** A number typed in either convention (decimal comma or point); empty is null. */
const typedNumber = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));

/** The apportionment formula of the active scenario: total FTE, method, minimum and maximum change; apply. */
export function FormulaControls({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const id = useId();
  const s = model.scenario;
  const update = services.store.update;
  return (
    <fieldset className="planner-formula">
      <legend>{t('plannerFormula')}</legend>
      <label htmlFor={`${id}-total`}>
        {t('plannerTotal')} <span className="hint">({t('plannerTotalToday', { total: formatNumber(language, model.totals.fteNow, 1) })})</span>
      </label>
      <input
        id={`${id}-total`}
        data-testid="planner-total"
        type="number"
        min={1}
        step={0.5}
        value={s.totalFte ?? ''}
        placeholder={String(model.totals.fteNow)}
        onChange={(e) => {
          const v = typedNumber(e.target.value);
          if (v === null || (Number.isFinite(v) && v > 0)) update(inSlice('scenarios', setTotalFte(v)));
        }}
      />
      <label htmlFor={`${id}-method`}>{t('plannerMethod')}</label>
      <select id={`${id}-method`} data-testid="planner-method" value={s.method} onChange={(e) => update(inSlice('scenarios', setMethod(e.target.value as ApportionMethod)))}>
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {METHOD_NAMES[m]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-min`}>{t('plannerMinimum')}</label>
      <input id={`${id}-min`} data-testid="planner-minimum" type="number" min={0} step={0.5} value={s.minimum ?? ''} onChange={(e) => update(inSlice('scenarios', setConstraints({ minimum: typedNumber(e.target.value) })))} />
      <label htmlFor={`${id}-max`}>{t('plannerMaxChange')}</label>
      <input id={`${id}-max`} data-testid="planner-max-change" type="number" min={0} step={0.5} value={s.maxChange ?? ''} onChange={(e) => update(inSlice('scenarios', setConstraints({ maxChange: typedNumber(e.target.value) })))} />
      <button type="button" data-testid="planner-apply-formula" onClick={() => applyFormula(services)}>
        {t('plannerApplyFormula')}
      </button>
    </fieldset>
  );
}
