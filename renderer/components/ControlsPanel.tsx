import { useId } from 'react';
import { useAppState, useI18n, useServices } from '../app/app-context';
import { refreshChoropleth } from '../commands/refresh-choropleth';
import { levelLabel } from '../i18n/i18n';
import { inSlice } from '../state/app-state';
import { selectPackage, selectView } from '../state/selectors';
import { setIndicator, setLevel, setPeriod, type ViewState } from '../state/view-slice';

/** Level, indicator and period pickers. Each change recomputes the choropleth. */
export function ControlsPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const view = useAppState(selectView);
  const ids = { level: useId(), indicator: useId(), period: useId() };
  if (!pkg) return null;
  const change = (updater: (v: ViewState) => ViewState) => {
    services.store.update(inSlice('view', updater));
    void refreshChoropleth(services);
  };
  return (
    <section className="panel controls" aria-label={`${t('level')}, ${t('indicator')}, ${t('period')}`}>
      <label htmlFor={ids.level}>{t('level')}</label>
      <select id={ids.level} data-testid="level-select" value={view.level} onChange={(e) => change(setLevel(e.target.value))}>
        {pkg.levels.map((l) => (
          <option key={l.level} value={l.level}>
            {levelLabel(language, l.level)} ({l.areas.features.length})
          </option>
        ))}
      </select>
      <label htmlFor={ids.indicator}>{t('indicator')}</label>
      <select id={ids.indicator} data-testid="indicator-select" value={view.indicator} onChange={(e) => change(setIndicator(e.target.value))}>
        {pkg.definitions.map((d) => (
          <option key={d.id} value={d.id}>
            {language === 'nl' ? d.labelNl : d.labelEn}
          </option>
        ))}
      </select>
      <label htmlFor={ids.period}>{t('period')}</label>
      <select id={ids.period} data-testid="period-select" value={view.period} onChange={(e) => change(setPeriod(Number(e.target.value)))}>
        {pkg.periods.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </select>
    </section>
  );
}
