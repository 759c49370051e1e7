import { reportingTo } from '../shared/problems';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import { useAppState, useI18n, useServices } from '../app/app-context';
import type { Services } from '../app/services';
import { AreaTooltip } from '../features/explorer/components/AreaTooltip';
import { AttributionLine } from '../features/explorer/components/AttributionLine';
import { followViewWithMap } from '../features/explorer/commands/map-follows-view';
import { inSlice } from '../app/app-state';
import { packageText, type LoadedPackage } from '../../data/package';
import type { MapDataState } from '../features/explorer/state/map-data-slice';
import { selectMapData, selectPackage, selectSelection, selectView } from '../features/explorer/state/selectors';
import { pickAreaOnMap } from '../features/explorer/state/pick-area';
import { setHovered, type SelectionState } from '../features/explorer/state/selection-slice';
import { buildAreaFeatureStates } from './build-area-feature-states';
import { registerCamera } from './camera-bridge';
import { buildMapContent, buildTerritoryLabels } from './build-map-content';
import { MapController, type MapContent } from './map-controller';
import { mapLocaleFor } from './map-locale';
import type { AppState } from '../app/app-state';
import type { PackageState } from '../app/package-slice';
import { MapControllerContext } from './map-controller-context';
import type { ReactNode } from 'react';

declare global {
  interface Window {
    /** Read-only handle on the MapLibre map, for diagnostics and the end-to-end tests. */
    __wijkzichtMap?: MapController['map'];
  }
}

const selectLanguage = (s: AppState) => s.ui.language;
const selectEarlyGeometry = (s: AppState) => s.pkg.early;

const NO_CONTENT: MapContent = { areas: { type: 'FeatureCollection', features: [] }, territories: null, territoryLabels: { type: 'FeatureCollection', features: [] }, centres: [] };

/** What the map view tells the bench and the e2e tests: the view last applied, and a recolouring to mark. */
interface MapMarks {
  /** `level|indicator|period|measure` of the colouring last handed to the map; published on idle. */
  readonly appliedView: MutableRefObject<string>;
  /** Set when new colours go to the map; the next rendered frame marks `wijkzicht:recoloured` (bench). */
  readonly recolourPending: MutableRefObject<boolean>;
  /** Set once colours have gone to the map: the first frame with areas after it is the first coloured map. */
  readonly coloured: MutableRefObject<boolean>;
}

/** The camera of a controller's map, for code outside the map's React tree (camera-bridge.ts). */
function cameraOf(c: MapController): Parameters<typeof registerCamera>[1] {
  return {
    get: () => ({ center: c.map.getCenter().toArray(), zoom: c.map.getZoom() }),
    ease: (camera, duration) => c.map.easeTo({ center: [camera.center[0], camera.center[1]], zoom: camera.zoom, duration, essential: true }),
    extent: () => {
      const b = c.map.getBounds();
      return [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]];
    },
    fit: (extent, padding, duration) => c.map.fitBounds([extent[0][0], extent[0][1], extent[1][0], extent[1][1]], { padding, duration, essential: true }),
    map: () => c.map,
    snapshot: async (ratio) => {
      const before = c.map.getPixelRatio();
      c.map.setPixelRatio(ratio);
      try {
        await new Promise<void>((resolve) => {
          c.map.once('idle', () => resolve());
          c.map.triggerRepaint();
        });
        // Copied inside the next frame's `render` event, while the frame is still in the drawing buffer:
        // with software WebGL the map does not keep the buffer after a frame (map-canvas-attributes.ts).
        return await new Promise<HTMLCanvasElement>((resolve) => {
          c.map.once('render', () => {
            const source = c.map.getCanvas();
            const copy = document.createElement('canvas');
            copy.width = source.width;
            copy.height = source.height;
            copy.getContext('2d')!.drawImage(source, 0, 0);
            resolve(copy);
          });
          c.map.triggerRepaint();
        });
      } finally {
        c.map.setPixelRatio(before);
      }
    },
  };
}

/** A new controller on the container: pointer and clicks to the selection, `data-map-state`, bench marks. */
function createController(element: HTMLDivElement, services: Services, marks: MapMarks, onPointer: (point: { x: number; y: number } | null) => void): MapController {
  const root = document.documentElement;
  root.dataset.mapState = 'loading';
  const c: MapController = new MapController(element, {
    onHover: (code, point) => {
      services.store.update(inSlice('selection', setHovered(code)));
      onPointer(point);
    },
    // While the set-up (Inrichten) is open, or the planner's area brush is on, a click edits (OrganiseMapSync,
    // PlannerTerritorySync); it does not open the area's details.
    onClick: (code) => {
      const ui = services.store.getState().ui;
      if (ui.panel !== 'organise' && !(ui.panel === 'planner' && ui.plannerTool === 'assign-areas')) services.store.update(pickAreaOnMap(code));
    },
    onError: reportingTo(services.store, 'map-compute-failed'),
    onIdle: () => {
      if (root.dataset.mapState !== 'rendering') return;
      root.dataset.mapState = 'idle';
      root.dataset.mapView = marks.appliedView.current;
      // Performance marks for `npm run bench`: the first coloured map fully drawn.
      if (performance.getEntriesByName('wijkzicht:map-idle').length === 0) performance.mark('wijkzicht:map-idle');
    },
    onRender: () => {
      if (marks.recolourPending.current) {
        marks.recolourPending.current = false;
        performance.mark('wijkzicht:recoloured');
      }
      // The first frame with any areas (before their colours when the package is drawn early), then the first
      // with their colours; `data-map-geometry` says the former, `data-map-state` stays about the latter.
      const geometryMarked = performance.getEntriesByName('wijkzicht:first-geometry').length > 0;
      const paintMarked = performance.getEntriesByName('wijkzicht:first-map-paint').length > 0;
      if ((!geometryMarked || (!paintMarked && marks.coloured.current)) && c.hasRenderedAreas()) {
        if (!geometryMarked) {
          performance.mark('wijkzicht:first-geometry');
          root.dataset.mapGeometry = 'drawn';
        }
        if (!paintMarked && marks.coloured.current) performance.mark('wijkzicht:first-map-paint');
      }
    },
  }, mapLocaleFor(services.store.getState().ui.language));
  return c;
}

/** The map's controller for the life of the container (with its camera registered and its size followed). */
function useMapControllerFor(container: RefObject<HTMLDivElement | null>, marks: MapMarks, onPointer: (point: { x: number; y: number } | null) => void): MapController | null {
  const services = useServices();
  const [controller, setController] = useState<MapController | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const c = createController(container.current, services, marks, onPointer);
    window.__wijkzichtMap = c.map;
    registerCamera(services.memory, cameraOf(c));
    setController(c);
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      delete window.__wijkzichtMap;
      registerCamera(services.memory, null);
      c.destroy();
    };
  }, [services, container, marks, onPointer]);
  return controller;
}

/**
 * The map's content and colours: new sources for a package or level (fit the view when the package
 * changes), the colouring's feature states and the territory labels. Layout effects (before the browser
 * paints): a change made in an event reaches the map in the same frame (a planner slider step), and content
 * is replaced before the new colours are applied.
 */
function useMapColouring(controller: MapController | null, pkg: LoadedPackage | null, early: PackageState['early'], mapData: MapDataState, shownLevel: string, marks: MapMarks): void {
  const lastPackage = useRef<unknown>(null);
  useLayoutEffect(() => {
    if (!controller) return;
    if (!pkg) {
      if (early) {
        // Map first, numbers next: the areas of the package being opened, before DuckDB holds it.
        const areas = early.pkg.levels.find((l) => l.level === early.level)?.areas;
        if (areas) controller.setEarlyAreas(areas);
        lastPackage.current = early.pkg;
      } else if (lastPackage.current !== null) {
        // Areas drawn early of a package that then failed to open: nothing is open, nothing is drawn.
        controller.setContent(NO_CONTENT, false);
        lastPackage.current = null;
      }
      return;
    }
    if (!shownLevel) return;
    const fit = lastPackage.current !== pkg;
    lastPackage.current = pkg;
    controller.setContent(buildMapContent(pkg, shownLevel), fit);
  }, [controller, pkg, early, shownLevel]);

  const colouring = mapData.colouring;
  const states = useMemo(() => (colouring ? buildAreaFeatureStates(colouring) : null), [colouring]);
  useLayoutEffect(() => {
    if (!controller || !states) return;
    document.documentElement.dataset.mapState = 'rendering';
    const v = mapData.view;
    marks.appliedView.current = v ? `${v.level}|${v.indicator}|${v.period}|${v.measure}` : '';
    controller.applyFeatureStates(states);
    marks.recolourPending.current = true;
    marks.coloured.current = true;
    controller.map.triggerRepaint();
  }, [controller, states, shownLevel, mapData.view, marks]);

  // Territory labels: team names, with their FTE on the staffing map.
  const territoryLabels = colouring?.kind === 'classes' ? colouring.territoryLabels : undefined;
  useLayoutEffect(() => {
    if (!controller || !pkg) return;
    controller.setTerritoryLabels(buildTerritoryLabels(pkg, territoryLabels), territoryLabels !== undefined);
  }, [controller, pkg, territoryLabels]);
}

/**
 * The hover, highlight and selected outlines from the selection slice. The selected outline is given again
 * when the map gets other areas (`shownLevel`): an area selected at another level (the search) shows once
 * its level is on the map.
 */
function useSelectionOutlines(controller: MapController | null, selection: SelectionState, shownLevel: string): void {
  useEffect(() => controller?.setHovered(selection.hovered), [controller, selection.hovered]);
  useEffect(() => controller?.setHighlighted(selection.highlighted), [controller, selection.highlighted]);
  useEffect(() => controller?.setSelected(selection.selected), [controller, selection.selected, shownLevel]);
}

/**
 * The map panel. MapLibre is driven through the controller: the package and level decide the sources,
 * the colouring decides the feature-state colours, the selection slice the hover, highlight and selected
 * outlines. While it is on screen the colouring follows the state (`followViewWithMap`). `data-map-state`
 * on <html> says `idle` once the last change is on screen, and `data-map-view` which view that is
 * (`level|indicator|period|measure`): the e2e tests and the bench wait for them.
 * Children (overlay layers, search) get the controller through context.
 */
export function MapView({ children }: { children?: ReactNode }) {
  const services = useServices();
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const marks = useMemo<MapMarks>(() => ({ appliedView: { current: '' }, recolourPending: { current: false }, coloured: { current: false } }), []);
  const controller = useMapControllerFor(container, marks, setPointer);
  const pkg = useAppState(selectPackage);
  const early = useAppState(selectEarlyGeometry);
  const view = useAppState(selectView);
  const mapData = useAppState(selectMapData);
  const selection = useAppState(selectSelection);
  const shownLevel = mapData.view?.level ?? view.level;

  useEffect(() => followViewWithMap(services), [services]);
  // MapLibre's own control texts follow the UI language.
  const language = useAppState(selectLanguage);
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (!controller || shownLanguage.current === language) return;
    shownLanguage.current = language;
    controller.setLocale(mapLocaleFor(language));
  }, [controller, language]);
  useMapColouring(controller, pkg, early, mapData, shownLevel, marks);
  useSelectionOutlines(controller, selection, shownLevel);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={t('mapLabel', { name: pkg ? packageText(pkg.descriptor, language) : '' })} data-testid="map" />
      <AreaTooltip code={selection.hovered} point={pointer} />
      <AttributionLine />
      <MapControllerContext.Provider value={controller}>{children}</MapControllerContext.Provider>
    </div>
  );
}
