import type { SupportedCrs } from '../../../geo/crs';

export type GeojsonCrsIdentification =
  | { readonly ok: true; readonly code: SupportedCrs; readonly name: string }
  /** `name` is what the member says (its name, link or JSON), for the message. */
  | { readonly ok: false; readonly name: string };

const CODES: Record<string, SupportedCrs> = {
  '4326': 'EPSG:4326',
  '31370': 'EPSG:31370',
  '3812': 'EPSG:3812',
  '3857': 'EPSG:3857',
  '900913': 'EPSG:3857',
  '3785': 'EPSG:3857',
  '102100': 'EPSG:3857',
  '102113': 'EPSG:3857',
};

/**
 * Reads the legacy `crs` member of a GeoJSON object (GeoJSON 2008; RFC 7946 dropped it), as GDAL and QGIS
 * still write: `{ "type": "name", "properties": { "name": "urn:ogc:def:crs:EPSG::31370" } }`. Accepts the
 * OGC URN with or without a version (`urn:ogc:def:crs:EPSG:6.18:3:3857`), `EPSG:31370`, an
 * `http://www.opengis.net/def/crs/EPSG/0/31370` URI, and CRS84 (`urn:ogc:def:crs:OGC:1.3:CRS84`, `OGC:CRS84`).
 * EPSG:4326 is read as longitude/latitude in that order, as every GeoJSON writer means it. Link-type members
 * and other systems are not supported.
 *
 * @example
 * identifyGeojsonCrs({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } }); // { ok: true, code: 'EPSG:31370', … }
 * identifyGeojsonCrs({ type: 'name', properties: { name: 'EPSG:32631' } }); // { ok: false, name: 'EPSG:32631' }
 */
export function identifyGeojsonCrs(crs: unknown): GeojsonCrsIdentification {
  const member = crs as { type?: unknown; properties?: { name?: unknown; href?: unknown } } | null;
  if (member === null || typeof member !== 'object') return { ok: false, name: JSON.stringify(crs) ?? String(crs) };
  const name = member.properties?.name;
  if (member.type !== 'name' || typeof name !== 'string') {
    const shown = typeof member.properties?.href === 'string' ? member.properties.href : JSON.stringify(crs);
    return { ok: false, name: shown.slice(0, 120) };
  }
  const text = name.trim();
  if (/^(urn:ogc:def:crs:)?OGC:(1\.3:)?CRS:?84$/i.test(text) || /\/def\/crs\/OGC\/[^/]+\/CRS84$/i.test(text)) {
    return { ok: true, code: 'EPSG:4326', name: text };
  }
  const m =
    /^urn:ogc:def:crs:(EPSG|ESRI):(?:[\d.]*:)*(\d+)$/i.exec(text) ??
    /^(EPSG|ESRI):(\d+)$/i.exec(text) ??
    /\/def\/crs\/(EPSG|ESRI)\/[^/]+\/(\d+)$/i.exec(text);
  const code = m ? CODES[m[2]!] : undefined;
  if (code !== undefined && (m![1]!.toUpperCase() === 'EPSG' || m![2] === '102100' || m![2] === '102113')) return { ok: true, code, name: text };
  return { ok: false, name: text };
}
