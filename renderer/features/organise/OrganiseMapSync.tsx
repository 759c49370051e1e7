import { useEffect, useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { findBoundingBox, isPointInRings } from '../../../geo/geometry';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { inSlice, type AppState } from '../../app/app-state';
import type { LoadedPackage } from '../../../data/package';
import { mapLayerIdsOf } from '../../map/layers/build-layer-groups';
import { buildOrganiseAreas, buildOrganiseHatchImage, buildOrganiseLayers, ORGANISE_HATCH, ORGANISE_LAYER_IDS, ORGANISE_SOURCES, UNASSIGNED_FILL, type OrganiseCentreCollection } from '../../map/layers/build-organise-layers';
import { useMapController } from '../../map/map-controller-context';
import type { MapController } from '../../map/map-controller';
import { attachOrganiseInteraction } from '../../map/organise-map-interaction';
import { NO_TEAM_COLOUR } from '../../map/team-colours';
import type { Services } from '../../app/services';
import type { Translate } from '../../shared/i18n/i18n';
import { ensureOrganising } from './commands/organise-commands';
import { addCentre, assignAreas, moveCentre } from './state/organise-edits';
import { baseAreasAt, centresOutside, organiseTeamColours, outlineOf } from './state/organise-model';
import { useBaseAdjacency, type BaseAdjacency } from './use-base-adjacency';
import { edit, redo, setTool, undo, type OrganiseState } from './state/organise-slice';

const selectPanel = (s: AppState) => s.ui.panel;
const selectPackage = (s: AppState) => s.pkg.current;
const selectOrganise = (s: AppState) => s.organise;
const selectLayers = (s: AppState) => s.layers;
const selectRun = (s: AppState) => s.analysis.run;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** The explorer's layer groups hidden while the set-up draws its own (restored from the layers slice after). */
const HIDDEN_GROUPS = ['areas', 'territories', 'centres', 'gaps', 'rings'] as const;

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || (target.tagName === 'INPUT' && !['range', 'checkbox', 'radio', 'button', 'color', 'file'].includes((target as HTMLInputElement).type)));

/** The locations as map points, in their team's colour, flagged when outside the municipality. */
function centresCollection(organise: OrganiseState, colours: ReadonlyMap<string, string>, outline: ReturnType<typeof outlineOf>): OrganiseCentreCollection {
  const outside = new Set(centresOutside(organise.draft.centres, outline).map((c) => c.id));
  return {
    type: 'FeatureCollection',
    features: organise.draft.centres.map((c) => ({
      type: 'Feature',
      properties: { id: c.id, name: c.name, colour: (c.teamId !== null ? colours.get(c.teamId) : undefined) ?? NO_TEAM_COLOUR, outside: outside.has(c.id) },
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    })),
  };
}

/** Clicks and drags on the map become edits of the draft (read from the store at the moment of the event). */
function attachEditing(controller: MapController, services: Services, pkg: LoadedPackage, t: Translate, centres: () => OrganiseCentreCollection, adjacent: BaseAdjacency) {
  const base = pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? [];
  const indexOf = new Map(base.map((f, i) => [f.properties.code, i] as const));
  const state = () => services.store.getState().organise;
  const { codes, adjacency } = adjacent;
  const change = (e: Parameters<typeof edit>[0]) => services.store.update(inSlice('organise', edit(e)));
  return attachOrganiseInteraction(controller.map, {
    tool: () => state().tool,
    brushColour: () => {
      const team = state().brushTeam;
      return team === null ? UNASSIGNED_FILL : (organiseTeamColours(state().draft, codes, adjacency).get(team) ?? UNASSIGNED_FILL);
    },
    expand: (code) => baseAreasAt(pkg, code, state().assignLevel).flatMap((c) => (indexOf.has(c) ? [{ id: indexOf.get(c)!, code: c }] : [])),
    assign: (codes) => change(assignAreas(codes, state().brushTeam)),
    addCentre: (lon, lat) => {
      const { draft, brushTeam } = state();
      const area = base.find((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).some((rings) => isPointInRings([lon, lat], rings)));
      const teamId = (area ? draft.territory.get(area.properties.code) : undefined) ?? brushTeam;
      change(addCentre({ name: t('orgNewLocation', { n: draft.centres.length + 1 }), teamId, lon, lat }));
      services.store.update(inSlice('organise', setTool('pan')));
    },
    moveCentre: (id, lon, lat, done) => {
      if (done) change(moveCentre(id, lon, lat));
      else {
        const now = centres();
        controller.setOverlay(ORGANISE_SOURCES.centres, { ...now, features: now.features.map((f) => (f.properties.id === id ? { ...f, geometry: { type: 'Point', coordinates: [lon, lat] } } : f)) }, []);
      }
    },
  });
}

/**
 * Keeps the map in step with the set-up (*Inrichten*): while its tab is open the base areas are drawn in
 * their team's colour (unassigned ones hatched), with the areas a click assigns outlined and the draft's
 * locations; clicks and drags edit the draft; Ctrl+Z / Ctrl+Y undo and redo, Esc stops a tool. The
 * explorer's own area, territory and location layers are hidden meanwhile. Renders nothing.
 */
export function OrganiseMapSync() {
  const services = useServices();
  const controller = useMapController();
  const { t } = useI18n();
  const panel = useAppState(selectPanel);
  const pkg = useAppState(selectPackage);
  const organise = useAppState(selectOrganise);
  const layers = useAppState(selectLayers);
  const run = useAppState(selectRun);
  const active = panel === 'organise' && pkg !== null && organise.forPackage === pkg;

  useEffect(() => {
    if (panel === 'organise') ensureOrganising(services);
  }, [panel, pkg, services]);

  const { draft, assignLevel } = organise;
  const { codes, adjacency } = useBaseAdjacency(pkg);
  const colours = useMemo(() => organiseTeamColours(draft, codes, adjacency), [draft, codes, adjacency]);
  const outline = useMemo(() => (pkg ? outlineOf(pkg) : null), [pkg]);
  const areas = useMemo(() => (active && pkg ? buildOrganiseAreas(pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? [], draft.territory, colours) : EMPTY), [active, pkg, draft.territory, colours]);
  const groups = useMemo(() => (active && pkg && assignLevel !== pkg.baseLevel ? (pkg.levels.find((l) => l.level === assignLevel)?.areas ?? EMPTY) : EMPTY), [active, pkg, assignLevel]);
  const centres = useMemo(() => (active ? centresCollection(organise, colours, outline) : (EMPTY as OrganiseCentreCollection)), [active, organise, colours, outline]);

  useEffect(() => {
    if (!controller) return;
    controller.addImageOnce(ORGANISE_HATCH, buildOrganiseHatchImage());
    controller.setOverlay(ORGANISE_SOURCES.groups, groups, []);
    controller.setOverlay(ORGANISE_SOURCES.centres, centres, []);
    controller.setOverlay(ORGANISE_SOURCES.areas, areas, buildOrganiseLayers());
  }, [controller, areas, groups, centres]);

  // Which layers show: the set-up's on top while active, else the explorer's as its layers slice says.
  useEffect(() => {
    if (!controller) return;
    controller.setLayersVisible(ORGANISE_LAYER_IDS, active);
    for (const id of HIDDEN_GROUPS) controller.setLayersVisible(mapLayerIdsOf(id, []), active ? false : layers.visible[id]);
    if (active) controller.orderLayerGroups([ORGANISE_LAYER_IDS]);
  }, [controller, active, layers, run]);

  useEffect(() => {
    if (!controller || !active || !pkg) return;
    return attachEditing(controller, services, pkg, t, () => centres, { codes, adjacency });
  }, [controller, active, pkg, services, t, centres, codes, adjacency]);

  const focus = organise.focus;
  useEffect(() => {
    if (!controller || !pkg || !focus) return;
    const area = pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features.find((f) => f.properties.code === focus.code);
    if (area) controller.fitBox(findBoundingBox(area.geometry));
  }, [controller, pkg, focus]);

  useEffect(() => {
    if (panel !== 'organise') return;
    // Capture phase: the set-up's undo wins over the planner's while its tab is open.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        services.store.update(inSlice('organise', setTool('pan')));
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) services.store.update(inSlice('organise', undo));
      else if (key === 'y' || (key === 'z' && e.shiftKey)) services.store.update(inSlice('organise', redo));
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [panel, services]);

  return null;
}
