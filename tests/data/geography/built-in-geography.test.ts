import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMunicipalityPackage, decodeMunicipality, GEOGRAPHY_CREDITS, type GeographyIndex } from '../../../data/geography';
import { createMemorySource, packageText, provenanceTexts, readPackage } from '../../../data/package';
import { hasKortrijk, KORTRIJK_DIR, PROJECT_ROOT } from '../../helpers/shared-data';

const ASSETS = path.join(PROJECT_ROOT, 'assets', 'geography');
const index = JSON.parse(readFileSync(path.join(ASSETS, 'index.json'), 'utf8')) as GeographyIndex;
const open = (nis: string) => decodeMunicipality(readFileSync(path.join(ASSETS, `${nis}.json.gz`)));

describe('the built-in geography (assets/geography)', () => {
  it('lists every municipality of Flanders and Brussels, each with its file, and stays under 8 MB', () => {
    expect(index.municipalities.length).toBe(304);
    expect(new Set(index.municipalities.map((m) => m.nis)).size).toBe(304);
    let total = statSync(path.join(ASSETS, 'index.json')).size;
    for (const m of index.municipalities) {
      const file = path.join(ASSETS, m.file);
      expect(existsSync(file), m.file).toBe(true);
      expect(statSync(file).size).toBe(m.bytes);
      total += m.bytes;
    }
    expect(total).toBeLessThan(8 * 1024 * 1024);
    expect(index.municipalities.reduce((s, m) => s + m.population, 0)).toBeGreaterThan(8_000_000); // Flanders ≈ 6.8 M + Brussels ≈ 1.25 M
    expect(index.sources.join(' ')).toContain(GEOGRAPHY_CREDITS.wijken);
  });

  it('opens as a valid package, with no problem, for a city, a merged municipality, Brussels and the smallest one', async () => {
    for (const nis of ['11002', '44083', '21004', '73028']) {
      const geo = open(nis);
      const result = await readPackage(createMemorySource(geo.name, buildMunicipalityPackage(geo)));
      expect(result.problems, nis).toEqual([]);
      expect(result.ok).toBe(true);
      const pkg = result.pkg!;
      expect(pkg.baseLevel).toBe('sector');
      // Sector boundaries are approximate and the package says so (the app shows BENADERD).
      expect(pkg.provenance.approximate).toContain('areas-sectors');
      expect(pkg.provenance.sources.join(' ')).toContain('Statbel');
      expect(packageText(pkg.descriptor, 'nl')).toBe(`${geo.name} — ingebouwde geografie (wijken, deelgemeenten, sectoren en inwoners 2024)`);
      expect(packageText(pkg.descriptor, 'en')).toBe(`${geo.name} — built-in geography (wijken, deelgemeenten, sectors and residents 2024)`);
      expect(packageText(pkg.descriptor, 'nl', 'description')).not.toMatch(/\b(real boundaries|residents)\b/);
      expect(provenanceTexts(pkg.provenance, 'nl').sources[0]).toBe(GEOGRAPHY_CREDITS.statbel);
      expect(provenanceTexts(pkg.provenance, 'en').sources[0]).toMatch(/statistical sectors and population 2024/);
      expect(provenanceTexts(pkg.provenance, 'en').licenses).toContain('Statbel open data licence (sectors, population)');
      const indicator = pkg.indicators.columns.get('indicator')!;
      const value = pkg.indicators.columns.get('value')!;
      const residents = indicator.reduce<number>((sum, id, i) => (id === 'population' ? sum + Number(value[i]) : sum), 0);
      expect(residents).toBe(index.municipalities.find((m) => m.nis === nis)!.population);
    }
  });

  it.skipIf(!hasKortrijk)('gives Kortrijk the same 14 wijken, 8 deelgemeenten and 113 sectors with the same residents (80,010) as ../shared/data/kortrijk', () => {
    const geo = open('34022');
    const shared = (file: string) => JSON.parse(readFileSync(path.join(KORTRIJK_DIR, 'areas', file), 'utf8')) as { features: { properties: Record<string, string | number> }[] };
    const codes = (file: string) => shared(file).features.map((f) => String(f.properties.code)).sort();
    expect(geo.wijken.map((w) => w.code).sort()).toEqual(codes('wijken.geojson'));
    expect(geo.deelgemeenten.map((d) => d.code).sort()).toEqual(codes('deelgemeenten.geojson'));
    const sectors = shared('sectors_approximate.geojson').features.map((f) => f.properties);
    expect(geo.sectors.length).toBe(113);
    const mine = new Map(geo.sectors.map((s) => [s.code, s]));
    for (const s of sectors) {
      expect(mine.get(String(s.code))?.population, String(s.code)).toBe(s.population_2024);
      expect(mine.get(String(s.code))?.wijk, String(s.code)).toBe(s.wijk_code);
    }
    expect(geo.sectors.reduce((sum, s) => sum + s.population, 0)).toBe(80_010);
    expect(geo.wijken.find((w) => w.code === '34022W08')?.name).toBe('Kortrijk Centrum');
  });
});
