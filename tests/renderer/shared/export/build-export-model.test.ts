import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisRun } from '../../../../data/analysis/run-analysis';
import type { Database } from '../../../../data/db/database';
import type { LoadedPackage } from '../../../../data/package/model';
import { inSlice, type AppState } from '../../../../renderer/app/app-state';
import { setBasemap } from '../../../../renderer/features/explorer/state/layers-slice';
import { setIndicator, setMeasure } from '../../../../renderer/features/explorer/state/view-slice';
import { BIVARIATE, SUPPRESSED_COLOR } from '../../../../renderer/map/palette';
import { buildExportModel, chooseScaleBar } from '../../../../renderer/shared/export/build-export-model';
import { analyse, colouredState, openDemo } from './export-fixture';

const CAMERA = { center: [3.26, 50.82] as const, zoom: 12 };

describe('buildExportModel on Demostad', () => {
  let db: Database;
  let pkg: LoadedPackage;
  let run: AnalysisRun;
  let rate: AppState;
  let bivariate: AppState;
  /** "Geschat aantal personen in armoede per 1.000 inwoners", from the package's own labels. */
  let rateTitle: string;
  beforeAll(async () => {
    ({ pkg, db } = await openDemo());
    run = await analyse(db, pkg, 'wijk');
    rate = await colouredState(db, pkg, run, { level: 'wijk', change: (v) => setIndicator('est_poverty_persons')(setMeasure('rate')(v)) });
    bivariate = await colouredState(db, pkg, run, { level: 'wijk', change: setMeasure('bivariate') });
    const label = (id: string) => pkg.definitions.find((d) => d.id === id)!.labelNl;
    rateTitle = `${label('est_poverty_persons')} per 1.000 ${label('population').toLowerCase()}`;
  }, 120_000);
  afterAll(() => db.close());

  it('titles a choropleth with the view’s own title, and says where, which level and when in Dutch', () => {
    const model = buildExportModel(rate, { title: '  Armoede in de wijken ', caption: 'Voor de raad', camera: CAMERA });
    expect(model.title).toBe('Armoede in de wijken');
    expect(model.subtitle).toBe(`Demostad · wijken · 2024 · ${rateTitle}`);
    expect(model.caption).toBe('Voor de raad');
    expect(model.legend?.title).toBe(rateTitle);
    expect(model.legend?.subtitle).toBe('2024 · Kwantielen, 5 klassen');
    expect(model.legend?.bivariate).toBeNull();
  });

  it('falls back on what the map shows for a view without a title, and writes English in the English UI', () => {
    const nl = buildExportModel(rate);
    expect(nl.title).toBe(rateTitle);
    expect(nl.subtitle).toBe('Demostad · wijken · 2024');
    const en = buildExportModel(inSlice('ui', (ui) => ({ ...ui, language: 'en' as const }))(rate), { title: 'Poverty' });
    expect(en.subtitle).toMatch(/^Demostad · wijken · 2024 · .+ per 1,000 /);
    expect(en.subtitle).toContain(pkg.definitions.find((d) => d.id === 'est_poverty_persons')!.labelEn);
    expect(en.badges.map((b) => b.text)).toEqual(['FICTIONAL', 'SYNTHETIC DATA']);
    expect(en.legend?.rows.at(-1)?.label).toBe('No data');
  });

  it('lists one legend row per class with the colouring’s colours and counts, then no data', () => {
    const colouring = rate.mapData.colouring!;
    if (colouring.kind !== 'classes') throw new Error('expected classes');
    const rows = buildExportModel(rate).legend!.rows;
    expect(rows).toHaveLength(colouring.classCounts.length + 1); // not sensitive: no "suppressed" row
    expect(rows.slice(0, -1).map((r) => r.swatch)).toEqual(colouring.palette.map((colour) => ({ kind: 'fill', colour })));
    expect(rows.slice(0, -1).map((r) => r.count)).toEqual(colouring.classCounts.map((n) => `(${n})`));
    for (const row of rows.slice(0, -1)) expect(row.label).toMatch(/^\d+(,\d+)? – \d+(,\d+)?$/);
    expect(rows.at(-1)).toMatchObject({ label: 'Geen gegevens', count: `(${colouring.missingCount})` });
    expect(buildExportModel(rate).legend!.source).toMatch(/^Bron: .+ \(synthetisch\)$/);
  });

  it('gives the bivariate map its 3×3 square, both axes and the gap-corner caption', () => {
    const colouring = bivariate.mapData.colouring!;
    if (colouring.kind !== 'bivariate') throw new Error('expected bivariate');
    const legend = buildExportModel(bivariate, { title: 'Waar is de kloof?' }).legend!;
    expect(legend.title).toBe('Nood × bereik (2024)');
    const square = legend.bivariate!;
    expect(square.cells.map((row) => row.map((c) => c.colour))).toEqual(BIVARIATE);
    expect(square.cells.map((row) => row.map((c) => Number(c.count)))).toEqual(colouring.counts);
    expect(square.needAxis).toMatch(/^Nood \(-?\d+,\d … -?\d+,\d\)$/);
    expect(square.reachAxis).toMatch(/^Bereik \(\d+ % … \d+ %\)$/);
    expect(square.gapCorner).toEqual({ need: 2, reach: 0, caption: 'Hoge nood, laag bereik' });
    expect(legend.method).toContain('gekende cliënten');
  });

  it('badges fictional and synthetic data, and the areas whose figures are suppressed, with the hatched row', async () => {
    const sensitive = await colouredState(db, pkg, await analyse(db, pkg, 'sector'), { level: 'sector', change: (v) => setIndicator('open_dossiers')(setMeasure('count')(v)) });
    const suppressed = sensitive.mapData.colouring!.suppressedCount;
    expect(suppressed).toBeGreaterThan(1);
    const model = buildExportModel(sensitive);
    expect(model.badges.map((b) => b.kind)).toEqual(['fictional', 'synthetic', 'suppressed']);
    expect(model.badges[2]!.text).toBe(`${suppressed} GEBIEDEN AFGESCHERMD (1–4)`);
    expect(model.legend!.rows.at(-1)).toEqual({ swatch: { kind: 'hatch', colour: SUPPRESSED_COLOR, stroke: '#555555' }, label: 'Afgeschermd (1–4)', count: `(${suppressed})` });
    // No class of a sensitive count reads as 1–4.
    for (const row of model.legend!.rows) expect(row.label).not.toMatch(/^[1-4] –/);
    expect(buildExportModel(rate).badges.map((b) => b.kind)).toEqual(['fictional', 'synthetic']);
  });

  it('writes the attribution as the map does, in the UI language, with a basemap’s credit only while it is shown', () => {
    expect(buildExportModel(rate).attribution).toBe('Demogenerator van Wijkzicht (fictief), seed 20240101 (CC0 1.0) · MapLibre');
    const en = inSlice('ui', (ui) => ({ ...ui, language: 'en' as const }))(rate);
    expect(buildExportModel(en).attribution).toBe('Wijkzicht demo generator (fictional), seed 20240101 (CC0 1.0) · MapLibre');
    const withBasemap = inSlice('layers', setBasemap({ kind: 'pmtiles', name: 'b', url: 'file:b.pmtiles', attribution: ['© OpenStreetMap'] }))(rate);
    expect(buildExportModel(withBasemap).attribution).toMatch(/\(CC0 1\.0\) · .*© OpenStreetMap.* · MapLibre$/);
    const hidden = inSlice('layers', (l) => ({ ...l, visible: { ...l.visible, basemap: false } }))(withBasemap);
    expect(buildExportModel(hidden).attribution).not.toContain('OpenStreetMap');
  });

  it('has a scale bar only with a camera', () => {
    expect(buildExportModel(rate).scale).toBeNull();
    expect(buildExportModel(rate, { camera: CAMERA }).scale).toMatchObject({ metres: 1000, label: '1 km' });
  });
});

describe('chooseScaleBar', () => {
  it('picks the longest round length that fits, in the UI’s notation', () => {
    const bar = chooseScaleBar(50.83, 13, 120);
    expect(bar.metres).toBe(500);
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(chooseScaleBar(50.83, 13, 120).px * 2).toBeGreaterThan(120); // 1 km would not fit
    expect(chooseScaleBar(50.83, 10.4, 120, 'nl').label).toBe('2,5 km');
    expect(chooseScaleBar(50.83, 10.4, 120, 'en').label).toBe('2.5 km');
    expect(() => chooseScaleBar(95, 12, 120)).toThrow(RangeError);
  });
});
