import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyWktCrs } from '../../../../data/formats/wkt/identify-wkt-crs';
import { SHARED_DIR } from '../../../helpers/shared-data';
import { FIXTURES } from '../../import/boundaries/fixture-files';

const prj = (name: string) => readFileSync(path.join(FIXTURES, 'prj', name), 'utf8');
const FLAVOURS = ['esri', 'ogc', 'wkt2'] as const;
/** The same WKT with every authority code removed, so only the definition can decide. */
const withoutAuthorities = (wkt: string) => wkt.replace(/,\s*(AUTHORITY\["EPSG","\d+"\]|ID\["EPSG",\d+\])/g, '');

describe('identifyWktCrs', () => {
  it.each([
    ['lambert72', 'EPSG:31370'],
    ['lambert2008', 'EPSG:3812'],
    ['web-mercator', 'EPSG:3857'],
    ['wgs84', 'EPSG:4326'],
  ] as const)('identifies %s in the ESRI, OGC and WKT2 flavours, with and without authority codes', (name, code) => {
    for (const flavour of FLAVOURS) {
      const wkt = prj(`${name}.${flavour}.prj`);
      expect(identifyWktCrs(wkt)).toMatchObject({ ok: true, code });
      expect(identifyWktCrs(withoutAuthorities(wkt))).toMatchObject({ ok: true, code });
    }
  });

  it('does not mistake the old Belge Lambert 72 (EPSG:31300, another central meridian) for Lambert 72', () => {
    for (const flavour of FLAVOURS) {
      const wkt = prj(`belge-lambert-72-31300.${flavour}.prj`);
      expect(identifyWktCrs(wkt)).toMatchObject({ ok: false, reason: 'unknown' });
      expect(identifyWktCrs(withoutAuthorities(wkt)).ok).toBe(false);
    }
  });

  it.each(['utm31n', 'etrs89', 'bd72-geographic'])('reports %s as unknown with its name', (name) => {
    const result = identifyWktCrs(prj(`${name}.esri.prj`));
    expect(result.ok).toBe(false);
    expect(result.name).toMatch(/UTM_Zone_31N|ETRS_1989|Belge_1972/);
  });

  it('ignores a TOWGS84 clause and reads a Lambert 72 wrapped in a BOUNDCRS', () => {
    const ogc = prj('lambert72.ogc.prj').replace('SPHEROID["International 1924",6378388,297,AUTHORITY["EPSG","7022"]]', '$&,TOWGS84[-99.059,53.322,-112.486,0.419,-0.83,1.885,-1]');
    expect(ogc).toContain('TOWGS84');
    expect(identifyWktCrs(withoutAuthorities(ogc))).toMatchObject({ ok: true, code: 'EPSG:31370' });
    const bound = `BOUNDCRS[SOURCECRS[${withoutAuthorities(prj('lambert72.wkt2.prj'))}],TARGETCRS[${prj('wgs84.wkt2.prj')}],ABRIDGEDTRANSFORMATION["x",METHOD["Position Vector transformation (geog2D domain)"]]]`;
    expect(identifyWktCrs(bound)).toMatchObject({ ok: true, code: 'EPSG:31370', name: 'BD72 / Belgian Lambert 72' });
  });

  it('refuses a Lambert 72 in feet', () => {
    const feet = prj('lambert72.esri.prj').replace('UNIT["Meter",1.0]', 'UNIT["Foot_US",0.3048006096012192]');
    expect(identifyWktCrs(feet).ok).toBe(false);
  });

  it('reports text that is not WKT as unparsable, quoting its start', () => {
    expect(identifyWktCrs('not a projection [')).toEqual({ ok: false, name: 'not a projection [', reason: 'unparsable' });
    expect(identifyWktCrs('')).toEqual({ ok: false, name: '(empty)', reason: 'unparsable' });
  });

  const ggw7 = path.join(SHARED_DIR, 'data', 'raw', 'gebiedsniveaus', 'ggw7.prj');
  it.skipIf(!existsSync(ggw7))('identifies the real ggw7.prj (ESRI, no TOWGS84) as Lambert 72', () => {
    expect(identifyWktCrs(readFileSync(ggw7, 'utf8'))).toEqual({ ok: true, code: 'EPSG:31370', name: 'Belge_Lambert_1972' });
  });
});
