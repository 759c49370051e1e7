import { describe, expect, it } from 'vitest';
import { extentOfCamera, fitPadding, hallScale, scaleTextSize, viewExtent } from '../../../../renderer/features/presenter/hall-layout';

describe('hall layout: scale and extent for the audience screen', () => {
  it('scales type with the screen height: 1 up to 720 px, 1.5 at 1080, at most 3', () => {
    expect(hallScale(600)).toBe(1);
    expect(hallScale(720)).toBe(1);
    expect(hallScale(1080)).toBe(1.5);
    expect(hallScale(2160)).toBe(3);
    expect(hallScale(5000)).toBe(3);
    expect(hallScale(Number.NaN)).toBe(1);
  });

  it('derives the extent a camera shows (Web Mercator, 512 px tiles), and prefers a view its saved extent', () => {
    const world = extentOfCamera({ center: [0, 0], zoom: 0 }, { width: 512, height: 512 });
    expect(world[0][0]).toBeCloseTo(-180, 9);
    expect(world[1][0]).toBeCloseTo(180, 9);
    expect(world[1][1]).toBeCloseTo(85.0511, 3);
    const k = extentOfCamera({ center: [3.26, 50.82], zoom: 12 }, { width: 1000, height: 700 });
    // 1000 px at zoom 12: 1000 / (512·4096) of 360°.
    expect(k[1][0] - k[0][0]).toBeCloseTo((1000 / (512 * 4096)) * 360, 9);
    expect((k[0][1] + k[1][1]) / 2).toBeCloseTo(50.82, 3);
    expect(() => extentOfCamera({ center: [0, 0], zoom: 1 }, { width: 0, height: 10 })).toThrow(RangeError);
    const extent = [[3.2, 50.8], [3.3, 50.85]] as const;
    expect(viewExtent({ camera: { center: [0, 0], zoom: 1 }, extent })).toBe(extent);
    expect(viewExtent({ camera: { center: [3.26, 50.82], zoom: 12 } })).toEqual(k);
  });

  it('pads the fit under the title card and above the attribution, at most a third of the screen', () => {
    expect(fitPadding({ width: 1920, height: 1080 }, { captionBottom: 120, attributionHeight: 30 }, 1.5)).toEqual({ top: 144, right: 24, bottom: 54, left: 24 });
    expect(fitPadding({ width: 900, height: 600 }, { captionBottom: 500, attributionHeight: 0 }, 1).top).toBe(200);
  });

  it('scales text sizes in forms MapLibre accepts: numbers, zoom curves (outputs only), legacy stops, other expressions', () => {
    expect(scaleTextSize(12, 1.5)).toBe(18);
    expect(scaleTextSize(undefined, 1.5)).toBe(24);
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 10, 10, 16, 14], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 10, 15, 16, 21]);
    expect(scaleTextSize(['step', ['zoom'], 11, 13, 14], 2)).toEqual(['step', ['zoom'], 22, 13, 28]);
    expect(scaleTextSize(['interpolate', ['linear'], ['zoom'], 10, ['get', 'size'], 16, 14], 2)).toEqual(['interpolate', ['linear'], ['zoom'], 10, ['*', 2, ['get', 'size']], 16, 28]);
    expect(scaleTextSize({ stops: [[10, 10], [16, 14]] }, 1.5)).toEqual({ stops: [[10, 15], [16, 21]] });
    expect(scaleTextSize(['get', 'size'], 1.5)).toEqual(['*', 1.5, ['get', 'size']]);
    expect(() => scaleTextSize(12, 0)).toThrow(RangeError);
  });
});
