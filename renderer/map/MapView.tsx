import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppState, useI18n, useServices } from '../app/app-context';
import { AreaTooltip } from '../components/AreaTooltip';
import { AttributionLine } from '../components/AttributionLine';
import { inSlice } from '../state/app-state';
import { paletteOf, selectDefinition, selectHovered, selectMapData, selectPackage, selectView } from '../state/selectors';
import { setHovered } from '../state/ui-slice';
import { buildAreaFeatureStates } from './build-area-feature-states';
import { buildMapContent } from './build-map-content';
import { MapController } from './map-controller';

declare global {
  interface Window {
    /** Read-only handle on the MapLibre map, for diagnostics and the end-to-end tests. */
    __wijkzichtMap?: MapController['map'];
  }
}

/**
 * The map panel. MapLibre is driven through the controller: the package and level decide the sources,
 * the choropleth decides the feature-state colours. `data-map-state` on <html> says `idle` once the last
 * change is on screen, and `data-map-view` which view that is (`level|indicator|period`): the e2e tests
 * and the bench wait for them.
 */
export function MapView() {
  const services = useServices();
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  /** `level|indicator|period` of the choropleth last handed to the map; published on idle. */
  const appliedView = useRef('');
  const [pointer, setPointer] = useState<{ x: number; y: number } | null>(null);
  const pkg = useAppState(selectPackage);
  const view = useAppState(selectView);
  const mapData = useAppState(selectMapData);
  const definition = useAppState(selectDefinition);
  const hovered = useAppState(selectHovered);
  const shownLevel = mapData.view?.level ?? view.level;

  useEffect(() => {
    if (!container.current) return;
    const root = document.documentElement;
    root.dataset.mapState = 'loading';
    const c = new MapController(container.current, {
      onHover: (code, point) => {
        services.store.update(inSlice('ui', setHovered(code)));
        setPointer(point);
      },
      onIdle: () => {
        if (root.dataset.mapState !== 'rendering') return;
        root.dataset.mapState = 'idle';
        root.dataset.mapView = appliedView.current;
        // Performance marks for `npm run bench`: the first coloured map fully drawn.
        if (performance.getEntriesByName('wijkzicht:map-idle').length === 0) performance.mark('wijkzicht:map-idle');
      },
      onRender: () => {
        if (performance.getEntriesByName('wijkzicht:first-map-paint').length === 0 && c.hasRenderedAreas()) {
          performance.mark('wijkzicht:first-map-paint');
        }
      },
    });
    window.__wijkzichtMap = c.map;
    setController(c);
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      delete window.__wijkzichtMap;
      c.destroy();
    };
  }, [services]);

  // Package or level: new sources (fit the view when the package changes).
  const lastPackage = useRef<unknown>(null);
  useEffect(() => {
    if (!controller || !pkg || !shownLevel) return;
    const fit = lastPackage.current !== pkg;
    lastPackage.current = pkg;
    controller.setContent(buildMapContent(pkg, shownLevel), fit);
  }, [controller, pkg, shownLevel]);

  const states = useMemo(() => (mapData.choropleth ? buildAreaFeatureStates(mapData.choropleth, paletteOf(mapData.choropleth, definition)) : null), [mapData.choropleth, definition]);
  useEffect(() => {
    if (!controller || !states) return;
    document.documentElement.dataset.mapState = 'rendering';
    const v = mapData.view;
    appliedView.current = v ? `${v.level}|${v.indicator}|${v.period}` : '';
    controller.applyFeatureStates(states);
    controller.map.triggerRepaint();
  }, [controller, states, shownLevel, mapData.view]);

  useEffect(() => {
    controller?.setHovered(hovered);
  }, [controller, hovered]);

  return (
    <div className="map-wrap">
      <div ref={container} className="map" role="region" aria-label={t('mapLabel', { name: pkg?.descriptor.title ?? '' })} data-testid="map" />
      <AreaTooltip code={hovered} point={pointer} />
      <AttributionLine />
    </div>
  );
}
