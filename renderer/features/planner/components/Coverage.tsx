import { useI18n, useServices } from '../../../app/app-context';
import { formatNumber } from '../../../shared/i18n/i18n';
import type { PlannerModel } from '../planner-model';
import { RADIUS_BOUNDS } from '../number-entry';
import { tryScenarioEdit } from '../planner-commands';
import { capitalise, modeWords } from '../planner-words';
import { setRadius } from '../state/scenario-slice';
import { NumberField } from './NumberField';

/** Need covered per travel mode in the comparison and the scenario, with each mode's radius (editable, km, nl-BE). */
export function Coverage({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const pct = (x: number | null) => (x === null ? '–' : `${formatNumber(language, 100 * x, 1)} %`);
  return (
    <div className="planner-coverage" data-testid="planner-coverage">
      <h3 className="detail-heading">{t('plannerCoverage')}</h3>
      <ul>
        {model.coverage.map((c, i) => {
          const mode = modeWords(t, c.mode, i);
          return (
            <li key={c.mode} data-mode={c.mode} data-scenario={c.needScenario} data-compare={c.needCompare}>
              <span>{t('plannerCoverageRow', { mode: capitalise(mode), radius: `${formatNumber(language, c.radiusM / 1000, 1)} km`, now: pct(c.compare), scenario: pct(c.scenario) })}</span>
              <span className="radius-input">
                <NumberField
                  testId={`planner-radius-${c.mode}`}
                  label={t('plannerRadius', { mode })}
                  value={c.radiusM / 1000}
                  bounds={RADIUS_BOUNDS}
                  onCommit={(km) => tryScenarioEdit(services, setRadius(c.mode, Math.round((km ?? 0) * 1000)))}
                />{' '}
                km
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
