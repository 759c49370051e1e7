import { toCsv } from '../../../data/project';
import type { Services } from '../../app/services';
import { mapToPng, svgToPng } from '../../shared/export/export-png';
import type { Language, Translate } from '../../shared/i18n/i18n';
import { reportProblem, UserError } from '../../shared/problems';
import type { PlannerModel } from './planner-model';

/** What a planner export needs besides the model: the UI language (separator, labels) and its translator. */
export interface PlannerExportMeta {
  readonly language: Language;
  readonly t: Translate;
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The planner's team table as CSV text (with a BOM; `;` in Dutch, `,` in English): team, FTE now, need
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
  const caseload = (x: number | null) => (x === null ? t('plannerSuppressed') : round(x, 1));
  const rows = model.teams.map((r) => [r.name, r.fteNow, round(r.needShare, 4), r.targetFte, r.fteScenario, caseload(r.caseloadCompare), caseload(r.caseloadScenario)]);
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
 * The staffing map on screen as a PNG with the scenario's name and the legend's title above it and the
 * attribution below, saved (a failure, such as no map yet, is reported as a coded notice).
 */
export function exportPlannerMapPng(services: Services, scenarioName: string): Promise<void> {
  return saveReported(services, 'PNG', plannerFileName(scenarioName, 'kaart', 'png'), 'png', () => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas.maplibregl-canvas');
    if (!canvas) throw new UserError('cause-no-map', 'exportPlannerMapPng: no map canvas');
    const title = `${scenarioName} — ${document.querySelector('[data-testid="legend"] h2')?.textContent ?? ''}`;
    const attribution = document.querySelector('[data-testid="attribution"]')?.textContent ?? '';
    return mapToPng(canvas, { title, attribution });
  });
}

/** The planner's caseload chart as a PNG with its title and legend, saved (a failure is reported). */
export function exportPlannerChartPng(services: Services, scenarioName: string): Promise<void> {
  return saveReported(services, 'PNG', plannerFileName(scenarioName, 'grafiek', 'png'), 'png', () => {
    const svg = document.querySelector<SVGSVGElement>('[data-testid="planner-chart"] .recharts-wrapper > svg.recharts-surface');
    if (!svg) throw new UserError('cause-no-map', 'exportPlannerChartPng: no chart on screen');
    const title = document.querySelector('[data-testid="planner-chart"] figcaption')?.textContent ?? scenarioName;
    // The chart's own legend (HTML under the SVG): its entries with their colours.
    const legend = [...document.querySelectorAll('[data-testid="planner-chart"] .recharts-legend-item')].map((item) => ({
      label: item.textContent ?? '',
      colour: item.querySelector('path, rect')?.getAttribute('fill') ?? '#888888',
    }));
    return svgToPng(svg, { title, legend });
  });
}
