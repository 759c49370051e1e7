import { useEffect, useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { useAppState, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import { useMapController } from '../../map/map-controller-context';
import { mapLayerIdsOf } from '../../map/layers/build-layer-groups';
import { attachOrganiseInteraction } from '../../map/organise-map-interaction';
import {
  buildPlannerTerritoryAreas,
  buildPlannerTerritoryLayers,
  PLANNER_TERRITORY_LAYER_IDS,
  PLANNER_TERRITORY_LAYERS,
  PLANNER_TERRITORY_SOURCES,
} from '../../map/layers/build-planner-territory-layers';
import { NO_TEAM_COLOUR } from '../../map/team-colours';
import { teamColoursOf } from '../explorer/layers/overlay-data';
import { usePlannerModel } from './components/use-planner-model';
import { buildScenarioTerritories, territoryKey } from './scenario-territories';
import { assignScenarioAreas } from './state/scenario-slice';
import { baseAreasAt } from '../organise/state/organise-model';

const selectPanel = (s: AppState) => s.ui.panel;
const selectTool = (s: AppState) => s.ui.plannerTool;
const selectPackage = (s: AppState) => s.pkg.current;
const selectRun = (s: AppState) => s.plannerRun.run;
const selectLayers = (s: AppState) => s.layers;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The explorer's layer groups that show today's territories (the staffing fill, its lines and labels), hidden while the scenario's are drawn. */
const HIDDEN_GROUPS = ['areas', 'territories'] as const;

/**
 * The planner's *Gebieden* on the main map: while the area brush is on, or the active scenario changes
 * territories, the base areas are drawn in their team's colour in the scenario, changed areas outlined, with
 * the scenario's team borders (today's staffing fill and territory lines are hidden meanwhile); with the brush on, a click or
 * a drag gives the areas under it to the brush's team (the set-up's brush, `attachOrganiseInteraction`), as
 * one undoable edit. Renders nothing.
 */
export function PlannerTerritorySync() {
  const services = useServices();
  const controller = useMapController();
  const panel = useAppState(selectPanel);
  const tool = useAppState(selectTool);
  const pkg = useAppState(selectPackage);
  const run = useAppState(selectRun);
  const layers = useAppState(selectLayers);
  const model = usePlannerModel();
  const planning = panel === 'planner' && model !== null && pkg !== null && run !== null;
  const key = model ? territoryKey(model.planned.input.areas) : '';
  const changed = run && model ? model.planned.input.areas.some((a, i) => a.team !== run.input.areas[i]?.team) : false;
  const active = planning && (tool === 'assign-areas' || changed);
  const base = useMemo(() => (pkg ? (pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? []) : []), [pkg]);
  const colours = useMemo(() => (pkg ? teamColoursOf(pkg) : new Map<string, string>()), [pkg]);

  const data = useMemo(() => {
    if (!active || !model || !run || !pkg) return null;
    const teamOf = new Map(model.planned.input.areas.map((a) => [a.code, a.team] as const));
    const todayOf = new Map(run.input.areas.map((a) => [a.code, a.team] as const));
    return { areas: buildPlannerTerritoryAreas(base, teamOf, todayOf, colours, NO_TEAM_COLOUR), borders: buildScenarioTerritories(pkg, model.planned).territories };
  }, [active, key, run, pkg, base, colours]); // eslint-disable-line react-hooks/exhaustive-deps -- `key` stands for the scenario's territories

  useEffect(() => {
    if (!controller) return;
    controller.setOverlay(PLANNER_TERRITORY_SOURCES.borders, data?.borders ?? EMPTY, []);
    controller.setOverlay(PLANNER_TERRITORY_SOURCES.areas, data?.areas ?? EMPTY, buildPlannerTerritoryLayers());
  }, [controller, data]);

  // The scenario's areas instead of the staffing map (the locations stay on top): today's territory fill,
  // lines and labels hidden meanwhile. After the explorer's own ordering (MapOverlays), which runs first.
  useEffect(() => {
    if (!controller) return;
    controller.setLayersVisible(PLANNER_TERRITORY_LAYER_IDS, active);
    for (const group of HIDDEN_GROUPS) controller.setLayersVisible(mapLayerIdsOf(group, []), active ? false : layers.visible[group]);
    if (active) controller.orderLayerGroups([mapLayerIdsOf('centres', []), PLANNER_TERRITORY_LAYER_IDS]);
  }, [controller, active, layers, data]);

  useEffect(() => {
    if (!controller || !planning || tool !== 'assign-areas' || !run) return;
    const indexOf = new Map(base.map((f, i) => [f.properties.code, i] as const));
    const today = new Map(run.input.areas.map((a) => [a.code, a.team] as const));
    const brushTeam = () => services.store.getState().ui.plannerBrushTeam;
    return attachOrganiseInteraction(
      controller.map,
      {
        tool: () => (brushTeam() === null ? 'pan' : 'assign'),
        brushColour: () => colours.get(brushTeam() ?? '') ?? NO_TEAM_COLOUR,
        // At a coarser brush level a click gives every base area of that area's wijk (or deelgemeente).
        expand: (code) => baseAreasAt(pkg, code, services.store.getState().ui.plannerBrushLevel ?? pkg.baseLevel).flatMap((c) => (indexOf.has(c) ? [{ id: indexOf.get(c)!, code: c }] : [])),
        assign: (codes) => {
          const team = brushTeam();
          if (team !== null) services.store.update(inSlice('scenarios', assignScenarioAreas(codes, team, today)));
        },
        addCentre: () => undefined,
        moveCentre: () => undefined,
      },
      { fill: PLANNER_TERRITORY_LAYERS.fill, source: PLANNER_TERRITORY_SOURCES.areas, centre: null },
    );
  }, [controller, planning, tool, run, base, colours, services, pkg]);

  return null;
}
