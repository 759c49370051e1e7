import { describe, expect, it } from 'vitest';
import { identifyGeojsonCrs } from '../../../../data/import/boundaries/identify-geojson-crs';

const named = (name: string) => ({ type: 'name', properties: { name } });

describe('identifyGeojsonCrs', () => {
  it.each([
    ['urn:ogc:def:crs:EPSG::31370', 'EPSG:31370'],
    ['EPSG:31370', 'EPSG:31370'],
    ['epsg:3812', 'EPSG:3812'],
    ['urn:ogc:def:crs:EPSG:6.18:3:3857', 'EPSG:3857'],
    ['urn:ogc:def:crs:EPSG::3857', 'EPSG:3857'],
    ['EPSG:900913', 'EPSG:3857'],
    ['ESRI:102100', 'EPSG:3857'],
    ['http://www.opengis.net/def/crs/EPSG/0/31370', 'EPSG:31370'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['OGC:CRS84', 'EPSG:4326'],
    ['urn:ogc:def:crs:EPSG::4326', 'EPSG:4326'],
  ])('reads %s as %s', (name, code) => {
    expect(identifyGeojsonCrs(named(name))).toEqual({ ok: true, code, name });
  });

  it('refuses other systems, link members and nonsense, saying what they were', () => {
    expect(identifyGeojsonCrs(named('urn:ogc:def:crs:EPSG::32631'))).toEqual({ ok: false, name: 'urn:ogc:def:crs:EPSG::32631' });
    expect(identifyGeojsonCrs(named('ESRI:31370'))).toEqual({ ok: false, name: 'ESRI:31370' });
    expect(identifyGeojsonCrs({ type: 'link', properties: { href: 'http://example.org/crs', type: 'proj4' } })).toEqual({ ok: false, name: 'http://example.org/crs' });
    expect(identifyGeojsonCrs('EPSG:31370').ok).toBe(false);
  });
});
