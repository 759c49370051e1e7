import { describe, expect, it } from 'vitest';
import type { ExportModel } from '../../../../renderer/shared/export/build-export-model';
import { chartScene } from '../../../../renderer/shared/export/chart-scene';
import { MAP_FOOTER_HEIGHT, mapExportScene } from '../../../../renderer/shared/export/map-scene';
import { hatchMarks, partOf, textsOf } from '../../../../renderer/shared/export/scene';
import { sceneToSvg } from '../../../../renderer/shared/export/scene-to-svg';
import { BIVARIATE } from '../../../../renderer/map/palette';

const base: ExportModel = {
  language: 'nl',
  title: 'Armoede in de wijken',
  subtitle: 'Demostad · wijken · 2024',
  caption: 'Voor de raad & de pers',
  legend: {
    title: 'Leefloners per 1.000 inwoners',
    subtitle: '2024 · Kwantielen, 3 klassen',
    rows: [
      { swatch: { kind: 'fill', colour: '#fee8c8' }, label: '2,1 – 5,0', count: '(4)' },
      { swatch: { kind: 'fill', colour: '#fdbb84' }, label: '5,0 – 9,3', count: '(4)' },
      { swatch: { kind: 'fill', colour: '#e34a33' }, label: '9,3 – 20,7', count: '(3)' },
      { swatch: { kind: 'fill', colour: '#d9d9d9' }, label: 'Geen gegevens', count: '(0)' },
      { swatch: { kind: 'hatch', colour: '#bdbdbd', stroke: '#555555' }, label: 'Afgeschermd (1–4)', count: '(1)' },
    ],
    bivariate: null,
    method: 'Methode: som over de sectoren in elk gebied.',
    source: 'Bron: Demo (synthetisch)',
  },
  badges: [
    { kind: 'fictional', text: 'FICTIEF', background: '#e76f51', colour: '#ffffff' },
    { kind: 'suppressed', text: '1 GEBIED AFGESCHERMD (1–4)', background: '#52606d', colour: '#ffffff' },
  ],
  attribution: 'Wijkzicht demo generator (CC0 1.0) · MapLibre',
  scale: { metres: 500, px: 80, label: '500 m' },
};

const bivariate: ExportModel = {
  ...base,
  legend: {
    title: 'Nood × bereik (2024)',
    subtitle: null,
    rows: [{ swatch: { kind: 'fill', colour: '#d9d9d9' }, label: 'Geen gegevens', count: '(0)' }],
    bivariate: {
      cells: BIVARIATE.map((row, need) => row.map((colour, reach) => ({ colour, count: String(need * 3 + reach) }))),
      needAxis: 'Nood (-0,9 … 1,4)',
      reachAxis: 'Bereik (10 % … 69 %)',
      gapCorner: { need: 2, reach: 0, caption: 'Hoge nood, laag bereik' },
    },
    method: 'Methode: gekende cliënten ÷ personen in armoede.',
    source: null,
  },
};

describe('the map export scene', () => {
  it('puts the words above the map, the legend and scale on it, badges and attribution in a fixed footer', () => {
    const scene = mapExportScene(base, { width: 800, height: 600 });
    expect(scene.parts.map((p) => p.name)).toEqual(['header', 'map', 'legend', 'scale-bar', 'footer']);
    const map = partOf(scene, 'map')!.box;
    expect(scene.width).toBe(800);
    expect(scene.height).toBe(map.y + 600 + MAP_FOOTER_HEIGHT);
    expect(textsOf(scene, 'header')).toEqual(['Armoede in de wijken', 'Demostad · wijken · 2024', 'Voor de raad & de pers']);
    const legend = partOf(scene, 'legend')!.box;
    expect(legend.x).toBe(12);
    expect(legend.y + legend.height).toBe(map.y + map.height - 12);
    const scale = partOf(scene, 'scale-bar')!.box;
    expect(scale.x + scale.width).toBeLessThanOrEqual(800);
    expect(scale.x).toBeGreaterThan(legend.x + legend.width);
    expect(textsOf(scene, 'footer')).toEqual(['FICTIEF', '1 GEBIED AFGESCHERMD (1–4)', 'Wijkzicht demo generator (CC0 1.0) · MapLibre']);
  });

  it('writes an SVG with every text of the model escaped, the map image, and the hatched swatch', () => {
    const svg = sceneToSvg(mapExportScene(base, { width: 800, height: 600 }), { map: 'data:image/png;base64,AAAA' });
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="\d+"/);
    expect(svg).toContain('<title>Armoede in de wijken — Demostad · wijken · 2024</title>');
    for (const words of ['Armoede in de wijken', 'Voor de raad &amp; de pers', 'Leefloners per 1.000 inwoners', '2,1 – 5,0', 'Afgeschermd (1–4)', '500 m', 'FICTIEF', 'Bron: Demo (synthetisch)', '· MapLibre']) {
      expect(svg).toContain(words);
    }
    expect(svg).toContain('<image href="data:image/png;base64,AAAA" x="0"');
    const legend = svg.slice(svg.indexOf('<g id="legend">'), svg.indexOf('</g>', svg.indexOf('<g id="legend">')));
    for (const colour of ['#fee8c8', '#fdbb84', '#e34a33', '#d9d9d9', '#bdbdbd']) expect(legend).toContain(`fill="${colour}"`);
    // The suppressed swatch: its grey square crossed by the 45° hatch lines, inside the legend.
    expect((legend.match(/<line [^>]*stroke="#555555"/g) ?? []).length).toBeGreaterThanOrEqual(5);
    // Without the map's pixels the image is left out (never a broken link).
    expect(sceneToSvg(mapExportScene(base, { width: 800, height: 600 }))).not.toContain('<image');
  });

  it('draws the bivariate square with both axes, the gap corner outlined and its caption', () => {
    const scene = mapExportScene(bivariate, { width: 800, height: 600 });
    const texts = textsOf(scene, 'legend');
    expect(texts).toEqual(expect.arrayContaining(['Nood × bereik (2024)', 'Nood (-0,9 … 1,4)', 'Bereik (10 % … 69 %)', 'Hoge nood, laag bereik', ...Array.from({ length: 9 }, (_, i) => String(i))]));
    const marks = partOf(scene, 'legend')!.marks;
    const cells = marks.filter((m) => m.kind === 'rect' && BIVARIATE.flat().includes(m.fill) && m.width > 15);
    expect(cells).toHaveLength(9);
    // High need (row 2) is the top row, low reach (column 0) the left column: the gap corner is top left.
    const corner = cells.find((m) => m.kind === 'rect' && m.fill === BIVARIATE[2]![0])!;
    const others = cells.filter((m) => m !== corner);
    if (corner.kind !== 'rect') throw new Error('a rect');
    expect(others.every((m) => m.kind === 'rect' && m.y >= corner.y && m.x >= corner.x)).toBe(true);
    const outline = marks.find((m) => m.kind === 'rect' && m.fill === 'none' && m.strokeWidth === 2);
    expect(outline).toMatchObject({ kind: 'rect' });
    if (outline?.kind === 'rect') expect(Math.abs(outline.x - corner.x)).toBeLessThan(3);
    // The need axis is named above the square, the reach axis under it.
    const need = marks.find((m) => m.kind === 'text' && m.text.startsWith('Nood ('));
    const reach = marks.find((m) => m.kind === 'text' && m.text.startsWith('Bereik ('));
    if (need?.kind !== 'text' || reach?.kind !== 'text') throw new Error('both axes named');
    expect(need.y).toBeLessThan(corner.y);
    expect(reach.y).toBeGreaterThan(Math.max(...cells.map((m) => (m.kind === 'rect' ? m.y + m.height : 0))));
    const svg = sceneToSvg(scene);
    expect(svg).toContain('>Nood (-0,9 … 1,4)</text>');
    expect(svg).toContain('>Bereik (10 % … 69 %)</text>');
    expect(svg).toContain('>Hoge nood, laag bereik</text>');
  });

  it('leaves out a legend and scale bar the model has not, and refuses a map too small to draw', () => {
    const scene = mapExportScene({ ...base, legend: null, scale: null, caption: '' }, { width: 400, height: 300 });
    expect(scene.parts.map((p) => p.name)).toEqual(['header', 'map', 'footer']);
    expect(() => mapExportScene(base, { width: 100, height: 300 })).toThrow(RangeError);
  });
});

describe('the chart scene in SVG', () => {
  it('draws bars with their labels, a note where a bar is suppressed, the legend and the source', () => {
    const scene = chartScene({
      title: 'Caseload per VTE',
      summary: 'Noord heeft de hoogste caseload.',
      legend: [{ label: 'Dossiers per VTE', colour: '#457b9d', shape: 'square' }],
      plot: {
        kind: 'bars',
        categories: ['Noord', 'Zuid', 'Centrum'],
        notes: [null, null, 'afgeschermd'],
        series: [{ name: 'Dossiers', colour: '#457b9d', values: [45.2, 30, null], labels: ['45,2', '30,0', null] }],
        axis: { min: 0, max: 50, ticks: [0, 25, 50].map((value) => ({ value, label: String(value) })) },
      },
      source: 'Bron: team_fte (2024) synthetisch',
    });
    const svg = sceneToSvg(scene);
    for (const words of ['Caseload per VTE', 'Noord heeft de hoogste caseload.', 'Dossiers per VTE', 'Noord', 'Centrum', '45,2', 'afgeschermd', 'Bron: team_fte (2024) synthetisch']) expect(svg).toContain(`>${words}<`);
    expect(svg.match(/<rect [^>]*fill="#457b9d"/g)).toHaveLength(3); // the legend swatch and two bars
    expect(() => chartScene({ ...{ title: 't', legend: [], source: '' }, plot: { kind: 'bars', categories: ['a'], series: [{ name: 's', colour: '#000', values: [1, 2] }], axis: { min: 0, max: 1, ticks: [] } } })).toThrow(RangeError);
  });
});

describe('hatchMarks', () => {
  it('crosses the whole box with 45° lines that stay inside it', () => {
    const box = { x: 10, y: 20, width: 16, height: 13 };
    const lines = hatchMarks(box, 4, '#555555');
    expect(lines.length).toBe(7);
    for (const m of lines) {
      if (m.kind !== 'line') throw new Error('a line');
      for (const [x, y] of [[m.x1, m.y1], [m.x2, m.y2]] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(x).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(y).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(y).toBeLessThanOrEqual(box.y + box.height + 1e-9);
      }
      expect(Math.abs(m.x2 - m.x1)).toBeCloseTo(Math.abs(m.y2 - m.y1), 9);
    }
  });
});
