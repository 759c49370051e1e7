import { KORTRIJK_DIR } from '../../helpers/shared-data';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { booleanClockwise, booleanPointInPolygon, kinks } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { DEMO_SEED, generateDemoPackage } from '../../../data/demo/generate-demo-package';
import { dissolvePolygonsByKey } from '../../../geo/geometry/dissolve-polygons-by-key';
import { measureArea } from '../../../geo/measure/measure-area';
import { measureDistance } from '../../../geo/measure/measure-distance';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const KORTRIJK = KORTRIJK_DIR;
const hasKortrijk = existsSync(join(KORTRIJK, 'datapackage.json'));
if (!hasKortrijk) console.warn(`generate-demo-package: skipping the comparison with Kortrijk, ${KORTRIJK} is not present`);

const SENSITIVE = ['leefloon_persons', 'kansarm_births', 'budgetmeter_households', 'known_clients', 'open_dossiers', 'help_requests'];
const INDICATOR_IDS = [
  'population',
  'households',
  'est_poverty_persons',
  'leefloon_persons',
  'vt_persons',
  'single_parent_households',
  'alone_75plus',
  'births',
  'kansarm_births',
  'budgetmeter_households',
  'known_clients',
  'open_dossiers',
  'help_requests',
];

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
}
interface Resource {
  name: string;
  role: string;
  level?: string;
  parentLevel?: string;
  parentKey?: string;
  path: string;
  format: 'csv' | 'geojson';
  status?: string;
  schema: {
    fields: Field[];
    primaryKey: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
type Row = Record<string, string>;
type AreaCollection = FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>> & { name?: string; fictional?: boolean };

/** Minimal RFC 4180 reader for the tests (quoted fields, doubled quotes, \n line ends). */
function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with a newline');
  const [header, ...rest] = records;
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

function open(seed?: number) {
  const started = performance.now();
  const { files } = generateDemoPackage(seed === undefined ? {} : { seed });
  const milliseconds = performance.now() - started;
  const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: Resource[] } & Record<string, unknown>;
  const resource = (name: string): Resource => descriptor.resources.find((r) => r.name === name)!;
  const csv = (name: string) => parseCsv(files.get(resource(name).path)!);
  const geo = (name: string) => JSON.parse(files.get(resource(name).path)!) as AreaCollection;
  return { files, descriptor, resource, csv, geo, milliseconds };
}

const pkg = open();
const sectors = pkg.geo('areas-sectors');
const wijken = pkg.geo('areas-wijken');
const deelgemeenten = pkg.geo('areas-deelgemeenten');
const municipality = pkg.geo('areas-municipality');
const indicators = pkg.csv('indicators').rows;
const value = new Map(indicators.map((r) => [`${r.area_code}|${r.period}|${r.indicator}`, Number(r.value)]));
const get = (code: string, period: number, indicator: string): number => value.get(`${code}|${period}|${indicator}`)!;
const teamOf = new Map(pkg.csv('team-territories').rows.map((r) => [r.sector_code!, r.team_id!]));

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
function decimals(n: number): number {
  const text = String(n);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

describe('generateDemoPackage — determinism and speed', () => {
  it('gives byte-identical files for the same seed and different ones for another seed', () => {
    const again = generateDemoPackage({ seed: DEMO_SEED }).files;
    expect([...again.entries()]).toEqual([...pkg.files.entries()]);
    const other = generateDemoPackage({ seed: DEMO_SEED + 1 }).files;
    expect([...other.keys()]).toEqual([...pkg.files.keys()]);
    for (const path of ['areas/sectors.geojson', 'indicators.csv', 'centres.csv', 'datapackage.json']) {
      expect(other.get(path)).not.toBe(pkg.files.get(path));
    }
  });

  it('uses seed 20240101 by default and names it in the description and the source', () => {
    expect(DEMO_SEED).toBe(20240101);
    expect(pkg.descriptor.description).toMatch(/20240101/);
    expect(pkg.descriptor.sources).toEqual([{ title: 'Wijkzicht demo generator (fictief / fictional), seed 20240101' }]);
  });

  it('contains no clock, Math.random or Node imports (it must run in the browser)', () => {
    // data/demo/*.ts and every local module they import, transitively
    const files = new Set(readdirSync(join(ROOT, 'data', 'demo')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'data', 'demo', f)));
    for (const file of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = resolve(dirname(file), spec!);
        files.add(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts'));
      }
    }
    expect([...files].some((f) => f.endsWith(join('geo', 'geometry', 'build-voronoi-cells.ts')))).toBe(true);
    for (const file of files) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/Math\.random|Date\.now|new Date|performance\.now|from 'node:|from '(fs|path)'|process\./);
    }
  });
});

describe('generateDemoPackage — descriptor', () => {
  it('declares a fictional, synthetic package like Kortrijk', () => {
    const d = pkg.descriptor;
    expect(d.profile).toBe('data-package');
    expect(d.name).toBe('demostad');
    expect(d.title).toBe('Demostad (fictief) — demonstratiepakket / fictional demo town');
    expect(d.description).toMatch(/fictional/i);
    expect(d.fictional).toBe(true);
    expect(d.synthetic).toBe(true);
    expect(d.municipality).toEqual({ nis5: '99999', name: 'Demostad' });
    expect(d.periods).toEqual([2022, 2023, 2024]);
    expect(d.licenses).toEqual([{ name: 'CC0-1.0', title: 'CC0 1.0' }]);
  });

  it('has the Kortrijk resources and roles, every one marked synthetic, every path present', () => {
    const resources = pkg.descriptor.resources;
    expect(resources.map((r) => [r.name, r.role, r.level ?? null, r.parentLevel ?? null])).toEqual([
      ['areas-municipality', 'areas', 'municipality', null],
      ['areas-deelgemeenten', 'areas', 'deelgemeente', 'municipality'],
      ['areas-wijken', 'areas', 'wijk', 'municipality'],
      ['areas-sectors', 'areas', 'sector', 'wijk'],
      ['sectors', 'area-attributes', 'sector', null],
      ['teams', 'teams', null, null],
      ['team-territories', 'team-territories', 'sector', null],
      ['team-fte', 'team-fte', null, null],
      ['centres', 'centres', null, null],
      ['indicators', 'indicators', 'sector', null],
      ['indicator-definitions', 'indicator-definitions', null, null],
    ]);
    expect(pkg.resource('areas-sectors').parentKey).toBe('wijk_code');
    for (const r of resources) {
      expect(r.status, r.name).toBe('synthetic');
      expect(pkg.files.has(r.path), r.path).toBe(true);
      expect(r.format).toBe(r.path.endsWith('.geojson') ? 'geojson' : 'csv');
    }
  });

  it('lists exactly the columns of every CSV and the properties of every GeoJSON feature, with matching types', () => {
    for (const r of pkg.descriptor.resources) {
      const names = r.schema.fields.map((f) => f.name);
      const records: Row[] =
        r.format === 'csv'
          ? (() => {
              const { header, rows } = parseCsv(pkg.files.get(r.path)!);
              expect(header, r.name).toEqual(names);
              return rows;
            })()
          : pkg.geo(r.name).features.map((f) => {
              expect(Object.keys(f.properties), r.name).toEqual(names);
              return Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, String(v)]));
            });
      expect(records.length, r.name).toBeGreaterThan(0);
      for (const field of r.schema.fields) {
        for (const record of records) {
          const cell = record[field.name]!;
          if (field.type === 'integer') expect(cell, `${r.name}.${field.name}`).toMatch(/^-?\d+$/);
          if (field.type === 'number') expect(Number.isFinite(Number(cell)) && cell !== '', `${r.name}.${field.name}=${cell}`).toBe(true);
        }
      }
    }
  });

  it('has unique primary keys and foreign keys that resolve', () => {
    const recordsOf = (r: Resource): Row[] =>
      r.format === 'csv'
        ? parseCsv(pkg.files.get(r.path)!).rows
        : pkg.geo(r.name).features.map((f) => Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, String(v)])));
    for (const r of pkg.descriptor.resources) {
      const keyFields = Array.isArray(r.schema.primaryKey) ? r.schema.primaryKey : [r.schema.primaryKey];
      const keys = recordsOf(r).map((row) => keyFields.map((k) => row[k]).join('|'));
      expect(new Set(keys).size, r.name).toBe(keys.length);
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = pkg.resource(fk.reference.resource);
        const known = new Set(recordsOf(target).map((row) => row[fk.reference.fields]));
        for (const row of recordsOf(r)) expect(known.has(row[fk.fields]), `${r.name}.${fk.fields}=${row[fk.fields]}`).toBe(true);
      }
    }
  });

  it('uses CSV with \\n line ends and quotes only where needed', () => {
    for (const r of pkg.descriptor.resources.filter((x) => x.format === 'csv')) {
      const text = pkg.files.get(r.path)!;
      expect(text).not.toMatch(/\r/);
      expect(text.endsWith('\n')).toBe(true);
    }
    expect(pkg.files.get('centres.csv')).toMatch(/,"[^"]*, 9999 [^"]*",/);
  });

  it.skipIf(!hasKortrijk)('matches the Kortrijk package: roles, columns and indicator metadata (needs ../shared/data/kortrijk)', () => {
    const kortrijk = JSON.parse(readFileSync(join(KORTRIJK, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
    expect(pkg.descriptor.resources.map((r) => r.role)).toEqual(kortrijk.resources.map((r) => r.role));
    for (const name of ['sectors', 'teams', 'team-territories', 'team-fte', 'centres', 'indicators', 'indicator-definitions']) {
      const theirs = kortrijk.resources.find((r) => r.name === name)!;
      expect(pkg.resource(name).schema.fields, name).toEqual(theirs.schema.fields);
      expect(pkg.resource(name).schema.primaryKey, name).toEqual(theirs.schema.primaryKey);
    }
    const theirDefinitions = parseCsv(readFileSync(join(KORTRIJK, 'indicator_definitions.csv'), 'utf8')).rows;
    const ourDefinitions = pkg.csv('indicator-definitions').rows;
    const meta = (r: Row) => [r.id, r.label_nl, r.label_en, r.unit, r.kind, r.denominator, r.polarity, r.sensitive];
    expect(ourDefinitions.map(meta)).toEqual(theirDefinitions.map(meta));
    const theirProfiles = [...new Set(parseCsv(readFileSync(join(KORTRIJK, 'team_fte.csv'), 'utf8')).rows.map((r) => r.profile))];
    expect([...new Set(pkg.csv('team-fte').rows.map((r) => r.profile))]).toEqual(theirProfiles);
  });
});

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

describe('generateDemoPackage — indicators and FTE', () => {
  it('has all 13 indicators for every sector and period, as non-negative integers', () => {
    expect(indicators).toHaveLength(100 * 3 * 13);
    for (const s of sectors.features) {
      for (const period of [2022, 2023, 2024]) {
        for (const id of INDICATOR_IDS) {
          const v = get(String(s.properties.code), period, id);
          expect(Number.isInteger(v) && v >= 0, `${s.properties.code} ${period} ${id}`).toBe(true);
        }
      }
    }
    expect(pkg.csv('indicator-definitions').rows.map((r) => r.id)).toEqual(INDICATOR_IDS);
    for (const d of pkg.csv('indicator-definitions').rows) expect(d.source).toBe('FICTIEF / FICTIONAL (Demostad model)');
  });

  it('keeps the counts nested (known ≤ poverty ≤ population, kansarm ≤ births, …)', () => {
    for (const s of sectors.features) {
      const code = String(s.properties.code);
      for (const period of [2022, 2023, 2024]) {
        const v = (id: string) => get(code, period, id);
        expect(v('known_clients')).toBeLessThanOrEqual(v('est_poverty_persons'));
        expect(v('est_poverty_persons')).toBeLessThanOrEqual(v('population'));
        expect(v('leefloon_persons')).toBeLessThanOrEqual(v('est_poverty_persons'));
        expect(v('open_dossiers')).toBeLessThanOrEqual(v('known_clients'));
        expect(v('kansarm_births')).toBeLessThanOrEqual(v('births'));
        expect(v('households')).toBeLessThanOrEqual(v('population'));
        expect(v('single_parent_households')).toBeLessThanOrEqual(v('households'));
        expect(v('budgetmeter_households')).toBeLessThanOrEqual(v('households'));
        expect(v('vt_persons')).toBeLessThanOrEqual(v('population'));
        expect(v('alone_75plus')).toBeLessThanOrEqual(v('population'));
      }
    }
  });

  it('has small sensitive counts (1–4) so that suppression is exercised', () => {
    for (const id of SENSITIVE) {
      const small = indicators.filter((r) => r.indicator === id && Number(r.value) >= 1 && Number(r.value) <= 4);
      expect(small.length, id).toBeGreaterThan(0);
    }
  });

  it('has plausible municipality ratios and a trend over the periods', () => {
    const total = (period: number, id: string) => sectors.features.reduce((s, f) => s + get(String(f.properties.code), period, id), 0);
    const population = total(2024, 'population');
    expect(population / total(2024, 'households')).toBeGreaterThan(2.1);
    expect(population / total(2024, 'households')).toBeLessThan(2.4);
    expect(total(2024, 'births') / population).toBeGreaterThan(0.008);
    expect(total(2024, 'births') / population).toBeLessThan(0.012);
    expect(total(2024, 'est_poverty_persons') / population).toBeGreaterThan(0.08);
    expect(total(2024, 'est_poverty_persons') / population).toBeLessThan(0.2);
    const reach = total(2024, 'known_clients') / total(2024, 'est_poverty_persons');
    expect(reach).toBeGreaterThan(0.3);
    expect(reach).toBeLessThan(0.65);
    expect(total(2024, 'open_dossiers') / total(2024, 'known_clients')).toBeCloseTo(0.8, 1);
    for (const id of ['population', 'est_poverty_persons', 'known_clients']) {
      expect(total(2024, id), id).toBeGreaterThan(total(2022, id));
      expect(total(2024, id) / total(2022, id), id).toBeLessThan(1.25);
    }
  });

  it('lets reach fall with the distance to the nearest centre', () => {
    const centres = pkg.csv('centres').rows.map((c): [number, number] => [Number(c.lon), Number(c.lat)]);
    const rows = pkg.csv('sectors').rows.map((r) => {
      const d = Math.min(...centres.map((c) => measureDistance([Number(r.centroid_lon), Number(r.centroid_lat)], c)));
      return { d, known: get(r.sector_code!, 2024, 'known_clients'), poverty: get(r.sector_code!, 2024, 'est_poverty_persons') };
    });
    const reach = (list: typeof rows) => list.reduce((s, r) => s + r.known, 0) / list.reduce((s, r) => s + r.poverty, 0);
    const near = reach(rows.filter((r) => r.d < 500));
    const far = reach(rows.filter((r) => r.d > 1500));
    expect(near).toBeGreaterThan(0.5);
    expect(far).toBeLessThan(0.45);
  });

  it('has FTE in 0.5 steps for 7 teams × 7 profiles × 3 periods, totalling 77 social workers and 178 FTE in 2024', () => {
    const rows = pkg.csv('team-fte').rows;
    expect(rows).toHaveLength(7 * 7 * 3);
    for (const r of rows) expect((Number(r.fte) * 2) % 1).toBe(0);
    const sum = (filter: (r: Row) => boolean) => rows.filter(filter).reduce((s, r) => s + Number(r.fte), 0);
    expect(sum((r) => r.period === '2024' && r.profile === 'maatschappelijk_werker')).toBe(77);
    expect(sum((r) => r.period === '2024')).toBe(178);
    expect(new Set(rows.map((r) => r.profile)).size).toBe(7);
  });

  it('gives teams clearly different caseloads (open dossiers per social worker ~25 … ~60)', () => {
    const fte = new Map(pkg.csv('team-fte').rows.filter((r) => r.period === '2024' && r.profile === 'maatschappelijk_werker').map((r) => [r.team_id!, Number(r.fte)]));
    const dossiers = new Map<string, number>();
    for (const s of sectors.features) {
      const team = teamOf.get(String(s.properties.code))!;
      dossiers.set(team, (dossiers.get(team) ?? 0) + get(String(s.properties.code), 2024, 'open_dossiers'));
    }
    const caseloads = [...fte].map(([team, f]) => dossiers.get(team)! / f);
    expect(Math.min(...caseloads)).toBeGreaterThan(15);
    expect(Math.min(...caseloads)).toBeLessThan(35);
    expect(Math.max(...caseloads)).toBeGreaterThan(45);
    expect(Math.max(...caseloads)).toBeLessThan(80);
  });
});

describe('generateDemoPackage — any seed', () => {
  it('keeps its invariants for random seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const run = open(seed);
        const s = run.geo('areas-sectors');
        const m = run.geo('areas-municipality');
        expect(s.features).toHaveLength(100);
        expect(run.geo('areas-wijken').features).toHaveLength(12);
        expect(run.csv('centres').rows).toHaveLength(12);
        const area = (features: Feature<Polygon | MultiPolygon>[]) => features.reduce((sum, f) => sum + measureArea(f.geometry), 0);
        expect(Math.abs(area(s.features) / area(m.features) - 1)).toBeLessThan(0.005);
        for (const layer of [run.geo('areas-wijken'), run.geo('areas-deelgemeenten'), m]) {
          for (const f of layer.features) expect(f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 1).toBe(true);
        }
        const fte = run.csv('team-fte').rows.filter((r) => r.period === '2024');
        expect(fte.reduce((sum, r) => sum + Number(r.fte), 0)).toBe(178);
        const population = s.features.reduce((sum, f) => sum + Number(f.properties.population_2024), 0);
        expect(population).toBeGreaterThan(55_000);
        expect(population).toBeLessThan(85_000);
      }),
      { numRuns: 6, seed: 42 },
    );
  });
});
