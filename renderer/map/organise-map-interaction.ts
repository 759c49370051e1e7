import type * as maplibregl from 'maplibre-gl';
import { ORGANISE_LAYERS, ORGANISE_SOURCES } from './layers/build-organise-layers';

/** What the set-up's map interaction asks of its owner, read at the moment of each event. */
export interface OrganiseInteractionHandlers {
  tool(): 'pan' | 'assign' | 'add-location';
  /** The colour the brush paints with (the team's, or the unassigned colour). */
  brushColour(): string;
  /** The base areas (feature ids and codes) a hit on base area `code` assigns: itself, or its whole wijk. */
  expand(code: string): readonly { id: number; code: string }[];
  /** One brush stroke (or click) is done: these base areas go to the brush's team. */
  assign(codes: readonly string[]): void;
  addCentre(lon: number, lat: number): void;
  /** A location is being dragged (drawn live) and, with `done`, was dropped. */
  moveCentre(id: string, lon: number, lat: number, done: boolean): void;
}

/** The fill layer a stroke hits, the source whose feature state shows the brush, the locations' layer (null: none to drag). */
export interface BrushLayerIds {
  readonly fill: string;
  readonly source: string;
  readonly centre: string | null;
}

const ORGANISE_IDS: BrushLayerIds = { fill: ORGANISE_LAYERS.fill, source: ORGANISE_SOURCES.areas, centre: ORGANISE_LAYERS.centreCircle };

/** Pixels around the pointer a brush stroke covers. */
const BRUSH_RADIUS_PX = 4;
/** A fast stroke is sampled at least every this many pixels, so no area between two events is skipped. */
const BRUSH_STEP_PX = 6;

/**
 * The set-up's clicks and drags on the map: with the assign tool a press-and-drag paints the areas under
 * the pointer (the whole wijk where a click assigns by wijk) in the brush's colour and assigns them on
 * release, as one edit; a click is a stroke of one point. A location can be dragged with any tool; with
 * the add tool a click adds one. The map does not pan while painting or dragging. `ids` names the layers
 * (the set-up's by default; the planner's *Gebieden* brush passes its own, without locations).
 *
 * @returns a function that removes every listener.
 */
export function attachOrganiseInteraction(map: maplibregl.Map, handlers: OrganiseInteractionHandlers, ids: BrushLayerIds = ORGANISE_IDS): () => void {
  let stroke: { codes: Map<string, number>; last: { x: number; y: number } } | null = null;
  let dragging: string | null = null;
  const hasLayer = (id: string) => map.getLayer(id) !== undefined;

  const paintAt = (point: { x: number; y: number }) => {
    if (!stroke || !hasLayer(ids.fill)) return;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - BRUSH_RADIUS_PX, point.y - BRUSH_RADIUS_PX],
      [point.x + BRUSH_RADIUS_PX, point.y + BRUSH_RADIUS_PX],
    ];
    const colour = handlers.brushColour();
    for (const feature of map.queryRenderedFeatures(box, { layers: [ids.fill] })) {
      const code = feature.properties?.code;
      if (typeof code !== 'string' || stroke.codes.has(code)) continue;
      for (const area of handlers.expand(code)) {
        if (stroke.codes.has(area.code)) continue;
        stroke.codes.set(area.code, area.id);
        map.setFeatureState({ source: ids.source, id: area.id }, { brush: colour });
      }
    }
  };
  const paintAlong = (to: { x: number; y: number }) => {
    if (!stroke) return;
    const from = stroke.last;
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / BRUSH_STEP_PX));
    for (let i = 1; i <= steps; i++) paintAt({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps });
    stroke.last = to;
  };
  const finishStroke = () => {
    if (!stroke) return;
    const { codes } = stroke;
    stroke = null;
    for (const id of codes.values()) map.removeFeatureState({ source: ids.source, id }, 'brush');
    if (codes.size > 0) handlers.assign([...codes.keys()]);
  };

  const onDown = (e: maplibregl.MapMouseEvent) => {
    if (e.originalEvent.button !== 0) return;
    const tool = handlers.tool();
    const centre = ids.centre !== null && hasLayer(ids.centre) ? map.queryRenderedFeatures(e.point, { layers: [ids.centre] })[0] : undefined;
    const id = centre?.properties?.id;
    if (typeof id === 'string' && tool !== 'add-location') {
      e.preventDefault();
      dragging = id;
      map.getCanvas().style.cursor = 'grabbing';
      return;
    }
    if (tool !== 'assign') return;
    e.preventDefault();
    stroke = { codes: new Map(), last: { x: e.point.x, y: e.point.y } };
    paintAt(e.point);
  };
  const onMove = (e: maplibregl.MapMouseEvent) => {
    if (dragging) handlers.moveCentre(dragging, e.lngLat.lng, e.lngLat.lat, false);
    else if (stroke) paintAlong(e.point);
    const tool = handlers.tool();
    if (!dragging && tool !== 'pan') map.getCanvas().style.cursor = 'crosshair';
  };
  const onUp = (e: maplibregl.MapMouseEvent) => {
    if (dragging) {
      const id = dragging;
      dragging = null;
      map.getCanvas().style.cursor = '';
      handlers.moveCentre(id, e.lngLat.lng, e.lngLat.lat, true);
    }
    finishStroke();
  };
  const onClick = (e: maplibregl.MapMouseEvent) => {
    if (handlers.tool() === 'add-location') handlers.addCentre(e.lngLat.lng, e.lngLat.lat);
  };
  // A release outside the map still ends a stroke (a drag that leaves the canvas).
  const onDocumentUp = () => {
    dragging = null;
    finishStroke();
  };

  map.on('mousedown', onDown);
  map.on('mousemove', onMove);
  map.on('mouseup', onUp);
  map.on('click', onClick);
  document.addEventListener('mouseup', onDocumentUp);
  return () => {
    map.off('mousedown', onDown);
    map.off('mousemove', onMove);
    map.off('mouseup', onUp);
    map.off('click', onClick);
    document.removeEventListener('mouseup', onDocumentUp);
    stroke = null;
    dragging = null;
    map.getCanvas().style.cursor = '';
  };
}
