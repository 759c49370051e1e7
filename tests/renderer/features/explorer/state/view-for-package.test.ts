import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMunicipalityPackage, decodeMunicipality } from '../../../../../data/geography';
import { runImport } from '../../../../../data/import/run-import';
import type { LoadedPackage } from '../../../../../data/package';
import { readPackage } from '../../../../../data/package/read-package';
import { openNodePackageSource } from '../../../../../data/package/sources/node-folder-source';
import { createMemorySource } from '../../../../../data/package/sources/memory-source';
import { measureSupported, supportedMeasure } from '../../../../../renderer/features/explorer/state/measure-support';
import { initialViewState, setClassification, setIndicator, setLevel, setMeasure, viewForPackage, type ViewState } from '../../../../../renderer/features/explorer/state/view-slice';
import { demoFiles } from '../../../../helpers/package-copies';
import { hasKortrijk, KORTRIJK_DIR, needsShared, PROJECT_ROOT } from '../../../../helpers/shared-data';

const read = async (label: string, files: ReadonlyMap<string, string>) => (await readPackage(createMemorySource(label, files))).pkg!;

/** An imported package: three areas with a count and a rate, no clients, no locations, no teams. */
async function importedPackage(): Promise<LoadedPackage> {
  const features = ['A1', 'A2', 'A3'].map((code, i) => ({
    type: 'Feature',
    properties: { code, naam: `Gebied ${code}` },
    geometry: { type: 'Polygon', coordinates: [[[3 + i * 0.01, 50], [3.01 + i * 0.01, 50], [3.01 + i * 0.01, 50.01], [3 + i * 0.01, 50.01], [3 + i * 0.01, 50]]] },
  }));
  const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });
  const outcome = await runImport(
    [text('gebieden.geojson', JSON.stringify({ type: 'FeatureCollection', features })), text('cijfers.csv', 'code;jaar;inwoners;leefloon\r\nA1;2024;1200;40\r\nA2;2024;900;25\r\nA3;2024;1500;60\r\n')],
    {},
    { boundaries: { codeField: 'code', nameField: 'naam', level: 'wijk' } },
  );
  if (!outcome.files) throw new Error('test import failed');
  return read('import', outcome.files);
}

const builtInKortrijk = () => read('Kortrijk (ingebouwd)', buildMunicipalityPackage(decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', '34022.json.gz')))));

/** The map has data for the view: the measure is one the package supports, at a level it has. */
function expectSupported(pkg: LoadedPackage, view: ViewState) {
  expect(measureSupported(pkg, view.indicator, view.measure)).toBe(true);
  expect(pkg.levels.map((l) => l.level)).toContain(view.level);
  expect(pkg.definitions.map((d) => d.id)).toContain(view.indicator);
  expect(pkg.periods).toContain(view.period);
}

let demo: LoadedPackage;
let imported: LoadedPackage;
let municipality: LoadedPackage;
beforeAll(async () => {
  [demo, imported, municipality] = await Promise.all([read('Demostad', demoFiles()), importedPackage(), builtInKortrijk()]);
});

describe('measureSupported', () => {
  it('Demostad has every measure; an import without clients or locations only counts, rates and the need-free ones', () => {
    for (const m of ['rate', 'count', 'change', 'need', 'reach', 'gap', 'bivariate', 'staffing'] as const) expect(measureSupported(demo, 'est_poverty_persons', m), m).toBe(true);
    const ids = imported.definitions.map((d) => d.id);
    for (const m of ['need', 'reach', 'gap', 'bivariate', 'staffing', 'change'] as const) expect(measureSupported(imported, ids[0]!, m), m).toBe(false);
    expect(measureSupported(imported, ids[0]!, 'count')).toBe(true);
  });
  it('falls back to the nearest supported measure', () => {
    expect(supportedMeasure(demo, 'est_poverty_persons', 'bivariate')).toBe('bivariate');
    expect(supportedMeasure(municipality, 'population', 'bivariate')).toBe('count');
    expect(supportedMeasure(municipality, 'population', 'rate')).toBe('count');
  });
});

describe('viewForPackage: a package opens on what it supports (regression: an imported package opened all grey on bivariaat)', () => {
  const bivariateOnDemo = () => setMeasure('bivariate')(viewForPackage(demo)(initialViewState));
  it('bivariate on Demostad, then an imported package without clients: a measure it has data for', () => {
    const view = viewForPackage(imported, demo)(bivariateOnDemo());
    expectSupported(imported, view);
    expect(['rate', 'count']).toContain(view.measure);
  });
  it('bivariate, then a built-in municipality (residents only): its residents counted, at the wijk level', () => {
    const view = viewForPackage(municipality, demo)(bivariateOnDemo());
    expect(view).toMatchObject({ measure: 'count', indicator: 'population', level: 'wijk', period: 2024 });
    expectSupported(municipality, view);
  });
  it('keeps what the next package supports: level name, indicator, period, measure', () => {
    const start = setLevel('sector')(setMeasure('need')({ ...viewForPackage(demo)(initialViewState), period: 2023 }));
    const again = viewForPackage(demo, demo)(start);
    expect(again).toMatchObject({ level: 'sector', measure: 'need', period: 2023, indicator: start.indicator });
  });
  it('the staffing map in a package without teams gives back the level the user had', () => {
    const staffing = setMeasure('staffing')(setLevel('sector')(viewForPackage(demo)(initialViewState)));
    const view = viewForPackage(municipality, demo)(staffing);
    expect(view.level).toBe('sector');
    expect(view.measure).toBe('count');
    expect(view.levelBeforeStaffing).toBeNull();
  });
  it('manual class breaks of another package start again from quantiles; in the same package they stay', () => {
    const manual = setClassification({ method: 'manual', manualBreaks: [10, 20], classes: 3 })(viewForPackage(demo)(initialViewState));
    expect(viewForPackage(municipality, demo)(manual).classification).toEqual({ method: 'quantile', classes: 3, manualBreaks: [] });
    expect(viewForPackage(demo, demo)(manual).classification).toEqual(manual.classification);
  });
  it('drops FTE profiles the next package does not have', () => {
    const view = viewForPackage(imported, demo)({ ...viewForPackage(demo)(initialViewState), staffing: { metric: 'fte-per-1000', profiles: ['maatschappelijk_werker'] } });
    expect(view.staffing.profiles).toEqual([]);
  });
});

describe('the staffing map gives the level back (regression: after it the level stayed on Teamgebied)', () => {
  const start = { ...initialViewState, level: 'wijk', indicator: 'est_poverty_persons', measure: 'bivariate' as const };
  it('another measure after the staffing map restores the level the user had', () => {
    const staffing = setMeasure('staffing')(start);
    expect(staffing).toMatchObject({ level: 'team', levelBeforeStaffing: 'wijk' });
    expect(setMeasure('staffing')(staffing)).toBe(staffing);
    expect(setMeasure('rate')(staffing)).toMatchObject({ measure: 'rate', level: 'wijk', levelBeforeStaffing: null });
  });
  it('an indicator chosen on the staffing map also gives the level back; a level chosen replaces it', () => {
    const staffing = setMeasure('staffing')(start);
    expect(setIndicator('leefloon_persons')(staffing)).toMatchObject({ measure: 'rate', level: 'wijk', indicator: 'leefloon_persons' });
    expect(setLevel('sector')(staffing)).toMatchObject({ measure: 'rate', level: 'sector', levelBeforeStaffing: null });
  });
  it('a package opened on the staffing map keeps it at the team level and remembers the level', () => {
    const staffing = setMeasure('staffing')(viewForPackage(demo)(initialViewState));
    const view = viewForPackage(demo, demo)(staffing);
    expect(view).toMatchObject({ measure: 'staffing', level: 'team', levelBeforeStaffing: 'wijk' });
  });
});

describe('Kortrijk → Demostad → an import → a built-in municipality', needsShared(hasKortrijk, '../shared/data/kortrijk'), () => {
  it('every step opens on a measure the package supports', async () => {
    const kortrijk = (await readPackage(await openNodePackageSource(KORTRIJK_DIR))).pkg!;
    let view = setMeasure('bivariate')(viewForPackage(kortrijk)(initialViewState));
    expectSupported(kortrijk, view);
    let previous = kortrijk;
    for (const next of [demo, imported, municipality, kortrijk]) {
      view = viewForPackage(next, previous)(view);
      expectSupported(next, view);
      previous = next;
    }
    expect(view.level).toBe('wijk');
  });
});
