import { useI18n, useServices } from '../../../app/app-context';
import { inSlice } from '../../../app/app-state';
import { formatNumber } from '../../../shared/i18n/i18n';
import type { PlannerModel } from '../planner-model';
import { setRadius } from '../state/scenario-slice';

/** Need covered per travel mode in the comparison and the scenario, with each mode's radius (editable, km). */
export function Coverage({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const modeLabel = (mode: string) => (mode === 'walk' ? t('ringModeWalk') : mode === 'bike' ? t('ringModeBike') : mode);
  const pct = (x: number | null) => (x === null ? '–' : `${formatNumber(language, 100 * x, 1)} %`);
  return (
    <div className="planner-coverage" data-testid="planner-coverage">
      <h3 className="detail-heading">{t('plannerCoverage')}</h3>
      <ul>
        {model.coverage.map((c) => (
          <li key={c.mode} data-mode={c.mode} data-scenario={c.needScenario} data-compare={c.needCompare}>
            {t('plannerCoverageRow', { mode: modeLabel(c.mode), radius: `${formatNumber(language, c.radiusM / 1000, 1)} km`, now: pct(c.compare), scenario: pct(c.scenario) })}{' '}
            <label className="radius-input">
              <span className="sr-only">{t('plannerRadius', { mode: modeLabel(c.mode) })}</span>
              <input
                type="number"
                data-testid={`planner-radius-${c.mode}`}
                aria-label={t('plannerRadius', { mode: modeLabel(c.mode) })}
                min={0.1}
                max={20}
                step={0.1}
                value={c.radiusM / 1000}
                onChange={(e) => {
                  const km = Number(e.target.value);
                  if (e.target.value !== '' && Number.isFinite(km) && km > 0) services.store.update(inSlice('scenarios', setRadius(c.mode, Math.round(km * 1000))));
                }}
              />{' '}
              km
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
