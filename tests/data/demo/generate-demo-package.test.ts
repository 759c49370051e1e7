import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DEMO_SEED, generateDemoPackage } from '../../../data/demo/generate-demo-package';
import { measureArea } from '../../../geo/measure/measure-area';
import { createMemorySource, packageText, provenanceTexts, readPackage } from '../../../data/package';
import { KORTRIJK, ROOT, hasKortrijk, openDemoPackage, parseCsv, pkg, type Resource, type Row } from './demo-package-fixture';

if (!hasKortrijk) console.warn(`generate-demo-package: skipping the comparison with Kortrijk, ${KORTRIJK} is not present`);

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
    expect(pkg.descriptor.sources).toEqual([
      {
        title: 'Wijkzicht demo generator (fictief / fictional), seed 20240101',
        titles: { nl: 'Demogenerator van Wijkzicht (fictief), seed 20240101', en: 'Wijkzicht demo generator (fictional), seed 20240101' },
      },
    ]);
  });

  it('gives the Dutch UI a Dutch title, description and source line, and the English UI English ones', async () => {
    const read = await readPackage(createMemorySource('demostad', generateDemoPackage().files));
    expect(read.problems).toEqual([]);
    const { descriptor, provenance } = read.pkg!;
    expect(packageText(descriptor, 'nl')).toBe('Demostad (fictief) — demonstratiepakket');
    expect(packageText(descriptor, 'en')).toBe('Demostad (fictional) — demonstration package');
    const english = /\b(fictional|demo town|package|does not exist|generated)\b/i;
    expect(packageText(descriptor, 'nl')).not.toMatch(english);
    expect(packageText(descriptor, 'nl', 'description')).not.toMatch(english);
    expect(provenanceTexts(provenance, 'nl').sources.join(' ')).not.toMatch(english);
    expect(packageText(descriptor, 'en', 'description')).not.toMatch(/\b(bestaat|fictief|gegenereerd)\b/i);
    expect(provenanceTexts(provenance, 'en').sources).toEqual(['Wijkzicht demo generator (fictional), seed 20240101']);
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
      // Demostad adds the optional source_nl and source_en columns (its source in each UI language).
      const ours = pkg.resource(name).schema.fields.filter((f) => !(name === 'indicator-definitions' && ['source_nl', 'source_en'].includes(f.name)));
      expect(ours, name).toEqual(theirs.schema.fields);
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

describe('generateDemoPackage — any seed', () => {
  it('keeps its invariants for random seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const run = openDemoPackage(seed);
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
