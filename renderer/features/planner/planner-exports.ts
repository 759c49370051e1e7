import { toCsv } from '../../../data/project';
import type { AppState } from '../../app/app-state';
import type { Services } from '../../app/services';
import { buildExportModel, canvasTextMeasure, chartScene, EXPORT_FONT, sceneToPng, type ChartDrawing } from '../../shared/export';
import { createTranslator, formatNumber, type Language, type Translate } from '../../shared/i18n/i18n';
import { reportProblem, UserError } from '../../shared/problems';
import { exportViewPng } from '../presenter/export-view-png';
import { selectPlannerModel, type PlannerModel } from './planner-model';

/** What a planner export needs besides the model: the UI language (separator, labels) and its translator. */
export interface PlannerExportMeta {
  readonly language: Language;
  readonly t: Translate;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
/** A number as Excel in that language reads it back: a decimal comma in Dutch (`;` separates), a point in English. */
const csvNumber = (language: Language, x: number, digits: number): string => {
  const text = String(round(x, digits));
  return language === 'nl' ? text.replace('.', ',') : text;
};

/**
 * The planner's team table as CSV text (with a BOM; `;` and a decimal comma in Dutch, `,` and `.` in English): team, FTE now, need
 * share, target, FTE of the scenario, caseload now and in the scenario. A suppressed caseload (a team with
 * 1–4 dossiers) is the word for "suppressed", never a number. Pure.
 *
 * @example
 * plannerTableCsv(model, { language: 'nl', t: createTranslator('nl') }).split('\r\n')[0]
 * // '\uFEFFTeam;VTE nu;…'
 */
export function plannerTableCsv(model: PlannerModel, meta: PlannerExportMeta): string {
  const { t, language } = meta;
  const header = [t('plannerTeam'), t('plannerFteNow'), t('plannerNeedShare'), t('plannerTarget'), t('plannerFteScenario'), t('plannerCaseloadNow'), t('plannerCaseloadScenario')];
  const n = (x: number, digits = 2) => csvNumber(language, x, digits);
  const caseload = (x: number | null) => (x === null ? t('plannerSuppressed') : n(x, 1));
  const rows = model.teams.map((r) => [r.name, n(r.fteNow), n(r.needShare, 4), n(r.targetFte), n(r.fteScenario), caseload(r.caseloadCompare), caseload(r.caseloadScenario)]);
  return toCsv([header, ...rows], { separator: language === 'nl' ? ';' : ',' });
}

/**
 * A file name for a planner export: the scenario's name (and what is exported) with every run of other
 * characters than letters and digits as one dash. Pure.
 *
 * @example
 * plannerFileName('Scenario 2', 'kaart', 'png') // 'Scenario-2-kaart.png'
 */
export function plannerFileName(scenarioName: string, what: string | null, extension: string): string {
  return `${what ? `${scenarioName}-${what}` : scenarioName}`.replace(/[^\p{L}\p{N}]+/gu, '-') + `.${extension}`;
}

/** Saves `make()`'s bytes through the platform; a failure (making or saving) is reported, never thrown. */
async function saveReported(services: Services, what: string, name: string, extension: string, make: () => Promise<Uint8Array> | Uint8Array): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await make();
  } catch (error) {
    reportProblem(services.store, 'export-failed', error, { params: { what } });
    return;
  }
  try {
    await services.platform.saveFile(name, bytes, [{ name: what, extensions: [extension] }]);
  } catch (error) {
    reportProblem(services.store, 'save-failed', error, { params: { file: name } });
  }
}

/** Builds the team table's CSV and saves it (a failure is reported as a coded notice). */
export function exportPlannerCsv(services: Services, model: PlannerModel, meta: PlannerExportMeta): Promise<void> {
  return saveReported(services, 'CSV', plannerFileName(model.scenario.name, null, 'csv'), 'csv', () => new TextEncoder().encode(plannerTableCsv(model, meta)));
}

/**
 * The staffing map as a PNG: the map's own pixels with the scenario's name as the title and, from the export
 * model, the subtitle (place, level, period, what is mapped), the legend, the badges (fictional, synthetic,
 * suppressed) and the attribution. Saved; a failure, such as no map yet, is reported as a coded notice.
 */
export function exportPlannerMapPng(services: Services, scenarioName: string): Promise<void> {
  return saveReported(services, 'PNG', plannerFileName(scenarioName, 'kaart', 'png'), 'png', async () => {
    const scale = window.devicePixelRatio >= 2 ? 2 : 1;
    return (await exportViewPng(services, { title: scenarioName }, scale)).bytes;
  });
}

/** Colours of the comparison's and the scenario's bars (as the chart on screen). */
const PLANNER_CHART_COLOURS = { compare: '#9ecae1', scenario: '#08519c' } as const;

/** The name of what the active scenario is compared with: the baseline or the other scenario. */
function compareNameOf(state: AppState, model: PlannerModel, t: Translate): string {
  return model.compareLabel === 'baseline' ? t('plannerBaseline') : (state.scenarios.list.find((s) => s.id === model.compareLabel)?.name ?? '');
}

/**
 * The planner's caseload chart as a drawing: per team the comparison's and the scenario's caseload per FTE
 * (a suppressed caseload has no bar and says so), titled as on screen; the source line is the export
 * model's attribution with its badges (fictional, synthetic) written in. Pure.
 *
 * @example
 * plannerChartDrawing(state, model).title // 'Caseload per VTE: Vandaag en Scenario 2'
 */
export function plannerChartDrawing(state: AppState, model: PlannerModel): ChartDrawing {
  const language = state.ui.language;
  const t = createTranslator(language);
  const compareName = compareNameOf(state, model, t);
  const values = (pick: (r: PlannerModel['teams'][number]) => number | null) => model.teams.map(pick);
  const label = (x: number | null) => (x === null ? null : formatNumber(language, x, 1));
  const max = Math.max(1, ...model.teams.flatMap((r) => [r.caseloadCompare ?? 0, r.caseloadScenario ?? 0]));
  const top = Math.ceil(max / 20) * 20; // ticks every quarter: round numbers
  const exportModel = buildExportModel(state, { title: model.scenario.name });
  const marks = exportModel.badges.filter((b) => b.kind === 'fictional' || b.kind === 'synthetic').map((b) => b.text.toLocaleLowerCase(language === 'nl' ? 'nl-BE' : 'en-GB'));
  return {
    title: t('plannerChart', { a: compareName, b: model.scenario.name }),
    legend: [
      { label: compareName, colour: PLANNER_CHART_COLOURS.compare, shape: 'square' },
      { label: model.scenario.name, colour: PLANNER_CHART_COLOURS.scenario, shape: 'square' },
    ],
    plot: {
      kind: 'bars',
      categories: model.teams.map((r) => r.name.replace(/^Wijkteam\s+/i, '')),
      notes: model.teams.map((r) => (r.caseloadCompare === null && r.caseloadScenario === null ? t('plannerSuppressed') : null)),
      series: [
        { name: compareName, colour: PLANNER_CHART_COLOURS.compare, values: values((r) => r.caseloadCompare), labels: values((r) => r.caseloadCompare).map(label) },
        { name: model.scenario.name, colour: PLANNER_CHART_COLOURS.scenario, values: values((r) => r.caseloadScenario), labels: values((r) => r.caseloadScenario).map(label) },
      ],
      axis: { min: 0, max: top, ticks: [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: f * top, label: formatNumber(language, f * top, 0) })) },
    },
    source: [exportModel.subtitle, exportModel.attribution, ...marks].join(' · '),
  };
}

/** The planner's caseload chart as a 2× PNG drawn from the planner model (not from the page), saved. */
export function exportPlannerChartPng(services: Services, scenarioName: string): Promise<void> {
  return saveReported(services, 'PNG', plannerFileName(scenarioName, 'grafiek', 'png'), 'png', async () => {
    const state = services.store.getState();
    const model = selectPlannerModel(state, services.memory);
    if (!model) throw new UserError('cause-unexpected', 'exportPlannerChartPng: no planner model');
    await document.fonts.ready;
    return (await sceneToPng(chartScene(plannerChartDrawing(state, model), canvasTextMeasure(EXPORT_FONT)), 2)).bytes;
  });
}
