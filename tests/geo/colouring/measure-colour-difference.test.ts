import { describe, expect, it } from 'vitest';
import { colourDifference, hexToLab, labDifference } from '../../../geo/colouring/measure-colour-difference';

describe('hexToLab', () => {
  it('reads white, black and sRGB red as CIELAB (D65)', () => {
    const white = hexToLab('#fff');
    expect(white.l).toBeCloseTo(100, 3);
    expect(Math.abs(white.a) + Math.abs(white.b)).toBeLessThan(0.01);
    expect(hexToLab('#000000')).toEqual({ l: 0, a: 0, b: 0 });
    // sRGB red is L* 53.24, a* 80.09, b* 67.20 (Lindbloom's calculator, D65).
    const red = hexToLab('#ff0000');
    expect(red.l).toBeCloseTo(53.24, 1);
    expect(red.a).toBeCloseTo(80.09, 1);
    expect(red.b).toBeCloseTo(67.2, 1);
  });
  it('refuses what is not a hex colour', () => {
    expect(() => hexToLab('red')).toThrow(TypeError);
    expect(() => hexToLab('#12345')).toThrow(TypeError);
  });
});

describe('labDifference (CIEDE2000)', () => {
  // Test pairs from Sharma, Wu & Dalal (2005), table 1.
  const pairs: [number, number, number, number, number, number, number][] = [
    [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
    [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
    [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
    [50, 2.5, 0, 73, 25, -18, 27.1492],
    [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
  ];
  it('matches the published test pairs to four decimals', () => {
    for (const [l1, a1, b1, l2, a2, b2, expected] of pairs) {
      expect(labDifference({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).toBeCloseTo(expected, 4);
      expect(labDifference({ l: l2, a: a2, b: b2 }, { l: l1, a: a1, b: b1 })).toBeCloseTo(expected, 4);
    }
  });
  it('says orange and vermillion (Okabe–Ito) are close, blue and orange far apart', () => {
    expect(colourDifference('#e69f00', '#d55e00')).toBeLessThan(25);
    expect(colourDifference('#0072b2', '#e69f00')).toBeGreaterThan(50);
    expect(colourDifference('#123456', '#123456')).toBe(0);
  });
  it('refuses a colour without finite coordinates', () => {
    expect(() => labDifference({ l: Number.NaN, a: 0, b: 0 }, { l: 0, a: 0, b: 0 })).toThrow(TypeError);
  });
});
