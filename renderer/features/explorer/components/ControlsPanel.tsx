import { useId, useMemo, useState } from 'react';
import type { IndicatorDefinition, LoadedPackage } from '../../../../data/package';
import type { ClassMethod } from '../../../../geo/classification';
import { useAppState, useI18n, useServices } from '../../../app/app-context';
import { levelLabel } from '../../../shared/i18n/i18n';
import { MESSAGES } from '../../../shared/i18n/messages';
import { DIVERGING_PALETTES, SEQUENTIAL_PALETTES, type PaletteChoice } from '../../../map/palette';
import { inSlice } from '../../../app/app-state';
import { viewSettled } from '../../../app/view-settled';
import { BusyMark, useBusy, withBusy } from '../../../shared/ui';
import { clearSelection } from '../state/selection-slice';
import { groupByTheme } from '../state/indicator-themes';
import { ANALYSIS_MEASURES, measureSupported } from '../state/measure-support';
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

/** What every control gets: the package, the view, a change of the view, and ids unique to the panel. */
interface ControlProps {
  readonly pkg: LoadedPackage;
  readonly view: ViewState;
  readonly change: (updater: (v: ViewState) => ViewState) => void;
  /** A change whose step can be slow (a new level, period or measure): the control shows it is busy meanwhile. */
  readonly changeFrom: (control: string, updater: (v: ViewState) => ViewState) => void;
  readonly id: string;
}

/** What the map colours by (the measures the package has data for). */
function MeasurePicker({ pkg, view, changeFrom, id }: ControlProps) {
  const { t, language } = useI18n();
  const { busy } = useBusy('measure');
  // Only what the package has data for (else the map would be all grey); the current one stays listed.
  const available = (m: Measure) => measureSupported(pkg, view.indicator, m) || (m === view.measure && m !== 'rate');
  return (
    <>
      <label htmlFor={`${id}-measure`}>
        {t('measure')}
        <BusyMark id="measure" />
      </label>
      <select id={`${id}-measure`} data-testid="measure-select" aria-busy={busy} value={view.measure} onChange={(e) => changeFrom('measure', setMeasure(e.target.value as Measure))}>
        {MEASURES.filter(available).map((m) => (
          <option key={m} value={m}>
            {MESSAGES[language].measures[m]}
          </option>
        ))}
      </select>
    </>
  );
}

/** The area level; the selected and pinned areas (codes of the old level) go with a change. */
function LevelPicker({ pkg, view, changeFrom, id }: ControlProps) {
  const services = useServices();
  const { t, language } = useI18n();
  const { busy } = useBusy('level');
  return (
    <>
      <label htmlFor={`${id}-level`}>
        {t('level')}
        <BusyMark id="level" />
      </label>
      <select
        id={`${id}-level`}
        data-testid="level-select"
        aria-busy={busy}
        value={view.level}
        onChange={(e) => {
          services.store.update(inSlice('selection', clearSelection));
          changeFrom('level', setLevel(e.target.value));
        }}
        disabled={view.measure === 'staffing'}
      >
        {pkg.levels.map((l) => (
          <option key={l.level} value={l.level}>
            {levelLabel(language, l.level)} ({l.areas.features.length})
          </option>
        ))}
      </select>
    </>
  );
}

/** The indicator, grouped by theme, with a search that narrows the list until an indicator is chosen (off for the analysis measures). */
function IndicatorPicker({ pkg, view, change, id }: ControlProps) {
  const { t, language } = useI18n();
  const [search, setSearch] = useState('');
  const labelOf = (d: IndicatorDefinition) => (language === 'nl' ? d.labelNl : d.labelEn);
  const groups = useMemo(() => groupByTheme(pkg.definitions, search, labelOf), [pkg, search, language]); // eslint-disable-line react-hooks/exhaustive-deps
  const analysisMeasure = ANALYSIS_MEASURES.includes(view.measure);
  const definition = pkg.definitions.find((d) => d.id === view.indicator);
  return (
    <>
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
      <select
        id={`${id}-indicator`}
        data-testid="indicator-select"
        value={view.indicator}
        onChange={(e) => {
          change(setIndicator(e.target.value));
          // The search has done its work: the whole list shows again for the next choice.
          setSearch('');
        }}
        disabled={analysisMeasure}
      >
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
    </>
  );
}

/** The period as a slider over the package's periods; on a change map also the period to compare with. */
function PeriodControls({ pkg, view, change, changeFrom, id }: ControlProps) {
  const { t } = useI18n();
  const { busy } = useBusy('period');
  const periodIndex = Math.max(0, pkg.periods.indexOf(view.period));
  return (
    <>
      <label htmlFor={`${id}-period`}>
        {t('period')}: <strong data-testid="period-value">{view.period}</strong>
        <BusyMark id="period" />
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
        aria-busy={busy}
        onChange={(e) => changeFrom('period', setPeriod(pkg.periods[Number(e.target.value)]!))}
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
    </>
  );
}

/** The staffing map's team metric and, for FTE per 1,000 residents, the FTE profiles counted. */
function StaffingOptions({ pkg, view, change, id }: ControlProps) {
  const { t, language } = useI18n();
  const profiles = useMemo(() => [...new Set(pkg.teamFte.map((r) => r.profile))].sort(), [pkg]);
  const chosen = view.staffing.profiles;
  return (
    <>
      <label htmlFor={`${id}-staffing`}>{t('staffingMetric')}</label>
      <select id={`${id}-staffing`} data-testid="staffing-select" value={view.staffing.metric} onChange={(e) => change(setStaffing({ metric: e.target.value as StaffingMetric }))}>
        {STAFFING.map((m) => (
          <option key={m} value={m}>
            {MESSAGES[language].staffingMetrics[m]}
          </option>
        ))}
      </select>
      {view.staffing.metric === 'fte-per-1000' && (
        <fieldset className="profiles" data-testid="profiles">
          <legend>{t('profiles')}</legend>
          {profiles.map((p) => (
            <label key={p} className="checkbox">
              <input type="checkbox" checked={chosen.includes(p)} onChange={(e) => change(setStaffing({ profiles: e.target.checked ? [...chosen, p] : chosen.filter((x) => x !== p) }))} />
              {p.replaceAll('_', ' ')}
            </label>
          ))}
          {chosen.length === 0 && <p className="hint">{t('profileSocialWorkers')}</p>}
        </fieldset>
      )}
    </>
  );
}

/** Manual class breaks as text ("10; 20; 30"), applied when the field is left. */
function ManualBreaks({ view, change, id }: ControlProps) {
  const { t } = useI18n();
  const [breaksText, setBreaksText] = useState<string | null>(null);
  return (
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
  );
}

/** How values become colours: the classification method, the number of classes (or manual breaks), the palette. */
function ClassificationOptions(props: ControlProps) {
  const { view, change, id } = props;
  const { t, language } = useI18n();
  return (
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
        <ManualBreaks {...props} />
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
  );
}

/**
 * Choosing what the map shows: measure, level, indicator (grouped by theme, with search), period (a
 * slider) and the period to compare with, the staffing metric and profiles, classification and colours.
 * A control only changes the view; the map follows the view by itself (commands/map-follows-view.ts).
 */
export function ControlsPanel() {
  const services = useServices();
  const { t } = useI18n();
  const pkg = useAppState(selectPackage);
  const view = useAppState(selectView);
  const id = useId();
  if (!pkg) return null;
  const change = (updater: (v: ViewState) => ViewState) => services.store.update(inSlice('view', updater));
  const changeFrom = (control: string, updater: (v: ViewState) => ViewState) => {
    change(updater);
    void withBusy(services.store, control, () => viewSettled(services));
  };
  const props: ControlProps = { pkg, view, id, change, changeFrom };
  return (
    <section className="panel controls" aria-label={`${t('level')}, ${t('indicator')}, ${t('period')}`}>
      <MeasurePicker {...props} />
      <LevelPicker {...props} />
      <IndicatorPicker {...props} />
      <PeriodControls {...props} />
      {view.measure === 'staffing' && <StaffingOptions {...props} />}
      {view.measure !== 'bivariate' && <ClassificationOptions {...props} />}
    </section>
  );
}
