import { useMemo, useRef, useState } from 'react';
import type { TerritoryReport } from '../../../../geo/territories';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import type { AppState } from '../../../app/app-state';
import { formatNumber, type Translate } from '../../../shared/i18n/i18n';
import { selectPackage } from '../../explorer/state/selectors';
import { baseAdjacencyOf, type BaseAdjacency } from '../../organise/use-base-adjacency';
import type { NumberBounds } from '../number-entry';
import { applyTerritoryProposal } from '../planner-commands';
import type { PlannerModel } from '../planner-model';
import { proposeScenarioTerritories, type ScenarioTerritoryProposal, type TerritoryBalance, type TerritoryProposalOptions } from '../propose-scenario-territories';
import { NumberField } from './NumberField';

const selectRun = (s: AppState) => s.plannerRun.run;
/** Tolerance in per cent of the mean load. */
const TOLERANCE_BOUNDS: NumberBounds = { min: 0, max: 100 };
const BALANCES: readonly { readonly id: TerritoryBalance; readonly label: 'terrBalanceNeed' | 'terrBalanceDossiers' | 'terrBalancePerFte' }[] = [
  { id: 'personsInNeed', label: 'terrBalanceNeed' },
  { id: 'openDossiers', label: 'terrBalanceDossiers' },
  { id: 'dossiersPerFte', label: 'terrBalancePerFte' },
];

/** The teams named in a binding constraint: the proposal's own words are English, so the UI says it itself. */
function bindingWords(t: Translate, report: TerritoryReport, teamName: (id: string) => string): string[] {
  return report.binding.map((b) => {
    const teams = report.teams.map((x) => x.team).filter((id) => new RegExp(`\\b${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(b.detail));
    return t(`terrBinding.${b.constraint}`, { teams: teams.map(teamName).join(', ') || '–' });
  });
}

/**
 * *Gebieden voorstellen*: the balance measure, the tolerance, keep wijken whole, as few changes as possible;
 * proposes on the active scenario's data (`proposeScenarioTerritories`), shows the report (max ÷ min, worst
 * deviation and whether it is within the tolerance, areas and residents that change team, what binds) and
 * offers *Toepassen in nieuw scenario*, which the existing comparison then sets beside today.
 */
export function TerritoryProposal({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const run = useAppState(selectRun);
  const pkg = useAppState(selectPackage);
  // Shared borders are found when first proposing (not each time the planner opens), once per package.
  const adjacency = useRef<{ pkg: unknown; value: BaseAdjacency } | null>(null);
  const [options, setOptions] = useState<TerritoryProposalOptions>({ balance: 'personsInNeed', tolerance: 0.15, keepWijken: false, minChange: false });
  const [result, setResult] = useState<{ scenario: PlannerModel['scenario']; options: TerritoryProposalOptions; proposal: ScenarioTerritoryProposal | 'failed' } | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const names = useMemo(() => new Map(run?.input.teams.map((x) => [x.id, x.name] as const) ?? []), [run]);
  if (!run || !pkg) return null;
  // A result belongs to the scenario and options it was made for.
  const shown = result && result.scenario === model.scenario && result.options === options ? result.proposal : null;
  const set = (patch: Partial<TerritoryProposalOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const propose = () => {
    setApplied(null);
    try {
      if (adjacency.current?.pkg !== pkg) adjacency.current = { pkg, value: baseAdjacencyOf(pkg) };
      setResult({ scenario: model.scenario, options, proposal: proposeScenarioTerritories(pkg, run, model.scenario, adjacency.current.value, options) });
    } catch (error) {
      // A package the method cannot take (e.g. no areas): said in words, the detail to the console.
      console.error(error);
      setResult({ scenario: model.scenario, options, proposal: 'failed' });
    }
  };
  const pct = (x: number) => formatNumber(language, x * 100, 1);
  const tolerance = formatNumber(language, options.tolerance * 100, 0);
  return (
    <fieldset className="planner-formula planner-territory-propose" data-testid="planner-territory-propose">
      <legend>{t('terrPropose')}</legend>
      <p className="hint planner-formula-note">{t('terrProposeIntro')}</p>
      <label htmlFor="terr-balance">{t('terrBalance')}</label>
      <select id="terr-balance" className="planner-select" data-testid="planner-territory-balance" value={options.balance} onChange={(e) => set({ balance: e.target.value as TerritoryBalance })}>
        {BALANCES.map((b) => (
          <option key={b.id} value={b.id}>
            {t(b.label)}
          </option>
        ))}
      </select>
      <label htmlFor="terr-tolerance">{t('terrTolerance')}</label>
      <NumberField
        id="terr-tolerance"
        value={options.tolerance * 100}
        bounds={TOLERANCE_BOUNDS}
        label={t('terrTolerance')}
        testId="planner-territory-tolerance"
        digits={1}
        onCommit={(v) => {
          if (v !== null) set({ tolerance: v / 100 });
          return null;
        }}
      />
      <label className="planner-check planner-formula-actions">
        <input type="checkbox" data-testid="planner-territory-keep-wijken" checked={options.keepWijken} onChange={(e) => set({ keepWijken: e.target.checked })} /> {t('terrKeepWijken')}
      </label>
      <label className="planner-check planner-formula-actions">
        <input type="checkbox" data-testid="planner-territory-min-change" checked={options.minChange} onChange={(e) => set({ minChange: e.target.checked })} /> {t('terrMinChange')}
      </label>
      <div className="planner-formula-actions">
        <button type="button" data-testid="planner-territory-propose-run" onClick={propose}>
          {t('terrProposeRun')}
        </button>
      </div>
      {shown === 'failed' && (
        <p role="alert" className="planner-formula-actions">
          {t('terrFailed')}
        </p>
      )}
      {shown && shown !== 'failed' && !shown.ok && (
        <p role="alert" className="planner-formula-actions" data-testid="planner-territory-refused">
          {t(shown.reason === 'no-location' ? 'terrNoLocation' : 'terrNoFte', { teams: shown.teams.join(', ') })}
        </p>
      )}
      {shown && shown !== 'failed' && shown.ok && (
        <div className="planner-formula-actions planner-territory-report" data-testid="planner-territory-report" data-tolerance-met={shown.report.toleranceMet} data-changed={shown.changedAreas} data-milliseconds={Math.round(shown.milliseconds)}>
          <p className="detail-heading">{t('terrReport')}</p>
          <ul>
            <li>{t('terrMaxOverMin', { value: Number.isFinite(shown.report.maxOverMin) ? formatNumber(language, shown.report.maxOverMin, 3) : '∞' })}</li>
            <li data-testid="planner-territory-worst">
              {t('terrWorst', { value: pct(shown.report.worstDeviation) })} · {t(shown.report.toleranceMet ? 'terrWithin' : 'terrOutside', { tolerance })}
            </li>
            <li data-testid="planner-territory-moves">{t('terrMoves', { count: shown.changedAreas, residents: formatNumber(language, shown.changedResidents, 0) })}</li>
            {shown.report.isolatedAreas.length > 0 && <li>{t('terrIsolated', { count: shown.report.isolatedAreas.length })}</li>}
          </ul>
          {shown.report.binding.length > 0 && (
            <>
              <p className="hint">{t('terrBindingTitle')}</p>
              <ul data-testid="planner-territory-binding">
                {bindingWords(t, shown.report, (id) => names.get(id) ?? id).map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
          <button
            type="button"
            data-testid="planner-territory-apply"
            disabled={Object.keys(shown.territory).length === 0 && Object.keys(model.scenario.territory).length === 0}
            onClick={() => {
              const name = t('terrProposalName', { tolerance });
              if (applyTerritoryProposal(services, shown.territory, name)) setApplied(name);
            }}
          >
            {t('terrApply')}
          </button>
        </div>
      )}
      {applied && (
        <p role="status" className="planner-formula-actions" data-testid="planner-territory-applied">
          {t('terrApplied', { name: applied })}
        </p>
      )}
    </fieldset>
  );
}
