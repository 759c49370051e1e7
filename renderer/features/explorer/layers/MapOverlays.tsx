import { useCallback, useEffect, useMemo } from 'react';
import { DEFAULT_ENGINE_SETTINGS } from '../../../../geo/analysis';
import { useAppState, useServices } from '../../../app/app-context';
import { requestAnalysis } from '../commands/refresh-analysis';
import { areaFillOpacity } from '../../../map/layers/build-basemap-layers';
import { buildCatchmentRingsLayers } from '../../../map/layers/build-catchment-rings-layers';
import { buildGapHatchImage, buildGapLayers } from '../../../map/layers/build-gap-layers';
import { buildLayerDrawingOrder, mapLayerIdsOf } from '../../../map/layers/build-layer-groups';
import { GAP_PATTERN, LAYERS, SOURCES } from '../../../map/layers/ids';
import { useMapController } from '../../../map/map-controller-context';
import { buildTeamColourMatch } from '../../../map/team-colours';
import type { AppState } from '../../../app/app-state';
import { selectAnalysis, selectLayers, selectPackage } from '../state/selectors';
import { basemapStyleFor } from './basemap-commands';
import { selectPlannerMapCentres } from '../../planner/planner-map-centres';
import { buildGapData, buildRingsData, EMPTY_COLLECTION, teamColoursOf, topGaps } from './overlay-data';

const selectShownLevel = (s: AppState) => s.mapData.view?.level ?? s.view.level;
const selectPeriod = (s: AppState) => s.view.period;
const selectViewLevel = (s: AppState) => s.view.level;

/**
 * The optional map layers, drawn through the map controller: centres in team colours, catchment rings,
 * the top-N coverage gaps; the visibility and drawing order of every layer from the layers slice; area
 * fills made semi-transparent over a basemap. Renders nothing itself; the
 * basemap's credit is part of the attribution line.
 */
export function MapOverlays() {
  const services = useServices();
  const controller = useMapController();
  const pkg = useAppState(selectPackage);
  const layers = useAppState(selectLayers);
  const analysis = useAppState(selectAnalysis);
  const level = useAppState(selectShownLevel);
  const period = useAppState(selectPeriod);
  const viewLevel = useAppState(selectViewLevel);
  const colours = useMemo(() => (pkg ? teamColoursOf(pkg) : new Map<string, string>()), [pkg]);
  const analysisLevel = analysis.key?.split('|')[0] ?? null;
  const run = analysisLevel === level ? analysis.run : null;
  // While the planner is open, the rings are those of the active scenario's locations (added ones too).
  const planned = useAppState(useCallback((s: AppState) => selectPlannerMapCentres(s, services.memory), [services]));
  const centres = planned?.centres ?? pkg?.centres ?? null;
  const travelModes = planned?.travelModes ?? analysis.run?.settings.travelModes ?? DEFAULT_ENGINE_SETTINGS.travelModes;

  // Centres in their team's colour.
  useEffect(() => {
    controller?.setPaintProperty(LAYERS.centreCircle, 'circle-color', buildTeamColourMatch(colours));
  }, [controller, colours]);

  // Catchment rings: only computed while the layer is on.
  const ringsOn = layers.visible.rings;
  const rings = useMemo(() => (centres && ringsOn ? buildRingsData(centres, travelModes, layers.rings, colours) : EMPTY_COLLECTION), [centres, ringsOn, travelModes, layers.rings, colours]);
  useEffect(() => {
    controller?.setOverlay(SOURCES.rings, rings, buildCatchmentRingsLayers(), LAYERS.centreCircle);
  }, [controller, rings]);

  // Coverage gaps of the shown level: start the analysis when the layer is switched on without one.
  const gapsOn = layers.visible.gaps;
  useEffect(() => {
    const wanted = `${level}|${period}`;
    // A run that failed is not asked again by itself (that would loop); its notice says what to do.
    if (gapsOn && pkg && level && level === viewLevel && analysis.key !== wanted && !analysis.computing && analysis.error?.key !== wanted) requestAnalysis(services, level, period);
  }, [services, gapsOn, pkg, level, viewLevel, period, analysis.key, analysis.computing, analysis.error]);
  const gaps = useMemo(() => {
    const areas = pkg?.levels.find((l) => l.level === level)?.areas;
    return gapsOn && areas && run ? buildGapData(topGaps(run, layers.gapTopN), areas) : { polygons: EMPTY_COLLECTION, labels: EMPTY_COLLECTION };
  }, [pkg, level, run, gapsOn, layers.gapTopN]);
  useEffect(() => {
    if (!controller) return;
    controller.addImageOnce(GAP_PATTERN, buildGapHatchImage());
    // The label source first: the gap layers draw from both.
    controller.setOverlay(SOURCES.gapLabels, gaps.labels, []);
    controller.setOverlay(SOURCES.gaps, gaps.polygons, buildGapLayers(), LAYERS.territoryCasing);
  }, [controller, gaps]);

  // The basemap the layers slice names (prepared by the basemap commands), under the areas.
  useEffect(() => {
    controller?.setBasemap(basemapStyleFor(services, layers.basemap));
  }, [controller, services, layers.basemap]);

  // Visibility and drawing order of every layer, after the overlays above exist.
  const basemapShown = layers.basemap.kind !== 'none' && layers.visible.basemap;
  useEffect(() => {
    if (!controller) return;
    const basemapIds = controller.basemapLayerIds;
    for (const id of layers.order) controller.setLayersVisible(mapLayerIdsOf(id, basemapIds), layers.visible[id]);
    controller.orderLayerGroups(buildLayerDrawingOrder(layers.order, basemapIds));
    controller.setPaintProperty(LAYERS.areaFill, 'fill-opacity', areaFillOpacity(basemapShown));
  }, [controller, layers.order, layers.visible, layers.basemap, basemapShown, rings, gaps]);

  // The basemap's credit is part of the attribution line (components/AttributionLine.tsx).
  return null;
}
