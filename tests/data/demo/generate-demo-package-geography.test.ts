import { describe, expect, it } from 'vitest';
import { booleanClockwise, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Polygon } from 'geojson';
import { dissolvePolygonsByKey } from '../../../geo/geometry/dissolve-polygons-by-key';
import { measureArea } from '../../../geo/measure/measure-area';
import { measureDistance } from '../../../geo/measure/measure-distance';
import { decimals, deelgemeenten, get, municipality, pkg, polygonsOf, sectors, teamOf, wijken, type AreaCollection, type Row } from './demo-package-fixture';

describe('generateDemoPackage — geography', () => {
  it('has ~100 sectors, 12 wijken, 4 deelgemeenten, 1 municipality, 7 teams and 12 centres', () => {
    expect(sectors.features).toHaveLength(100);
    expect(wijken.features).toHaveLength(12);
    expect(deelgemeenten.features.map((f) => f.properties.code)).toEqual(['99999A', '99999B', '99999C', '99999D']);
    expect(municipality.features.map((f) => f.properties)).toEqual([{ code: '99999', name: 'Demostad' }]);
    expect(pkg.csv('teams').rows).toHaveLength(7);
    expect(pkg.csv('centres').rows).toHaveLength(12);
    expect(wijken.features.map((f) => f.properties.code)).toEqual(Array.from({ length: 12 }, (_, i) => `99999W${String(i + 1).padStart(2, '0')}`));
    for (const f of sectors.features) expect(f.properties.code).toMatch(/^99999[A-D]\d\d-$/);
  });

  it('labels every GeoJSON file fictional and gives it a name', () => {
    for (const layer of [sectors, wijken, deelgemeenten, municipality]) {
      expect(layer.type).toBe('FeatureCollection');
      expect(layer.name).toMatch(/^demostad_/);
      expect(layer.fictional).toBe(true);
    }
  });

  it('writes valid RFC 7946 polygons: closed, ≥ 4 positions, CCW exteriors, CW holes, no repeats, no kinks, 6 decimals', () => {
    for (const layer of [sectors, wijken, deelgemeenten, municipality]) {
      for (const feature of layer.features) {
        for (const rings of polygonsOf(feature.geometry)) {
          rings.forEach((ring, i) => {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[0]).toEqual(ring[ring.length - 1]);
            expect(booleanClockwise(ring)).toBe(i > 0);
            for (let k = 1; k < ring.length; k++) expect(ring[k]).not.toEqual(ring[k - 1]);
            for (const [lon, lat] of ring as [number, number][]) {
              expect(decimals(lon)).toBeLessThanOrEqual(6);
              expect(decimals(lat)).toBeLessThanOrEqual(6);
            }
          });
        }
        expect(kinks(feature.geometry).features, String(feature.properties.code)).toHaveLength(0);
      }
    }
  });

  it('lies around 3.95 E, 50.85 N and spans about 8 × 7 km', () => {
    const ring = (municipality.features[0]!.geometry as Polygon).coordinates[0] as [number, number][];
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    const width = measureDistance([Math.min(...lons), 50.85], [Math.max(...lons), 50.85]);
    const height = measureDistance([3.95, Math.min(...lats)], [3.95, Math.max(...lats)]);
    expect(width).toBeGreaterThan(6000);
    expect(width).toBeLessThan(11000);
    expect(height).toBeGreaterThan(5000);
    expect(height).toBeLessThan(10000);
    expect(Math.abs((Math.min(...lons) + Math.max(...lons)) / 2 - 3.95)).toBeLessThan(0.02);
    expect(Math.abs((Math.min(...lats) + Math.max(...lats)) / 2 - 50.85)).toBeLessThan(0.02);
  });

  it('tiles the municipality: sector areas add up (0.5 %), wijken and deelgemeenten too', () => {
    const area = (layer: AreaCollection) => layer.features.reduce((s, f) => s + measureArea(f.geometry), 0);
    const total = area(municipality);
    expect(Math.abs(area(sectors) / total - 1)).toBeLessThan(0.005);
    expect(Math.abs(area(wijken) / total - 1)).toBeLessThan(0.005);
    expect(Math.abs(area(deelgemeenten) / total - 1)).toBeLessThan(0.005);
    // and no overlaps: the union of the sectors is the municipality
    const union = dissolvePolygonsByKey(sectors, () => 'all').features[0]!;
    expect(Math.abs(measureArea(union.geometry) / total - 1)).toBeLessThan(1e-6);
    expect(union.geometry.type).toBe('Polygon');
  });

  it('makes every wijk, deelgemeente and team territory one polygon without holes', () => {
    for (const layer of [wijken, deelgemeenten, municipality]) {
      for (const f of layer.features) {
        expect(f.geometry.type, String(f.properties.code)).toBe('Polygon');
        expect((f.geometry as Polygon).coordinates, String(f.properties.code)).toHaveLength(1);
      }
    }
    const territories = dissolvePolygonsByKey(sectors, (f) => teamOf.get(String(f.properties.code))!);
    expect(territories.features).toHaveLength(7);
    for (const t of territories.features) {
      expect(t.geometry.type, t.properties.key).toBe('Polygon');
      expect((t.geometry as Polygon).coordinates, t.properties.key).toHaveLength(1);
    }
  });

  it('nests sectors in their wijk and deelgemeente, and the counts and populations add up', () => {
    const byCode = (layer: AreaCollection) => new Map(layer.features.map((f) => [String(f.properties.code), f]));
    const wijkByCode = byCode(wijken);
    const dgByCode = byCode(deelgemeenten);
    const rows = new Map(pkg.csv('sectors').rows.map((r) => [r.sector_code!, r]));
    for (const sector of sectors.features) {
      const row = rows.get(String(sector.properties.code))!;
      const centroid = [Number(row.centroid_lon), Number(row.centroid_lat)];
      expect(booleanPointInPolygon(centroid, sector.geometry)).toBe(true);
      expect(booleanPointInPolygon(centroid, wijkByCode.get(String(sector.properties.wijk_code))!.geometry)).toBe(true);
      expect(booleanPointInPolygon(centroid, dgByCode.get(String(sector.properties.deelgemeente_code))!.geometry)).toBe(true);
      expect(row.wijk_code).toBe(sector.properties.wijk_code);
      expect(Number(row.population)).toBe(sector.properties.population_2024);
      expect(get(row.sector_code!, 2024, 'population')).toBe(sector.properties.population_2024);
      expect(Number(row.area_km2_derived)).toBeCloseTo(measureArea(sector.geometry), 3);
    }
    for (const layer of [wijken, deelgemeenten]) {
      for (const area of layer.features) {
        const key = layer === wijken ? 'wijk_code' : 'deelgemeente_code';
        const members = sectors.features.filter((s) => s.properties[key] === area.properties.code);
        expect(area.properties.n_sectors).toBe(members.length);
        expect(area.properties.population_2024).toBe(members.reduce((s, m) => s + Number(m.properties.population_2024), 0));
      }
    }
  });

  it('is dense in the centre (~8,000/km²) and sparse at the edge (~300/km²), 60–80 thousand people', () => {
    const rows = pkg.csv('sectors').rows;
    const total = rows.reduce((s, r) => s + Number(r.population), 0);
    expect(total).toBeGreaterThan(60_000);
    expect(total).toBeLessThan(80_000);
    const centre = rows.find((r) => r.sector_code === '99999A00-')!;
    const at = (r: Row): [number, number] => [Number(r.centroid_lon), Number(r.centroid_lat)];
    const byDistance = [...rows].sort((a, b) => measureDistance(at(a), at(centre)) - measureDistance(at(b), at(centre)));
    const density = (list: Row[]) => list.reduce((s, r) => s + Number(r.population), 0) / list.reduce((s, r) => s + Number(r.area_km2_derived), 0);
    const central = density(byDistance.slice(0, 10));
    const peripheral = density(byDistance.slice(-20));
    expect(central).toBeGreaterThan(5000);
    expect(peripheral).toBeLessThan(800);
    expect(central / peripheral).toBeGreaterThan(8);
    const centralArea = byDistance.slice(0, 10).reduce((s, r) => s + Number(r.area_km2_derived), 0) / 10;
    const peripheralArea = byDistance.slice(-20).reduce((s, r) => s + Number(r.area_km2_derived), 0) / 20;
    expect(peripheralArea / centralArea).toBeGreaterThan(4);
  });

  it('places 12 centres inside their sector and team, 1–3 per team, most in the centre', () => {
    const centres = pkg.csv('centres').rows;
    const sectorByCode = new Map(sectors.features.map((f) => [String(f.properties.code), f]));
    for (const c of centres) {
      expect(booleanPointInPolygon([Number(c.lon), Number(c.lat)], sectorByCode.get(c.placed_in_sector!)!.geometry)).toBe(true);
      expect(teamOf.get(c.placed_in_sector!)).toBe(c.team_id);
      expect(c.location_quality).toBe('FICTIONAL');
      expect(c.note).toMatch(/FICTIONAL/);
    }
    const perTeam = new Map<string, number>();
    for (const c of centres) perTeam.set(c.team_id!, (perTeam.get(c.team_id!) ?? 0) + 1);
    expect(perTeam.size).toBe(7);
    for (const n of perTeam.values()) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of perTeam.values()) expect(n).toBeLessThanOrEqual(3);
    expect(perTeam.get('team-centrum')).toBe(3);
    for (const t of pkg.csv('teams').rows) {
      expect(t.team_id).toMatch(/^team-[a-z-]+$/);
      expect(t.name).toMatch(/^Wijkteam /);
    }
  });
});
