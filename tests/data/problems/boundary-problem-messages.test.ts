import { describe, expect, it } from 'vitest';
import { BOUNDARY_MESSAGES } from '../../../data/problems/boundary-problem-messages';
import type { BoundaryProblemCode } from '../../../data/problems/problem-codes';
import { describeProblem, type Problem } from '../../../data/problems';
import { fixtureFiles, read } from '../import/boundaries/fixture-files';

/** Every param any boundary message uses, filled in. */
const FULL: Record<string, string | number> = {
  label: '34022W08', labelField: 'geoitem', fields: 'geoitem, naam', extension: 'kml', present: 'ggw7.dbf', base: 'ggw7',
  missing: 'ggw7.dbf', shp: 'ggw7.shp', detail: 'a detail', detailNl: 'een detail', shapes: 2767, records: 2766, field: 'naam',
  type: 'M', typeNl: 'getal', value: '12a', declared: 'EPSG:31370', encoding: 'EBCDIC', count: 3, entries: 'LEESMIJ.txt',
  name: 'WGS_1984_UTM_Zone_31N', format: 'shapefile', sample: '72000, 170000', proposal: 'EPSG:31370', proposalName: 'Belgian Lambert 72',
  chosen: 'EPSG:3812', declaredName: 'Belgian Lambert 2008 (EPSG:3812)', crs: 'EPSG:31370', prefix: '34022', examples: '"W01", "W02"',
  ring: 0, positions: 3, lon: '3.26500', lat: '50.82500', kind: 'crossing', features: 2, rings: 3, vertices: 4, entry: 'zeros.bin',
  max: 1000, length: 40000,
};

/** No template placeholders or leaked JavaScript values in text shown to people. */
function expectClean(text: string): void {
  expect(text.trim().length).toBeGreaterThan(10);
  expect(text).not.toMatch(/\{[a-zA-Z]+\}|\$\{|undefined|NaN|\[object|\bnull\b/);
}

const CODES = Object.keys(BOUNDARY_MESSAGES) as BoundaryProblemCode[];

describe('boundary problem messages', () => {
  it.each(CODES)('%s says what is wrong and how to fix it, in Dutch and English', (code) => {
    for (const language of ['en', 'nl'] as const) {
      const { message, fix } = describeProblem({ severity: 'error', code, file: 'ggw7.shp', params: FULL }, language);
      expectClean(message);
      expectClean(fix);
    }
  });

  it('renders every problem the fixtures produce, with the params actually given, in both languages', () => {
    const runs = [
      ...['lambert72', 'no-dbf', 'no-shx', 'no-prj-lambert72', 'no-prj-lambert2008', 'no-prj-wgs84', 'unknown-prj', 'cp1252-undeclared', 'utf8-cpg-but-1252', 'unclosed', 'three-point', 'bowtie', 'null-shape', 'points'].map((f) => read(fixtureFiles(f))),
      ...['bad-features.geojson', 'clockwise-unclosed.geojson', 'projected-no-crs.geojson', 'unknown-crs.geojson', 'not-geojson.json', 'invalid.json'].map((f) => read(fixtureFiles(`geojson/${f}`))),
      read(fixtureFiles('lambert72'), { crs: 'EPSG:3812' }),
      read(fixtureFiles('lambert72'), { filter: { field: 'nope', prefix: '1' } }),
      read(fixtureFiles('lambert72'), { filter: { field: 'code', prefix: '9' } }),
      read(fixtureFiles('lambert72').filter((f) => !f.name.endsWith('.shp'))),
      read([{ name: 'a.kml', bytes: new Uint8Array(1) }, { name: 'a.zip', bytes: new Uint8Array(2) }]),
    ];
    const problems: Problem[] = runs.flatMap((r) => r.problems);
    const seen = new Set(problems.map((p) => p.code));
    expect(seen.size).toBeGreaterThanOrEqual(25);
    for (const problem of problems) {
      for (const language of ['en', 'nl'] as const) {
        const { message, fix } = describeProblem(problem, language);
        expectClean(message);
        expectClean(fix);
      }
    }
  });

  it('shows a feature without a text property neutrally', () => {
    const { message } = describeProblem({ severity: 'error', code: 'boundary-geometry-null', file: 'a.shp', feature: 3, params: { fields: 'n' } });
    expect(message).toBe('This feature has no geometry and is left out.');
    expect(describeProblem({ severity: 'error', code: 'boundary-geometry-null', file: 'a.shp', feature: 3, params: { label: 'W01', labelField: 'code' } }).message).toBe('Feature "W01" (code) has no geometry and is left out.');
  });
});
