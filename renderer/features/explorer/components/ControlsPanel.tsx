import { useId, useMemo, useState } from 'react';
import type { IndicatorDefinition } from '../../../../data/package';
import type { ClassMethod } from '../../../../geo/classification';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { refreshMap } from '../commands/refresh-map';
import { levelLabel } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { DIVERGING_PALETTES, SEQUENTIAL_PALETTES, type PaletteChoice } from '../../../map/palette';
import { inSlice } from '../../../app/app-state';
import { clearSelection } from '../state/selection-slice';
import { groupByTheme } from '../state/indicator-themes';
import { selectPackage, selectView } from '../state/selectors';
import {
  MEASURES,
  setChangeFrom,
  setClassification,
  setIndicator,
  setLevel,
  setMeasure,
  setPalette,
  setPeriod,
  setStaffing,
  type Measure,
  type StaffingMetric,
  type ViewState,
} from '../state/view-slice';

const METHODS: readonly ClassMethod[] = ['quantile', 'equal-interval', 'natural-breaks', 'manual'];
const STAFFING: readonly StaffingMetric[] = ['caseload-per-fte', 'fte-per-1000', 'fte-vs-target'];

/**
 * Choosing what the map shows: level, indicator (grouped by theme, with search), period (a slider),
 * measure, the period to compare with, classification, colours and the staffing metric and profiles.
 * Every change recomputes the map.
 */
export function ControlsPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const view = useAppState(selectView);
  const [search, setSearch] = useState('');
  const [breaksText, setBreaksText] = useState<string | null>(null);
  const id = useId();
  const labelOf = (d: IndicatorDefinition) => (language === 'nl' ? d.labelNl : d.labelEn);
  const groups = useMemo(() => (pkg ? groupByTheme(pkg.definitions, search, labelOf) : []), [pkg, search, language]); // eslint-disable-line react-hooks/exhaustive-deps
  const profiles = useMemo(() => (pkg ? [...new Set(pkg.teamFte.map((r) => r.profile))].sort() : []), [pkg]);
  if (!pkg) return null;
  const change = (updater: (v: ViewState) => ViewState) => {
    services.store.update(inSlice('view', updater));
    void refreshMap(services);
  };
  const periodIndex = Math.max(0, pkg.periods.indexOf(view.period));
  const analysisMeasure = ['need', 'reach', 'gap', 'bivariate', 'staffing'].includes(view.measure);
  const definition = pkg.definitions.find((d) => d.id === view.indicator);
  const available = (m: Measure) => (m === 'rate' ? !!definition?.denominator : m === 'change' ? pkg.periods.length > 1 : m === 'staffing' ? pkg.teams.length > 0 && pkg.teamFte.length > 0 : true);
  return (
    <section className="panel controls" aria-label={`${t('level')}, ${t('indicator')}, ${t('period')}`}>
      <label htmlFor={`${id}-measure`}>{t('measure')}</label>
      <select id={`${id}-measure`} data-testid="measure-select" value={view.measure} onChange={(e) => change(setMeasure(e.target.value as Measure))}>
        {MEASURES.filter(available).map((m) => (
          <option key={m} value={m}>
            {MESSAGES[language].measures[m]}
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-level`}>{t('level')}</label>
      <select id={`${id}-level`} data-testid="level-select" value={view.level} onChange={(e) => {
          // Selected and pinned areas are codes of the old level: they go with it.
          services.store.update(inSlice('selection', clearSelection));
          change(setLevel(e.target.value));
        }} disabled={view.measure === 'staffing'}>
        {pkg.levels.map((l) => (
          <option key={l.level} value={l.level}>
            {levelLabel(language, l.level)} ({l.areas.features.length})
          </option>
        ))}
      </select>

      <label htmlFor={`${id}-indicator`}>{t('indicator')}</label>
      <input
        id={`${id}-search`}
        type="search"
        className="indicator-search"
        placeholder={t('searchIndicator')}
        aria-label={t('searchIndicator')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="indicator-search"
        disabled={analysisMeasure}
      />
      <select id={`${id}-indicator`} data-testid="indicator-select" value={view.indicator} onChange={(e) => change(setIndicator(e.target.value))} disabled={analysisMeasure}>
        {groups.length === 0 && <option disabled>{t('noIndicatorMatch')}</option>}
        {groups.map((g) => (
          <optgroup key={g.theme} label={MESSAGES[language].themes[g.theme] ?? g.theme}>
            {g.items.map((d) => (
              <option key={d.id} value={d.id}>
                {labelOf(d)}
              </option>
            ))}
          </optgroup>
        ))}
        {/* Keep the current indicator selectable while a search hides it. */}
        {definition && !groups.some((g) => g.items.includes(definition)) && <option value={definition.id}>{labelOf(definition)}</option>}
      </select>

      <label htmlFor={`${id}-period`}>
        {t('period')}: <strong data-testid="period-value">{view.period}</strong>
      </label>
      <input
        id={`${id}-period`}
        type="range"
        min={0}
        max={pkg.periods.length - 1}
        step={1}
        value={periodIndex}
        aria-label={t('periodSlider')}
        aria-valuetext={String(view.period)}
        list={`${id}-periods`}
        data-testid="period-slider"
        onChange={(e) => change(setPeriod(pkg.periods[Number(e.target.value)]!))}
      />
      <datalist id={`${id}-periods`}>
        {pkg.periods.map((p, i) => (
          <option key={p} value={i} label={String(p)} />
        ))}
      </datalist>
      <div className="period-ticks" aria-hidden="true">
        {pkg.periods.map((p) => (
          <span key={p}>{p}</span>
        ))}
      </div>

      {view.measure === 'change' && (
        <>
          <label htmlFor={`${id}-from`}>{t('changeFrom')}</label>
          <select id={`${id}-from`} data-testid="change-from-select" value={view.changeFrom} onChange={(e) => change(setChangeFrom(Number(e.target.value)))}>
            {pkg.periods
              .filter((p) => p !== view.period)
              .map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
          </select>
        </>
      )}

      {view.measure === 'staffing' && (
        <>
          <label htmlFor={`${id}-staffing`}>{t('staffingMetric')}</label>
          <select id={`${id}-staffing`} data-testid="staffing-select" value={view.staffing.metric} onChange={(e) => change(setStaffing({ metric: e.target.value as StaffingMetric }))}>
            {STAFFING.map((m) => (
              <option key={m} value={m}>
                {MESSAGES[language].staffingMetrics[m]}
              </option>
            ))}
          </select>
          {view.staffing.metric !== 'caseload-per-fte' && view.staffing.metric !== 'fte-vs-target' && (
            <fieldset className="profiles" data-testid="profiles">
              <legend>{t('profiles')}</legend>
              {profiles.map((p) => (
                <label key={p} className="checkbox">
                  <input
                    type="checkbox"
                    checked={view.staffing.profiles.includes(p)}
                    onChange={(e) => change(setStaffing({ profiles: e.target.checked ? [...view.staffing.profiles, p] : view.staffing.profiles.filter((x) => x !== p) }))}
                  />
                  {p.replaceAll('_', ' ')}
                </label>
              ))}
              {view.staffing.profiles.length === 0 && <p className="hint">{t('profileSocialWorkers')}</p>}
            </fieldset>
          )}
        </>
      )}

      {view.measure !== 'bivariate' && (
        <details className="classification">
          <summary>
            {t('classificationMethod')}: {MESSAGES[language].methods[view.classification.method]}, {t('classesN', { classes: view.classification.classes })}
          </summary>
          <label htmlFor={`${id}-method`}>{t('classificationMethod')}</label>
          <select id={`${id}-method`} data-testid="classification-select" value={view.classification.method} onChange={(e) => change(setClassification({ method: e.target.value as ClassMethod }))}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {MESSAGES[language].methods[m]}
              </option>
            ))}
          </select>
          {view.classification.method === 'manual' ? (
            <>
              <label htmlFor={`${id}-breaks`}>{t('manualBreaks')}</label>
              <input
                id={`${id}-breaks`}
                type="text"
                inputMode="decimal"
                data-testid="manual-breaks"
                value={breaksText ?? view.classification.manualBreaks.join('; ')}
                onChange={(e) => setBreaksText(e.target.value)}
                onBlur={() => {
                  if (breaksText === null) return;
                  const breaks = breaksText
                    .split(';')
                    .map((x) => Number(x.trim().replace(',', '.')))
                    .filter(Number.isFinite)
                    .sort((a, b) => a - b);
                  setBreaksText(null);
                  change(setClassification({ manualBreaks: [...new Set(breaks)], classes: Math.min(9, Math.max(3, breaks.length + 1)) }));
                }}
              />
            </>
          ) : (
            <>
              <label htmlFor={`${id}-classes`}>
                {t('classCount')}: {view.classification.classes}
              </label>
              <input id={`${id}-classes`} type="range" min={3} max={9} step={1} value={view.classification.classes} data-testid="classes-slider" onChange={(e) => change(setClassification({ classes: Number(e.target.value) }))} />
            </>
          )}
          <label htmlFor={`${id}-palette`}>{t('paletteLabel')}</label>
          <select id={`${id}-palette`} data-testid="palette-select" value={view.palette} onChange={(e) => change(setPalette(e.target.value as PaletteChoice))}>
            <option value="auto">{t('paletteAuto')}</option>
            {Object.keys(SEQUENTIAL_PALETTES).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
            {Object.keys(DIVERGING_PALETTES).map((p) => (
              <option key={p} value={p}>
                {p} (±)
              </option>
            ))}
          </select>
        </details>
      )}
    </section>
  );
}
