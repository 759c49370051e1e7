import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { TEAM_LEVEL } from '../../../data/package';
import { useAppState, useI18n, useServices } from '../../app/app-context';
import { formatNumber } from '../../shared/i18n/i18n';
import { reportingTo } from '../../shared/problems';
import { buildMapContent } from '../../map/build-map-content';
import { buildBaseStyle } from '../../map/layers/build-base-style';
import { mapCanvasAttributes } from '../../map/map-canvas-attributes';
import { NO_DATA_COLOR, SUPPRESSED_COLOR } from '../../map/palette';
import { selectPackage } from '../explorer/state/selectors';
import {
  CENTRE_COLOR,
  CHANGED_CENTRE_COLOR,
  COMPARE_SOURCES,
  boundsOf,
  buildCompareCentres,
  buildCompareColouring,
  buildCompareLabels,
  buildCompareLayers,
  buildCompareLegend,
  buildCompareTerritories,
  type CompareLegendModel,
} from './build-compare-layers';
import type { PlannerModel } from './planner-model';
import { buildScenarioTerritories, territoryKey } from './scenario-territories';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The two compare maps [left = comparison, right = scenario] while they are open, for the e2e tests. */
    __wijkzichtCompareMaps?: [maplibregl.Map, maplibregl.Map];
  }
}

type MapPair = readonly [maplibregl.Map, maplibregl.Map];
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** An offline map for one side: the base style (no tiles, no glyph server), its sources and layers. */
function createCompareMap(container: HTMLElement, bounds: [number, number, number, number] | null): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style: buildBaseStyle(),
    ...(bounds ? { bounds, fitBoundsOptions: { padding: 16 } } : { center: [3.95, 50.85], zoom: 11 }),
    attributionControl: false,
    canvasContextAttributes: mapCanvasAttributes(),
    maxPitch: 0,
    dragRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.on('load', () => {
    for (const id of Object.values(COMPARE_SOURCES)) map.addSource(id, { type: 'geojson', data: EMPTY });
    for (const layer of buildCompareLayers()) map.addLayer(layer);
  });
  map.on('idle', () => (container.dataset.mapState = 'idle'));
  return map;
}

/** Moving either map moves the other to the same camera (a flag stops the echo). Returns the unlink. */
function syncCameras(a: maplibregl.Map, b: maplibregl.Map): () => void {
  let syncing = false;
  const follow = (from: maplibregl.Map, to: maplibregl.Map) => () => {
    if (syncing) return;
    syncing = true;
    to.jumpTo({ center: from.getCenter(), zoom: from.getZoom(), bearing: from.getBearing(), pitch: from.getPitch() });
    syncing = false;
  };
  const ab = follow(a, b);
  const ba = follow(b, a);
  a.on('move', ab);
  b.on('move', ba);
  return () => {
    a.off('move', ab);
    b.off('move', ba);
  };
}

/** Creates the two maps once both containers exist, links their cameras, and removes them on unmount. */
function useMapPair(left: RefObject<HTMLDivElement | null>, right: RefObject<HTMLDivElement | null>, bounds: [number, number, number, number] | null): MapPair | null {
  const [pair, setPair] = useState<MapPair | null>(null);
  const initialBounds = useRef(bounds);
  useEffect(() => {
    if (!left.current || !right.current) return;
    const containers = [left.current, right.current];
    const maps = [createCompareMap(containers[0]!, initialBounds.current), createCompareMap(containers[1]!, initialBounds.current)] as const;
    const unlink = syncCameras(maps[0], maps[1]);
    let loaded = 0;
    for (const map of maps) map.once('load', () => ++loaded === 2 && setPair(maps));
    window.__wijkzichtCompareMaps = [maps[0], maps[1]];
    const observer = new ResizeObserver(() => maps.forEach((m) => m.resize()));
    containers.forEach((c) => observer.observe(c));
    return () => {
      observer.disconnect();
      unlink();
      if (window.__wijkzichtCompareMaps?.[0] === maps[0]) delete window.__wijkzichtCompareMaps;
      maps.forEach((m) => m.remove());
      setPair(null);
    };
  }, [left, right]);
  return pair;
}

/** New data for a source of a compare map; a refusal is reported (the other side and the main map stay). */
const setData = (map: maplibregl.Map, source: string, data: FeatureCollection, report: (error: unknown) => void) =>
  void map.getSource<maplibregl.GeoJSONSource>(source)?.setData(data).catch(report);

/**
 * The planner's comparison on two synchronised maps over the main map: left the comparison (baseline or
 * another scenario), right the active scenario; team territories coloured by caseload per FTE on one
 * shared class scale, labelled with the team's FTE, and each side's centres. Esc or the button closes it.
 */
export function CompareMaps({ model, compareName, onClose }: { model: PlannerModel; compareName: string; onClose(): void }) {
  const services = useServices();
  const { t, language } = useI18n();
  const pkg = useAppState(selectPackage);
  const titleId = useId();
  const [host] = useState(() => document.querySelector('[data-testid="map"]')?.parentElement ?? null);
  const left = useRef<HTMLDivElement>(null);
  const right = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const content = useMemo(() => (pkg ? buildMapContent(pkg, TEAM_LEVEL) : null), [pkg]);
  const bounds = useMemo(() => (content?.territories ? boundsOf(content.territories) : null), [content]);
  // Each side's territories: today's, or the base areas dissolved by the scenario's teams (its territory changes).
  const keys = [territoryKey(model.compare.input.areas), territoryKey(model.planned.input.areas)] as const;
  // The key stands for the run's territories: the shapes are dissolved again only when they change.
  const leftShapes = useMemo(() => (pkg ? buildScenarioTerritories(pkg, model.compare) : null), [pkg, keys[0]]); // eslint-disable-line react-hooks/exhaustive-deps
  const rightShapes = useMemo(() => (pkg ? buildScenarioTerritories(pkg, model.planned) : null), [pkg, keys[1]]); // eslint-disable-line react-hooks/exhaustive-deps
  const pair = useMapPair(left, right, bounds);
  const colourings = useMemo(() => [buildCompareColouring(model.teams, 'compare', { language }), buildCompareColouring(model.teams, 'scenario', { language })] as const, [model, language]);
  const legend = useMemo(() => buildCompareLegend(colourings[0], colourings[1]), [colourings]);

  const centres = useMemo(() => {
    const [a, b] = [model.compare.input.centres, model.planned.input.centres];
    return [buildCompareCentres(a, b), buildCompareCentres(b, a)] as const;
  }, [model]);
  const anyChanged = centres.some((fc) => fc.features.some((f) => f.properties.changed));

  useEffect(() => {
    if (!pair || !leftShapes || !rightShapes) return;
    const report = reportingTo(services.store, 'compare-maps-failed');
    const shapes = [leftShapes, rightShapes];
    pair.forEach((map, i) => {
      map.getContainer().dataset.mapState = 'rendering';
      setData(map, COMPARE_SOURCES.territories, buildCompareTerritories(shapes[i]!.territories, colourings[i]!), report);
      setData(map, COMPARE_SOURCES.labels, buildCompareLabels(shapes[i]!.labels, colourings[i]!), report);
      setData(map, COMPARE_SOURCES.centres, centres[i]!, report);
    });
  }, [pair, leftShapes, rightShapes, colourings, centres, services]);

  // Esc closes; focus goes to the close button once, when the maps open.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    closeButton.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!host) return null;
  const fte = (x: number) => formatNumber(language, x, Number.isInteger(x) ? 0 : 1);
  const sides = [
    { name: compareName, ref: left, testId: 'compare-map-left', fte: model.totals.fteCompare, centres: model.compare.input.centres.length },
    { name: model.scenario.name, ref: right, testId: 'compare-map-right', fte: model.totals.fteScenario, centres: model.planned.input.centres.length },
  ];
  return createPortal(
    <section className="compare-maps" data-testid="compare-maps" role="dialog" aria-modal="false" aria-labelledby={titleId}>
      <div className="compare-maps-head">
        <h2 id={titleId}>{t('plannerCompareMapsTitle', { a: compareName, b: model.scenario.name })}</h2>
        <button type="button" ref={closeButton} data-testid="compare-maps-close" onClick={onClose}>
          {t('plannerCompareMapsClose')}
        </button>
      </div>
      <div className="compare-maps-grid">
        {sides.map((side) => (
          <div key={side.testId} className="compare-map-col">
            <h3 className="compare-map-title" title={side.name}>
              {side.name} <span className="compare-map-sub">{t('plannerCompareMapsSummary', { fte: fte(side.fte), centres: side.centres })}</span>
            </h3>
            <div ref={side.ref} className="compare-map" data-testid={side.testId} data-map-state="loading" role="region" aria-label={t('plannerCompareMapsMapLabel', { name: side.name })} />
          </div>
        ))}
      </div>
      <CompareLegend legend={legend} changedCentres={anyChanged} />
    </section>,
    host,
  );
}

/** The legend both maps share: the class ranges, suppressed and no data, and the two kinds of centre. */
function CompareLegend({ legend, changedCentres }: { legend: CompareLegendModel; changedCentres: boolean }) {
  const { t, language } = useI18n();
  const fmt = (x: number) => formatNumber(language, x, 1);
  return (
    <div className="compare-legend" data-testid="compare-legend">
      <p className="compare-legend-title">{t('plannerCompareMapsLegend')}</p>
      <ul>
        {legend.classes.map((c) => (
          <li key={c.colour} title={t('plannerCompareMapsCounts', { a: c.compare, b: c.scenario })}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {fmt(c.from)} – {fmt(c.to)}
          </li>
        ))}
        {legend.suppressed && (
          <li>
            <span className="swatch" style={{ background: SUPPRESSED_COLOR }} aria-hidden="true" />
            {t('plannerSuppressed')}
          </li>
        )}
        {legend.missing && (
          <li>
            <span className="swatch" style={{ background: NO_DATA_COLOR }} aria-hidden="true" />
            {t('plannerCompareMapsMissing')}
          </li>
        )}
        <li>
          <span className="compare-dot" style={{ background: CENTRE_COLOR }} aria-hidden="true" />
          {t('plannerCompareMapsCentre')}
        </li>
        {changedCentres && (
          <li>
            <span className="compare-dot" style={{ background: CHANGED_CENTRE_COLOR }} aria-hidden="true" />
            {t('plannerCompareMapsCentreChanged')}
          </li>
        )}
      </ul>
      <p className="compare-legend-note">{t('plannerCompareMapsNote')}</p>
    </div>
  );
}
