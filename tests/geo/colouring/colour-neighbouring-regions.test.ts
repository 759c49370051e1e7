import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colourNeighbouringRegions } from '../../../geo/colouring/colour-neighbouring-regions';
import { colourDifference } from '../../../geo/colouring/measure-colour-difference';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

interface Case {
  readonly regions: string[];
  readonly neighbours: Record<string, string[]>;
  readonly palette: string[];
  readonly fixed?: Record<string, string>;
  readonly minDifference?: number;
}

const pairsOf = (neighbours: Record<string, readonly string[]>) => Object.entries(neighbours).flatMap(([a, list]) => list.map((b) => [a, b] as const));

describe('colourNeighbouringRegions (golden)', () => {
  for (const name of listGoldenCases('colour-neighbouring-regions')) {
    it(name, () => {
      const input = readGoldenInput<Case>('colour-neighbouring-regions', name);
      const colours = colourNeighbouringRegions(input.regions, input.neighbours, input.palette, { ...(input.fixed ? { fixed: input.fixed } : {}), ...(input.minDifference !== undefined ? { minDifference: input.minDifference } : {}) });
      expectGolden('colour-neighbouring-regions', name, Object.fromEntries(colours));
    });
  }
});

describe('colourNeighbouringRegions', () => {
  it("gives Kortrijk's 7 teams 7 colours, touching teams at least ΔE00 30 apart (no Noord and Centrum both orange)", () => {
    const input = readGoldenInput<Case>('colour-neighbouring-regions', 'kortrijk-teams');
    const colours = colourNeighbouringRegions(input.regions, input.neighbours, input.palette);
    expect(new Set(colours.values()).size).toBe(7);
    for (const [a, b] of pairsOf(input.neighbours)) {
      expect(colours.get(a)).not.toBe(colours.get(b));
      expect(colourDifference(colours.get(a)!, colours.get(b)!), `${a}–${b}`).toBeGreaterThanOrEqual(30);
    }
    expect(colourDifference(colours.get('noord')!, colours.get('centrum')!)).toBeGreaterThanOrEqual(30);
  });
  it('keeps fixed colours and works around them', () => {
    const colours = colourNeighbouringRegions(['a', 'b'], { a: ['b'] }, ['#e69f00', '#d55e00', '#0072b2'], { fixed: { b: '#e69f00' } });
    expect(colours.get('b')).toBe('#e69f00');
    expect(colours.get('a')).toBe('#0072b2');
  });
  it('checks its inputs', () => {
    expect(() => colourNeighbouringRegions(['a'], {}, [])).toThrow(RangeError);
    expect(() => colourNeighbouringRegions(['a'], {}, ['orange'])).toThrow(TypeError);
    expect(() => colourNeighbouringRegions('a' as unknown as string[], {}, ['#000000'])).toThrow(TypeError);
    expect(() => colourNeighbouringRegions(['a'], { a: 'b' as unknown as string[] }, ['#000000'])).toThrow(TypeError);
    expect(() => colourNeighbouringRegions(['a'], {}, ['#000000'], { minDifference: -1 })).toThrow(RangeError);
  });
  it('is a proper colouring, independent of the order of regions and pairs, with as many colours as regions', () => {
    const palette = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#000000', '#f0e442'];
    const graph = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })), { maxLength: 14 });
    fc.assert(
      fc.property(graph, (edges) => {
        const regions = Array.from({ length: 8 }, (_, i) => `r${i}`);
        const neighbours: Record<string, string[]> = {};
        for (const [a, b] of edges) (neighbours[`r${a}`] ??= []).push(`r${b}`);
        const colours = colourNeighbouringRegions(regions, neighbours, palette);
        const reversed: Record<string, string[]> = {};
        for (const [a, b] of [...edges].reverse()) (reversed[`r${b}`] ??= []).push(`r${a}`);
        expect(colourNeighbouringRegions([...regions].reverse(), reversed, palette)).toEqual(colours);
        for (const [a, b] of edges) if (a !== b) expect(colours.get(`r${a}`)).not.toBe(colours.get(`r${b}`));
      }),
    );
  });
});
