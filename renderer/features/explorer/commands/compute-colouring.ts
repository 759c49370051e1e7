import type { AnalysisRun, SuppressionPlan } from '../../../../data/analysis';
import type { Database } from '../../../../data/db';
import { analysisRolesOf, TEAM_LEVEL, type IndicatorDefinition, type LoadedPackage, type Polarity } from '../../../../data/package';
import { queryAreaIndicatorValues, queryTeamStaffing } from '../../../../data/queries';
import { buildChoropleth, type ClassificationOptions } from '../../../../geo/classification';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../../../geo/suppression';
import { formatNumber, type Language } from '../../../shared/i18n/i18n';
import { createPackageMemo } from '../../../shared/memo-per-package';
import { defineSessionSlot } from '../../../shared/session-memory';
import { buildBivariateColouring } from '../../../map/colouring/build-bivariate-colouring';
import { buildClassColouring, type ValueRow } from '../../../map/colouring/build-class-colouring';
import type { MapColouring } from '../../../map/colouring/map-colouring';
import { divergingPalette, paletteFor } from '../../../map/palette';
import { selectScenarioFte } from '../../planner/planner-model';
import type { MapDataState } from '../state/map-data-slice';
import type { ViewState } from '../state/view-slice';
import { ensureAnalysis } from './refresh-analysis';
import { suppressionPlanFor } from './suppression-plans';
import type { Services } from '../../../app/services';

type ShownAreas = ReturnType<typeof buildChoropleth>['areas'];
type TeamStaffing = Awaited<ReturnType<typeof queryTeamStaffing>>;

/**
 * What the map's queries found, by package, in the session's memory: switching classification, palette or
 * measure does not query again, and a planner's slider step queries nothing.
 */
const colouringMemos = defineSessionSlot('map colouring queries', () => ({
  /** Count or rate of one indicator, level and period, with suppression applied. */
  areaValues: createPackageMemo<ShownAreas>(24),
  /** Team FTE, population and dossiers by period and profiles. */
  teamStaffing: createPackageMemo<TeamStaffing>(8),
}));

/** What the map shows, or why it is empty. */
export interface ColouringResult {
  readonly colouring: MapColouring | null;
  readonly note: MapDataState['note'];
}

/** One request for a colouring: the view and what every measure's colouring is computed with. */
interface ColouringRequest {
  readonly services: Services;
  readonly db: Database;
  readonly pkg: LoadedPackage;
  readonly view: ViewState;
  readonly definition: IndicatorDefinition | null;
  readonly classification: ClassificationOptions;
}

const nothing: ColouringResult = { colouring: null, note: null };

const hiddenIn = (plan: SuppressionPlan | null, level: string, code: string) =>
  plan !== null && ['primary', 'secondary'].includes(plan.status.get(`${level}|${code}`) ?? 'shown');

/** A sequential palette for a polarity, in the view's colours. */
const sequential = (view: ViewState, polarity: Polarity) => (k: number) => paletteFor(polarity, k, view.palette);

/** Count or rate of one indicator and period, with the package-wide suppression plan applied. */
function indicatorRows(request: ColouringRequest, definition: IndicatorDefinition, period: number, asRate: boolean): Promise<ShownAreas> {
  const { services, db, pkg, view } = request;
  const { level } = view;
  return colouringMemos(services.memory).areaValues.get(pkg, `${definition.id}|${level}|${period}|${asRate}`, async () => {
    const [rows, plan] = await Promise.all([
      queryAreaIndicatorValues(db, { level, indicator: definition.id, period, denominator: definition.denominator }),
      definition.sensitive ? suppressionPlanFor(services.memory, db, pkg, definition.id, period) : Promise.resolve(null),
    ]);
    const marked = plan ? rows.map((r) => ({ ...r, hidden: hiddenIn(plan, level, r.code) })) : rows;
    // buildChoropleth applies suppression and computes rates; its own classes are not used here.
    return buildChoropleth(marked, { sensitive: definition.sensitive, hasDenominator: asRate && definition.denominator !== null, classes: 1 }).areas;
  });
}

/** An indicator that is no count cannot be summed from the base level to a coarser one. */
const notAggregable = (request: ColouringRequest, definition: IndicatorDefinition) => definition.kind !== 'count' && request.view.level !== request.pkg.baseLevel;

/** The count or the rate per 1,000 of the indicator in the view's period. */
async function countOrRateColouring(request: ColouringRequest): Promise<ColouringResult> {
  const { definition, view, classification } = request;
  if (!definition) return nothing;
  if (notAggregable(request, definition)) return { colouring: null, note: 'not-aggregable' };
  const asRate = view.measure === 'rate' && definition.denominator !== null;
  const areas = await indicatorRows(request, definition, view.period, asRate);
  const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: asRate ? a.rate : a.count, status: a.status, count: a.count, denominator: a.denominator }));
  return {
    colouring: buildClassColouring(rows, {
      measure: asRate ? 'rate' : 'count',
      format: asRate ? { kind: 'rate', per: 1000, denominator: definition.denominator } : { kind: 'count' },
      classification,
      palette: sequential(view, definition.polarity),
      ...(!asRate && definition.sensitive ? { sensitiveCountThreshold: DEFAULT_SUPPRESSION_THRESHOLD } : {}),
    }),
    note: null,
  };
}

/** The change of the indicator (its rate where it has one) from the view's earlier period to its period. */
async function changeColouring(request: ColouringRequest): Promise<ColouringResult> {
  const { definition, view, classification } = request;
  if (!definition) return nothing;
  if (notAggregable(request, definition)) return { colouring: null, note: 'not-aggregable' };
  const asRate = definition.denominator !== null;
  const [now, before] = await Promise.all([indicatorRows(request, definition, view.period, asRate), indicatorRows(request, definition, view.changeFrom, asRate)]);
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
      palette: (k) => divergingPalette(k, definition.polarity !== 'higher_better', view.palette),
      diverging: { centre: 0 },
    }),
    note: null,
  };
}

/** Need index, reach, gap score or need against reach, from the analysis of the view's level and period. */
async function analysisColouring(request: ColouringRequest): Promise<ColouringResult> {
  const { services, view, classification } = request;
  const run = await ensureAnalysis(services, view.level, view.period);
  if (!run) return { colouring: null, note: 'no-analysis' };
  const areas = run.result.areas;
  const diverging = (k: number) => divergingPalette(k, true, view.palette);
  switch (view.measure) {
    case 'bivariate':
      return { colouring: buildBivariateColouring(areas.map((a) => ({ code: a.code, name: a.name, need: a.needIndex, reach: a.reach, reachStatus: a.reachStatus }))), note: null };
    case 'need': {
      const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.needIndex, status: a.needIndex === null ? 'missing' : 'shown' }));
      return { colouring: buildClassColouring(rows, { measure: 'need', format: { kind: 'index' }, classification, palette: diverging, diverging: { centre: 0 } }), note: null };
    }
    case 'reach': {
      const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.reach, status: a.reachStatus }));
      return { colouring: buildClassColouring(rows, { measure: 'reach', format: { kind: 'share' }, classification, palette: sequential(view, 'higher_better') }), note: null };
    }
    default: {
      const rows: ValueRow[] = areas.map((a) => ({ code: a.code, name: a.name, value: a.gapScore, status: a.gapScore === null ? 'missing' : 'shown' }));
      return { colouring: buildClassColouring(rows, { measure: 'gap', format: { kind: 'index' }, classification, palette: diverging, diverging: { centre: 0 } }), note: null };
    }
  }
}

/** The staffing of the team territories: its queries, with the planner's scenario FTE while it is open. */
async function staffingInputs(request: ColouringRequest): Promise<{ staffing: TeamStaffing; run: AnalysisRun | null; dossierPlan: SuppressionPlan | null }> {
  const { services, db, pkg, view } = request;
  const { period } = view;
  const roles = analysisRolesOf(pkg);
  const profiles = view.staffing.profiles.length > 0 ? view.staffing.profiles : [roles.socialWorkerProfile];
  const [queried, run] = await Promise.all([
    colouringMemos(services.memory).teamStaffing.get(pkg, `${period}|${profiles.join(',')}`, () => queryTeamStaffing(db, { period, profiles, population: roles.population, caseload: roles.caseload })),
    view.staffing.metric === 'fte-vs-target' ? ensureAnalysis(services, pkg.baseLevel, period) : Promise.resolve(null),
  ]);
  // While the planner is open, the social-worker FTE of its active scenario (the data stay as they are).
  const socialWorkers = view.staffing.profiles.length === 0 || (profiles.length === 1 && profiles[0] === roles.socialWorkerProfile);
  const scenarioFte = socialWorkers ? selectScenarioFte(services.store.getState()) : null;
  const staffing = scenarioFte ? { ...queried, rows: queried.rows.map((t) => ({ ...t, fte: scenarioFte.get(t.teamId) ?? t.fte })) } : queried;
  const dossierPlan = pkg.definitions.some((d) => d.id === roles.caseload && d.sensitive) ? await suppressionPlanFor(services.memory, db, pkg, roles.caseload, period) : null;
  return { staffing, run, dossierPlan };
}

/** One team's value of the staffing metric (a suppressed dossier count hides its caseload). */
function staffingRow(team: TeamStaffing['rows'][number], metric: ViewState['staffing']['metric'], targets: ReadonlyMap<string, number>, dossierPlan: SuppressionPlan | null): ValueRow {
  let value: number | null = null;
  let status: ValueRow['status'] = 'shown';
  if (metric === 'fte-per-1000') value = team.population && team.population > 0 ? (1000 * team.fte) / team.population : null;
  else if (metric === 'caseload-per-fte') {
    if (hiddenIn(dossierPlan, TEAM_LEVEL, team.teamId)) status = 'suppressed';
    else value = team.dossiers !== null && team.fte > 0 ? team.dossiers / team.fte : null;
  } else value = targets.has(team.teamId) ? team.fte - targets.get(team.teamId)! : null;
  return { code: team.teamId, name: team.name, value: status === 'shown' ? value : null, status: status === 'shown' && value === null ? 'missing' : status };
}

/** "Centrum\n4,5 VTE": the label of each territory on the staffing map. */
function territoryLabelsOf(staffing: TeamStaffing, language: Language): Record<string, string> {
  const fmt = (x: number) => formatNumber(language, x, Number.isInteger(x) ? 0 : 1);
  const unit = language === 'nl' ? 'VTE' : 'FTE';
  return Object.fromEntries(staffing.rows.map((t) => [t.teamId, `${t.name.replace(/^Wijkteam\s+/i, '')}\n${fmt(t.fte)} ${unit}`]));
}

/** The staffing map: FTE per 1,000 residents, caseload per FTE, or FTE against the weighted target. */
async function staffingColouring(request: ColouringRequest): Promise<ColouringResult> {
  const { services, view, classification } = request;
  const { staffing, run, dossierPlan } = await staffingInputs(request);
  const metric = view.staffing.metric;
  const targets = new Map((run?.result.teams ?? []).map((t) => [t.id, t.targetFte] as const));
  const rows = staffing.rows.map((t) => staffingRow(t, metric, targets, dossierPlan));
  return {
    colouring: buildClassColouring(rows, {
      measure: 'staffing',
      format: metric === 'fte-per-1000' ? { kind: 'fte-per-1000' } : metric === 'caseload-per-fte' ? { kind: 'caseload' } : { kind: 'fte-difference' },
      classification,
      palette: metric === 'fte-vs-target' ? (k) => divergingPalette(k, false, view.palette) : sequential(view, metric === 'caseload-per-fte' ? 'higher_worse' : 'higher_better'),
      ...(metric === 'fte-vs-target' ? { diverging: { centre: 0 } } : {}),
      territoryLabels: territoryLabelsOf(staffing, services.store.getState().ui.language),
    }),
    note: null,
  };
}

/**
 * Computes what the map shows for a view — counts, rates, a change between two periods, need index,
 * reach, gap score, the staffing of team territories, or need against reach — and its classes and colours.
 *
 * @example
 * const { colouring, note } = await computeColouring(services, db, pkg, view);
 */
export function computeColouring(services: Services, db: Database, pkg: LoadedPackage, view: ViewState): Promise<ColouringResult> {
  const definition = pkg.definitions.find((d) => d.id === view.indicator) ?? null;
  const classification: ClassificationOptions = { method: view.classification.method, classes: view.classification.classes, manualBreaks: view.classification.manualBreaks };
  const request: ColouringRequest = { services, db, pkg, view, definition, classification };
  switch (view.measure) {
    case 'count':
    case 'rate':
      return countOrRateColouring(request);
    case 'change':
      return changeColouring(request);
    case 'need':
    case 'reach':
    case 'gap':
    case 'bivariate':
      return analysisColouring(request);
    case 'staffing':
      return staffingColouring(request);
  }
}
