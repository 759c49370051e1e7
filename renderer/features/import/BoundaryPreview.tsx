import * as maplibregl from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { BoundaryLayer } from '../../../data/import';
import { buildBaseStyle } from '../../map/layers/build-base-style';

/** A small map of the boundaries being imported, so the user sees they landed in the right place. */
export function BoundaryPreview({ layer, label }: { layer: BoundaryLayer; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({ container: container.current, style: buildBaseStyle('#f7f7f4'), attributionControl: false, center: [4.4, 50.9], zoom: 7, canvasContextAttributes: { preserveDrawingBuffer: true } });
    const data = { type: 'FeatureCollection' as const, features: [...layer.features] };
    map.on('load', () => {
      map.addSource('preview', { type: 'geojson', data });
      map.addLayer({ id: 'preview-fill', type: 'fill', source: 'preview', paint: { 'fill-color': '#457b9d', 'fill-opacity': 0.35 } });
      map.addLayer({ id: 'preview-line', type: 'line', source: 'preview', paint: { 'line-color': '#1d3557', 'line-width': 1 } });
      let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
      for (const f of layer.features) {
        const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const p of polygons) for (const [lon, lat] of p[0] ?? []) {
          minLon = Math.min(minLon, lon!); maxLon = Math.max(maxLon, lon!); minLat = Math.min(minLat, lat!); maxLat = Math.max(maxLat, lat!);
        }
      }
      if (Number.isFinite(minLon)) map.fitBounds([minLon, minLat, maxLon, maxLat], { padding: 16, animate: false });
    });
    return () => map.remove();
  }, [layer]);
  return <div ref={container} className="boundary-preview" role="img" aria-label={label} data-testid="boundary-preview" />;
}
