import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ApportionMethod } from '../../../geo/apportionment';
import type { LocationModel } from '../../../geo/location-allocation';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { formatNumber } from '../../shared/i18n/i18n';
import { inSlice, type AppState } from '../../app/app-state';
import {
  activateScenario,
  closeCentre,
  deleteScenario,
  endEdit,
  redo,
  renameScenario,
  reopenCentre,
  setCompareWith,
  setConstraints,
  setRadius,
  setMethod,
  setTeamFte,
  setTotalFte,
  undo,
  type AddedCentre,
} from './state/scenario-slice';
import { setPlannerTool } from '../../app/ui-slice';
import { openProjectText, saveProjectFile } from '../../app/project/project-commands';
import { CompareMaps } from './CompareMaps';
import { acceptSites, applyFormula, ensurePlannerRun, newScenario, proposeSites } from './planner-commands';
import { selectPlannerModel, type PlannerModel } from './planner-model';
import { exportPlannerChartPng, exportPlannerCsv, exportPlannerMapPng } from './planner-exports';

const selectScenarios = (s: AppState) => s.scenarios;
const selectRunState = (s: AppState) => s.plannerRun;
const selectTool = (s: AppState) => s.ui.plannerTool;
const selectPeriod = (s: AppState) => s.view.period;
const METHODS: readonly ApportionMethod[] = ['sainte-lague', 'dhondt', 'hamilton'];

/**
 * The planner: scenarios of FTE per team and of locations over the package's baseline, recomputed by the
 * engine on every edit (the table, the chart, the coverage and the staffing map), compared with the
 * baseline or another scenario; undo and redo.
 */
export function PlannerPanel() {
  const services = useServices();
  const { t, language } = useI18n();
  const scenarios = useAppState(selectScenarios);
  const runState = useAppState(selectRunState);
  const model = useAppState(selectPlannerModel);
  const period = useAppState(selectPeriod);
  useEffect(() => {
    void ensurePlannerRun(services);
  }, [services, period]);
  const update = services.store.update;
  const active = scenarios.list.find((s) => s.id === scenarios.activeId) ?? null;

  return (
    <section className="planner-panel" data-testid="planner-panel" aria-label={t('plannerTitle')} data-ready={model ? 'true' : 'false'}>
      <h2 className="planner-title">{t('plannerTitle')}</h2>
      <p className="chart-intro">{t('plannerIntro')}</p>
      <div className="planner-bar">
        <label>
          {t('plannerScenario')}{' '}
          <select data-testid="scenario-select" value={scenarios.activeId ?? ''} onChange={(e) => update(inSlice('scenarios', activateScenario(e.target.value || null)))}>
            <option value="">{t('plannerBaseline')}</option>
            {scenarios.list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" data-testid="scenario-new" onClick={() => newScenario(services, (n) => t('plannerNewName', { n }))}>
          {t('plannerNew')}
        </button>
        <button type="button" data-testid="scenario-undo" disabled={scenarios.past.length === 0} onClick={() => update(inSlice('scenarios', undo))} title="Ctrl+Z">
          {t('plannerUndo')}
        </button>
        <button type="button" data-testid="scenario-redo" disabled={scenarios.future.length === 0} onClick={() => update(inSlice('scenarios', redo))} title="Ctrl+Y">
          {t('plannerRedo')}
        </button>
      </div>
      <ProjectBar />
      {active && (
        <div className="planner-bar">
          <label>
            {t('plannerRename')}{' '}
            <input key={active.id} data-testid="scenario-name" defaultValue={active.name} onBlur={(e) => update(inSlice('scenarios', renameScenario(active.id, e.target.value)))} />
          </label>
          <button type="button" data-testid="scenario-delete" onClick={() => update(inSlice('scenarios', deleteScenario(active.id)))}>
            {t('plannerDelete')}
          </button>
        </div>
      )}
      {!active && <p className="detail-note">{t('plannerNone')}</p>}
      {active && runState.computing && !model && <p role="status">{t('plannerLoading')}</p>}
      {active && runState.error && <p role="alert">{runState.error.message}</p>}
      {active && !runState.computing && runState.key && !runState.run && <p>{t('plannerUnavailable')}</p>}
      {model && (
        <>
          <FormulaControls model={model} />
          <TeamTable model={model} />
          <Coverage model={model} />
          <Locations model={model} />
          <Compare model={model} />
          <p className="chart-source">{t('plannerSource', { period })}</p>
          <button type="button" data-testid="planner-export-csv" onClick={() => void exportPlannerCsv(services, model, { t, language })}>
            {t('plannerExportCsv')}
          </button>
          <ExportImages scenarioName={model.scenario.name} />
        </>
      )}
    </section>
  );
}

function FormulaControls({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const id = useId();
  const s = model.scenario;
  const update = services.store.update;
  const num = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
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
          const v = num(e.target.value);
          if (v === null || (Number.isFinite(v) && v > 0)) update(inSlice('scenarios', setTotalFte(v)));
        }}
      />
      <label htmlFor={`${id}-method`}>{t('plannerMethod')}</label>
      <select id={`${id}-method`} data-testid="planner-method" value={s.method} onChange={(e) => update(inSlice('scenarios', setMethod(e.target.value as ApportionMethod)))}>
        {METHODS.map((m) => (
          <option key={m} value={m}>
            {m === 'sainte-lague' ? 'Sainte-Laguë' : m === 'dhondt' ? "D'Hondt" : 'Hamilton'}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-min`}>{t('plannerMinimum')}</label>
      <input id={`${id}-min`} data-testid="planner-minimum" type="number" min={0} step={0.5} value={s.minimum ?? ''} onChange={(e) => update(inSlice('scenarios', setConstraints({ minimum: num(e.target.value) })))} />
      <label htmlFor={`${id}-max`}>{t('plannerMaxChange')}</label>
      <input id={`${id}-max`} data-testid="planner-max-change" type="number" min={0} step={0.5} value={s.maxChange ?? ''} onChange={(e) => update(inSlice('scenarios', setConstraints({ maxChange: num(e.target.value) })))} />
      <button type="button" data-testid="planner-apply-formula" onClick={() => applyFormula(services)}>
        {t('plannerApplyFormula')}
      </button>
    </fieldset>
  );
}

function TeamTable({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const update = services.store.update;
  const fmt = (x: number | null, digits = 1) => (x === null ? t('plannerSuppressed') : formatNumber(language, x, digits));
  const max = Math.max(...model.teams.map((r) => Math.max(r.fteNow, r.fteScenario, r.targetFte))) * 2;
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
          <tr key={r.id} data-testid="planner-row" data-team={r.id} data-violation={r.violations.length > 0 ? 'true' : 'false'}>
            <th scope="row">{r.name}</th>
            <td>{fmt(r.fteNow)}</td>
            <td>{formatNumber(language, 100 * r.needShare, 1)} %</td>
            <td data-testid="planner-target">{fmt(r.targetFte)}</td>
            <td>
              <input
                type="number"
                className="fte-input"
                data-testid="planner-fte-input"
                aria-label={t('plannerFteInput', { team: r.name })}
                min={0}
                step={0.5}
                value={r.fteScenario}
                onChange={(e) => {
                  const v = Number(e.target.value);
                  if (e.target.value !== '' && Number.isFinite(v) && v >= 0) update(inSlice('scenarios', setTeamFte(r.id, v)));
                }}
              />
              <input
                type="range"
                className="fte-slider"
                data-testid="planner-fte-slider"
                aria-label={t('plannerFteSlider', { team: r.name })}
                min={0}
                max={Math.ceil(max)}
                step={0.5}
                value={r.fteScenario}
                onChange={(e) => update(inSlice('scenarios', setTeamFte(r.id, Number(e.target.value), `fte:${r.id}`)))}
                onPointerUp={() => update(inSlice('scenarios', endEdit))}
                onKeyUp={() => update(inSlice('scenarios', endEdit))}
              />
              {r.violations.map((v) => (
                <span key={v.kind} className="violation" role="note" data-testid="planner-violation">
                  {v.kind === 'below-minimum' ? t('plannerBelowMinimum', { limit: formatNumber(language, v.limit, 1) }) : t('plannerBeyondChange', { limit: formatNumber(language, v.limit, 1) })}
                </span>
              ))}
            </td>
            <td data-testid="planner-caseload-now">{fmt(r.caseloadCompare)}</td>
            <td data-testid="planner-caseload-scenario">{fmt(r.caseloadScenario)}</td>
          </tr>
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

function Coverage({ model }: { model: PlannerModel }) {
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

function Locations({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t } = useI18n();
  const tool = useAppState(selectTool);
  const [k, setK] = useState(1);
  const [siteModel, setSiteModel] = useState<LocationModel>('mclp');
  const [proposal, setProposal] = useState<AddedCentre[] | null>(null);
  const update = services.store.update;
  const s = model.scenario;
  const base = services.store.getState().plannerRun.run!;
  return (
    <div className="planner-locations" data-testid="planner-locations">
      <h3 className="detail-heading">{t('plannerLocations')}</h3>
      <div className="planner-bar">
        <button
          type="button"
          data-testid="planner-add-location"
          aria-pressed={tool === 'add-centre'}
          onClick={() => update(inSlice('ui', setPlannerTool(tool === 'add-centre' ? 'none' : 'add-centre')))}
        >
          {t('plannerAddLocation')}
        </button>
      </div>
      {tool === 'add-centre' && <p role="status">{t('plannerAddingLocation')}</p>}
      <p className="hint">{t('plannerDragHint')}</p>
      <ul className="planner-centres">
        {base.input.centres.map((c) => {
          const isClosed = s.closed.includes(c.id);
          return (
            <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state={isClosed ? 'closed' : s.moved[c.id] ? 'moved' : 'open'}>
              {c.name}
              {isClosed && <em> · {t('plannerClosed')}</em>}
              {s.moved[c.id] && <em> · {t('plannerMoved')}</em>}{' '}
              <button type="button" className="link" onClick={() => update(inSlice('scenarios', isClosed ? reopenCentre(c.id) : closeCentre(c.id)))}>
                {isClosed ? t('plannerReopen') : t('plannerClose')}
              </button>
            </li>
          );
        })}
        {s.added.map((c) => (
          <li key={c.id} data-testid="planner-centre" data-id={c.id} data-state="added">
            {c.name} <em>· {t('plannerAdded')}</em>{' '}
            <button type="button" className="link" onClick={() => update(inSlice('scenarios', closeCentre(c.id)))}>
              {t('plannerClose')}
            </button>
          </li>
        ))}
      </ul>
      <div className="planner-bar">
        <label>
          {t('plannerBestSites')} · {t('plannerBestSitesK')}{' '}
          <input type="number" data-testid="planner-best-k" min={1} max={5} value={k} onChange={(e) => setK(Math.min(5, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
        <label>
          <span className="sr-only">{t('plannerBestSitesModel')}</span>
          <select data-testid="planner-best-model" aria-label={t('plannerBestSitesModel')} value={siteModel} onChange={(e) => setSiteModel(e.target.value as LocationModel)}>
            <option value="mclp">{t('plannerModelMclp')}</option>
            <option value="p-median">{t('plannerModelPMedian')}</option>
          </select>
        </label>
        <button type="button" data-testid="planner-best-find" onClick={() => setProposal(proposeSites(services, k, (area) => t('plannerBestSiteName', { area }), siteModel))}>
          {t('plannerBestSitesFind')}
        </button>
      </div>
      {proposal && proposal.length > 0 && (
        <div className="planner-proposal" data-testid="planner-proposal">
          <ul>
            {proposal.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          <button
            type="button"
            data-testid="planner-best-accept"
            onClick={() => {
              acceptSites(services, proposal);
              setProposal(null);
            }}
          >
            {t('plannerBestSitesAccept')}
          </button>
        </div>
      )}
      {proposal && proposal.length === 0 && <p>–</p>}
    </div>
  );
}

function Compare({ model }: { model: PlannerModel }) {
  const services = useServices();
  const { t, language } = useI18n();
  const scenarios = useAppState(selectScenarios);
  const others = scenarios.list.filter((s) => s.id !== model.scenario.id);
  const compareName = model.compareLabel === 'baseline' ? t('plannerBaseline') : (others.find((s) => s.id === model.compareLabel)?.name ?? '');
  const data = model.teams.map((r) => ({ name: r.name.replace(/^Wijkteam\s+/i, ''), a: r.caseloadCompare, b: r.caseloadScenario }));
  const fmt = (x: number | null) => (x === null ? t('plannerSuppressed') : formatNumber(language, x, 1));
  const km = (m: number | null) => (m === null ? '–' : `${formatNumber(language, m / 1000, 1)} km`);
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
      <table className="planner-table" data-testid="planner-diff">
        <thead>
          <tr>
            <th scope="col">{t('plannerTeam')}</th>
            <th scope="col">{t('plannerDiffFte')}</th>
            <th scope="col">{t('plannerDiffCaseload')}</th>
            <th scope="col">{t('plannerDistance')}</th>
          </tr>
        </thead>
        <tbody>
          {model.teams.map((r) => {
            const d = r.fteScenario - r.fteCompare;
            return (
              <tr key={r.id} data-testid="planner-diff-row" data-team={r.id} data-delta={d}>
                <th scope="row">{r.name}</th>
                <td className={d > 0 ? 'gain' : d < 0 ? 'loss' : ''}>{`${d > 0 ? '+' : ''}${formatNumber(language, d, 1)}`}</td>
                <td>
                  {fmt(r.caseloadCompare)} → {fmt(r.caseloadScenario)}
                </td>
                <td data-testid="planner-diff-distance">
                  {km(r.distanceCompareM)} → {km(r.distanceOwnM)}
                </td>
              </tr>
            );
          })}
          {model.coverage.map((c) => (
            <tr key={c.mode}>
              <th scope="row">{t('plannerDiffNeedCovered', { mode: c.mode })}</th>
              <td>{`${c.needScenario - c.needCompare >= 0 ? '+' : ''}${formatNumber(language, Math.round(c.needScenario - c.needCompare), 0)}`}</td>
              <td>
                {formatNumber(language, Math.round(c.needCompare), 0)} → {formatNumber(language, Math.round(c.needScenario), 0)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
      <figure className="chart" data-testid="planner-chart">
        <figcaption className="chart-title">{t('plannerChart', { a: compareName, b: model.scenario.name })}</figcaption>
        <div style={{ width: '100%', height: 220 }}>
          <ResponsiveContainer>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" />
              <YAxis type="category" dataKey="name" width={112} />
              <Tooltip formatter={(v) => (typeof v === 'number' ? formatNumber(language, v, 1) : String(v))} />
              <Legend />
              <Bar dataKey="a" name={compareName} fill="#9ecae1" isAnimationActive={false} />
              <Bar dataKey="b" name={model.scenario.name} fill="#08519c" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <button type="button" ref={mapsButton} data-testid="planner-compare-maps" aria-pressed={mapsOpen} onClick={() => (mapsOpen ? closeMaps() : setMapsOpen(true))}>
        {t('plannerCompareMaps')}
      </button>
      {mapsOpen && <CompareMaps model={model} compareName={compareName} onClose={closeMaps} />}
    </div>
  );
}

/** Save the scenarios as a `.wijkzicht` project, or open one (its problems listed; nothing lost). */
function ProjectBar() {
  const services = useServices();
  const { t } = useI18n();
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; lines: string[] } | null>(null);
  const fail = (error: unknown) => setMessage({ kind: 'alert', lines: [error instanceof Error ? error.message : String(error)] });
  return (
    <div className="planner-bar">
      <button
        type="button"
        data-testid="project-save"
        onClick={() =>
          saveProjectFile(services).then((where) => where && setMessage({ kind: 'status', lines: [t('projectSaved', { where })] }), fail)
        }
      >
        {t('projectSave')}
      </button>
      <label className="button-like">
        {t('projectOpen')}
        <input
          type="file"
          accept=".wijkzicht,application/json"
          data-testid="project-open-input"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            file
              .text()
              .then((text) => openProjectText(services, text, file.name))
              .then((outcome) => {
                if (!outcome.ok) setMessage({ kind: 'alert', lines: [t('projectProblems'), ...outcome.problems] });
                else setMessage({ kind: 'status', lines: [t('projectOpened', { count: outcome.scenarios }), ...(outcome.packageChanged ? [t('projectPackageChanged')] : [])] });
              }, fail);
          }}
        />
      </label>
      {message && (
        <div role={message.kind} data-testid="project-message" className={message.kind === 'alert' ? 'chart-error' : 'hint'}>
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}

/** The staffing map and the planner's chart as PNG files (drawn locally from what is on screen). */
function ExportImages({ scenarioName }: { scenarioName: string }) {
  const services = useServices();
  const { t } = useI18n();
  return (
    <div className="planner-bar">
      <button type="button" data-testid="planner-export-png" onClick={() => void exportPlannerMapPng(services, scenarioName)}>
        {t('plannerExportPng')}
      </button>
      <button type="button" data-testid="planner-export-chart-png" onClick={() => void exportPlannerChartPng(services, scenarioName)}>
        {t('plannerExportChartPng')}
      </button>
    </div>
  );
}
