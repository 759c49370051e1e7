import type { SuppressionPlan } from '../../../../data/analysis';
import type { Database } from '../../../../data/db';
import { analysisRolesOf } from '../../../../data/package';
import type { IndicatorDefinition, LoadedPackage } from '../../../../data/package';
import { TEAM_LEVEL } from '../../../../data/package';
import { queryAreaIndicatorValues } from '../../../../data/queries';
import { queryTeamStaffing } from '../../../../data/queries';
import { buildChoropleth } from '../../../../geo/classification';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import type { ClassificationOptions } from '../../../../geo/classification';
import { formatNumber } from '../../../shared/i18n/i18n';
import { buildBivariateColouring } from '../../../map/colouring/build-bivariate-colouring';
import { buildClassColouring, type ValueRow } from '../../../map/colouring/build-class-colouring';
import type { MapColouring } from '../../../map/colouring/map-colouring';
import { divergingPalette, paletteFor } from '../../../map/palette';
import { inSlice } from '../../../app/app-state';
import { colouringComputed, startComputing } from '../state/map-data-slice';
import { clearProblems, reportingTo, reportProblem } from '../../../shared/problems';
import type { ViewState } from '../state/view-slice';
import { selectScenarioFte } from '../../planner/planner-model';
import { createPackageMemo } from '../../../shared/memo-per-package';
import { ensureAnalysis } from './refresh-analysis';
import { suppressionPlanFor } from './suppression-plans';
import type { Services } from '../../../app/services';

let generation = 0;

type ShownAreas = ReturnType<typeof buildChoropleth>['areas'];
/** Team FTE, population and dossiers by package, period and profiles (a planner's slider step queries nothing). */
const teamStaffing = createPackageMemo<Awaited<ReturnType<typeof queryTeamStaffing>>>(8);
/** Area values by package: switching classification, palette or measure does not query again. */
const areaValues = createPackageMemo<ShownAreas>(24);

const hiddenIn = (plan: SuppressionPlan | null, level: string, code: string) =>
  plan !== null && ['primary', 'secondary'].includes(plan.status.get(`${level}|${code}`) ?? 'shown');

/** Count or rate of one indicator and period, with the package-wide suppression plan applied. */
function indicatorRows(db: Database, pkg: LoadedPackage, definition: IndicatorDefinition, level: string, period: number, asRate: boolean): Promise<ShownAreas> {
  return areaValues.get(pkg, `${definition.id}|${level}|${period}|${asRate}`, async () => {
    const [rows, plan] = await Promise.all([
      queryAreaIndicatorValues(db, { level, indicator: definition.id, period, denominator: definition.denominator }),
      definition.sensitive ? suppressionPlanFor(db, pkg, definition.id, period) : Promise.resolve(null),
    ]);
    const marked = plan ? rows.map((r) => ({ ...r, hidden: hiddenIn(plan, level, r.code) })) : rows;
    // buildChoropleth applies suppression and computes rates; its own classes are not used here.
    return buildChoropleth(marked, { sensitive: definition.sensitive, hasDenominator: asRate && definition.denominator !== null, classes: 1 }).areas;
  });
}

/**
 * Computes what the map shows for the current view — counts, rates, a change between two periods, need
 * index, reach, gap score, the staffing of team territories, or need against reach — and its classes and
 * colours. Results of an older request that finish after a newer one are dropped.
 */
export async function refreshMap(services: Services): Promise<void> {
  const { store } = services;
  const { pkg, view } = store.getState();
  const current = pkg.current;
  if (!current) return;
  const definition = current.definitions.find((d) => d.id === view.indicator);
  const mine = ++generation;
  store.update(inSlice('mapData', startComputing));
  try {
    const db = await services.database();
    const result = await computeColouring(services, db, current, view, definition ?? null);
    if (mine !== generation) return;
    performance.mark('wijkzicht:colouring-ready'); // for `npm run bench`: data and classes done, map next
    store.update(inSlice('mapData', colouringComputed(view, result.colouring, result.note)));
    // The charts and panels use the analysis of the shown level; start it if the map did not need it.
    clearProblems(store, 'map-compute-failed');
    void ensureAnalysis(services, view.level, view.period).catch(reportingTo(store, 'analysis-failed'));
  } catch (error) {
    if (mine !== generation) return;
    store.update(inSlice('mapData', colouringComputed(view, null)));
    reportProblem(store, 'map-compute-failed', error);
  }
}

async function computeColouring(
  services: Services,
  db: Database,
  pkg: LoadedPackage,
  view: ViewState,
  definition: IndicatorDefinition | null,
): Promise<{ colouring: MapColouring | null; note: 'not-aggregable' | 'no-analysis' | null }> {
  const classification: ClassificationOptions = { method: view.classification.method, classes: view.classification.classes, manualBreaks: view.classification.manualBreaks };
  const polarity = definition?.polarity ?? 'neutral';
  const sequential = (p: typeof polarity) => (k: number) => paletteFor(p, k, view.palette);
  const { level, period } = view;

  switch (view.measure) {
    case 'count':
    case 'rate': {
      if (!definition) return { colouring: null, note: null };
      if (definition.kind !== 'count' && level !== pkg.baseLevel) return { colouring: null, note: 'not-aggregable' };
      const asRate = view.measure === 'rate' && definition.denominator !== null;
      const areas = await indicatorRows(db, pkg, definition, level, period, asRate);
      const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: asRate ? a.rate : a.count, status: a.status, count: a.count, denominator: a.denominator }));
      return {
        colouring: buildClassColouring(rows, {
          measure: asRate ? 'rate' : 'count',
          format: asRate ? { kind: 'rate', per: 1000, denominator: definition.denominator } : { kind: 'count' },
          classification,
          palette: sequential(polarity),
          ...(!asRate && definition.sensitive ? { sensitiveCountThreshold: DEFAULT_SUPPRESSION_THRESHOLD } : {}),
        }),
        note: null,
      };
    }
    case 'change': {
      if (!definition) return { colouring: null, note: null };
      if (definition.kind !== 'count' && level !== pkg.baseLevel) return { colouring: null, note: 'not-aggregable' };
      const asRate = definition.denominator !== null;
      const [now, before] = await Promise.all([indicatorRows(db, pkg, definition, level, period, asRate), indicatorRows(db, pkg, definition, level, view.changeFrom, asRate)]);
      const earlier = new Map(before.map((a) => [a.code, a] as const));
      const rows: ValueRow[] = now.map((a) => {
        const b = earlier.get(a.code);
        const status = a.status === 'suppressed' || b?.status === 'suppressed' ? 'suppressed' : a.value === null || b?.value === null || b === undefined ? 'missing' : 'shown';
        return { code: a.code, name: a.name, value: status === 'shown' ? a.value! - b!.value! : null, status };
      });
      return {
        colouring: buildClassColouring(rows, {
          measure: 'change',
          format: asRate ? { kind: 'rate', per: 1000, denominator: definition.denominator } : { kind: 'count' },
          classification,
          palette: (k) => divergingPalette(k, polarity !== 'higher_better', view.palette),
          diverging: { centre: 0 },
        }),
        note: null,
      };
    }
    case 'need':
    case 'reach':
    case 'gap':
    case 'bivariate': {
      const run = await ensureAnalysis(services, level, period);
      if (!run) return { colouring: null, note: 'no-analysis' };
      const areas = run.result.areas;
      if (view.measure === 'bivariate') {
        return { colouring: buildBivariateColouring(areas.map((a) => ({ code: a.code, name: a.name, need: a.needIndex, reach: a.reach, reachStatus: a.reachStatus }))), note: null };
      }
      if (view.measure === 'need') {
        const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.needIndex, status: a.needIndex === null ? 'missing' : 'shown' }));
        return { colouring: buildClassColouring(rows, { measure: 'need', format: { kind: 'index' }, classification, palette: (k) => divergingPalette(k, true, view.palette), diverging: { centre: 0 } }), note: null };
      }
      if (view.measure === 'reach') {
        const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.reach, status: a.reachStatus }));
        return { colouring: buildClassColouring(rows, { measure: 'reach', format: { kind: 'share' }, classification, palette: sequential('higher_better') }), note: null };
      }
      const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.gapScore, status: a.gapScore === null ? 'missing' : 'shown' }));
      return { colouring: buildClassColouring(rows, { measure: 'gap', format: { kind: 'index' }, classification, palette: (k) => divergingPalette(k, true, view.palette), diverging: { centre: 0 } }), note: null };
    }
    case 'staffing': {
      const roles = analysisRolesOf(pkg);
      const profiles = view.staffing.profiles.length > 0 ? view.staffing.profiles : [roles.socialWorkerProfile];
      const [queried, run] = await Promise.all([
        teamStaffing.get(pkg, `${period}|${profiles.join(',')}`, () => queryTeamStaffing(db, { period, profiles, population: roles.population, caseload: roles.caseload })),
        view.staffing.metric === 'fte-vs-target' ? ensureAnalysis(services, pkg.baseLevel, period) : Promise.resolve(null),
      ]);
      // While the planner is open, the social-worker FTE of its active scenario (the data stay as they are).
      const scenarioFte = view.staffing.profiles.length === 0 || (profiles.length === 1 && profiles[0] === roles.socialWorkerProfile) ? selectScenarioFte(services.store.getState()) : null;
      const staffing = scenarioFte ? { ...queried, rows: queried.rows.map((t) => ({ ...t, fte: scenarioFte.get(t.teamId) ?? t.fte })) } : queried;
      const dossierPlan = pkg.definitions.some((d) => d.id === roles.caseload && d.sensitive) ? await suppressionPlanFor(db, pkg, roles.caseload, period) : null;
      const targets = new Map((run?.result.teams ?? []).map((t) => [t.id, t.targetFte] as const));
      const language = services.store.getState().ui.language;
      const fmt = (x: number) => formatNumber(language, x, Number.isInteger(x) ? 0 : 1);
      const rows: ValueRow[] = staffing.rows.map((t) => {
        let value: number | null = null;
        let status: ValueRow['status'] = 'shown';
        if (view.staffing.metric === 'fte-per-1000') value = t.population && t.population > 0 ? (1000 * t.fte) / t.population : null;
        else if (view.staffing.metric === 'caseload-per-fte') {
          if (hiddenIn(dossierPlan, TEAM_LEVEL, t.teamId)) status = 'suppressed';
          else value = t.dossiers !== null && t.fte > 0 ? t.dossiers / t.fte : null;
        } else value = targets.has(t.teamId) ? t.fte - targets.get(t.teamId)! : null;
        return { code: t.teamId, name: t.name, value: status === 'shown' ? value : null, status: status === 'shown' && value === null ? 'missing' : status };
      });
      const unit = language === 'nl' ? 'VTE' : 'FTE';
      const territoryLabels = Object.fromEntries(staffing.rows.map((t) => [t.teamId, `${t.name.replace(/^Wijkteam\s+/i, '')}\n${fmt(t.fte)} ${unit}`]));
      const metric = view.staffing.metric;
      return {
        colouring: buildClassColouring(rows, {
          measure: 'staffing',
          format: metric === 'fte-per-1000' ? { kind: 'fte-per-1000' } : metric === 'caseload-per-fte' ? { kind: 'caseload' } : { kind: 'fte-difference' },
          classification,
          palette: metric === 'fte-vs-target' ? (k) => divergingPalette(k, false, view.palette) : metric === 'caseload-per-fte' ? sequential('higher_worse') : sequential('higher_better'),
          ...(metric === 'fte-vs-target' ? { diverging: { centre: 0 } } : {}),
          territoryLabels,
        }),
        note: null,
      };
    }
  }
}
