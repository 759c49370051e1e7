import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { growContiguousRegions } from '../../../geo/synthesis/grow-contiguous-regions';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'grow-contiguous-regions';
interface Input {
  positions: [number, number][];
  adjacency: number[][];
  seeds: number[];
  weights: number[];
  targetShares?: number[];
}
const run = (input: Input): number[] =>
  growContiguousRegions({
    ...input,
    costOf: (region, node) => {
      const a = input.positions[input.seeds[region]!]!;
      const b = input.positions[node]!;
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    },
  });

function isContiguous(labels: number[], adjacency: number[][], region: number): boolean {
  const members = labels.map((l, i) => (l === region ? i : -1)).filter((i) => i >= 0);
  const seen = new Set([members[0]]);
  const stack = [members[0]!];
  while (stack.length > 0) {
    for (const n of adjacency[stack.pop()!]!) {
      if (labels[n] === region && !seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen.size === members.length;
}

describe('growContiguousRegions', () => {
  it.each(listGoldenCases(NAME))('matches the golden labels, every region contiguous (%s)', (caseName) => {
    const input = readGoldenInput<Input>(NAME, caseName);
    const labels = run(input);
    input.seeds.forEach((seed, region) => {
      expect(labels[seed]).toBe(region);
      expect(isContiguous(labels, input.adjacency, region)).toBe(true);
    });
    expectGolden(NAME, caseName, labels);
  });

  it('splits a path of six in the middle (hand check)', () => {
    expect(run(readGoldenInput<Input>(NAME, 'path'))).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('keeps regions contiguous on random grids with random seeds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 2, max: 7 }), fc.integer({ min: 0, max: 1000 }), (w, h, salt) => {
        const n = w * h;
        const positions = Array.from({ length: n }, (_, i): [number, number] => [i % w, Math.floor(i / w)]);
        const adjacency = positions.map(([x, y]) =>
          [[1, 0], [-1, 0], [0, 1], [0, -1]].filter(([dx, dy]) => x + dx! >= 0 && x + dx! < w && y + dy! >= 0 && y + dy! < h).map(([dx, dy]) => (y + dy!) * w + x + dx!),
        );
        const seeds = [...new Set([salt % n, (salt * 7 + 3) % n, (salt * 13 + 5) % n])];
        const labels = run({ positions, adjacency, seeds, weights: positions.map((_, i) => 1 + ((i * salt) % 5)) });
        expect(labels.every((l) => l >= 0 && l < seeds.length)).toBe(true);
        seeds.forEach((_, region) => expect(isContiguous(labels, adjacency, region)).toBe(true));
      }),
      { numRuns: 60 },
    );
  });

  it('rejects unreachable nodes and bad input', () => {
    const base: Input = { positions: [[0, 0], [1, 0], [5, 5]], adjacency: [[1], [0], []], seeds: [0], weights: [1, 1, 1] };
    expect(() => run(base)).toThrow(/cannot be reached/);
    expect(() => run({ ...base, seeds: [0, 0] })).toThrow(/seed of two regions/);
    expect(() => run({ ...base, weights: [1, 1] })).toThrow(RangeError);
    expect(() => run({ ...base, adjacency: [[7], [0], []] })).toThrow(/invalid node/);
    expect(() => run({ ...base, targetShares: [0] })).toThrow(RangeError);
  });
});
