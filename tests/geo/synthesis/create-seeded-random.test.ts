import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../geo/synthesis/create-seeded-random';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

const NAME = 'create-seeded-random';

describe('createSeededRandom', () => {
  it.each(listGoldenCases(NAME))('matches the golden sequences (%s)', (caseName) => {
    const input = readGoldenInput<{ seeds: number[]; count: number }>(NAME, caseName);
    const output = input.seeds.map((seed) => {
      const random = createSeededRandom(seed);
      return { seed, values: Array.from({ length: input.count }, () => random()) };
    });
    expectGolden(NAME, caseName, output);
  });

  it('matches the reference mulberry32 (hand-unrolled first step for seed 0)', () => {
    // state = 0x6d2b79f5; t = imul(t ^ t>>>15, t|1); t ^= t + imul(t ^ t>>>7, t|61); (t ^ t>>>14)>>>0
    let t = 0x6d2b79f5;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    expect(createSeededRandom(0)()).toBe(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  });

  it('is reproducible, in [0, 1), and roughly uniform', () => {
    const a = createSeededRandom(20240101);
    const b = createSeededRandom(20240101);
    const values = Array.from({ length: 20_000 }, () => a());
    expect(values.slice(0, 100)).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
    const buckets = new Array(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)] += 1;
    for (const count of buckets) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });

  it('gives different sequences for different seeds and reduces seeds modulo 2^32', () => {
    expect(createSeededRandom(1)()).not.toBe(createSeededRandom(2)());
    expect(createSeededRandom(5 + 2 ** 32)()).toBe(createSeededRandom(5)());
    expect(createSeededRandom(-1)()).toBe(createSeededRandom(2 ** 32 - 1)());
  });

  it('rejects seeds that are not safe integers', () => {
    expect(() => createSeededRandom(1.5)).toThrow(TypeError);
    expect(() => createSeededRandom(Number.NaN)).toThrow(TypeError);
    expect(() => createSeededRandom('1' as unknown as number)).toThrow(TypeError);
  });
});
