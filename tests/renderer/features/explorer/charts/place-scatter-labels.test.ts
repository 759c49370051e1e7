import { describe, expect, it } from 'vitest';
import { outlierScores, placeScatterLabels, scatterLabels } from '../../../../../renderer/features/explorer/charts/place-scatter-labels';

const overlap = (a: readonly number[], b: readonly number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('placeScatterLabels', () => {
  it('puts a lone label right of its dot, and left of it at the right edge', () => {
    expect(placeScatterLabels([{ code: 'a', text: 'Heule', x: 50, y: 50, priority: 1 }], { width: 200, height: 100 })).toEqual([
      { code: 'a', text: 'Heule', x: 57, y: 54, anchor: 'start', box: [57, 44.5, 85, 55.5] },
    ]);
    expect(placeScatterLabels([{ code: 'a', text: 'Heule', x: 190, y: 50, priority: 1 }], { width: 200, height: 100 })[0]!.anchor).toBe('end');
    // A reserved box (the chart's own text) on the right: the label goes left.
    expect(placeScatterLabels([{ code: 'a', text: 'Heule', x: 100, y: 50, priority: 1 }], { width: 200, height: 100, reserved: [[105, 40, 160, 60]] })[0]!.anchor).toBe('end');
  });

  it('places no two labels over each other nor over a dot, the higher priority first, and leaves out what has no room', () => {
    // A tight cluster of 30 points: not all fit; the placed ones never overlap.
    const points = Array.from({ length: 30 }, (_, i) => ({ code: `p${i}`, text: `Gebied ${i}`, x: 60 + (i % 6) * 9, y: 40 + Math.floor(i / 6) * 8, priority: i }));
    const placed = placeScatterLabels(points, { width: 240, height: 120 });
    expect(placed.length).toBeGreaterThan(2);
    expect(placed.length).toBeLessThan(points.length);
    expect(placed[0]!.code).toBe('p29');
    for (let i = 0; i < placed.length; i++) {
      const box = placed[i]!.box;
      expect(box[0]).toBeGreaterThanOrEqual(0);
      expect(box[2]).toBeLessThanOrEqual(240);
      for (let j = i + 1; j < placed.length; j++) expect(overlap(box, placed[j]!.box), `${placed[i]!.code} / ${placed[j]!.code}`).toBe(false);
      for (const p of points) expect(overlap(box, [p.x - 5, p.y - 5, p.x + 5, p.y + 5]), `${placed[i]!.code} on dot ${p.code}`).toBe(false);
    }
    expect(placeScatterLabels(points, { width: 240, height: 120, max: 2 })).toHaveLength(2);
    expect(placeScatterLabels(points, { width: 0, height: 120 })).toEqual([]);
  });
});

describe('outlierScores and scatterLabels', () => {
  it('scores the far point highest', () => {
    const s = outlierScores([{ x: 0, y: 0 }, { x: 0, y: 0 }, { x: 3, y: 3 }]);
    expect(s[2]).toBeCloseTo(2 * Math.SQRT2, 6);
    expect(s[2]).toBeGreaterThan(s[0]!);
  });

  it('labels every area when few, only the outliers (at most 8) when many', () => {
    const domain = { need: [0, 2] as const, reach: [0, 0.5] as const };
    const few = [
      { code: 'a', name: 'Heule', need: 0.4, reach: 0.1 },
      { code: 'b', name: 'Marke', need: 1.6, reach: 0.4 },
    ];
    const labels = scatterLabels(few, domain, 260, 194);
    expect([...labels.keys()].sort()).toEqual(['a', 'b']);
    expect(labels.get('a')).toEqual({ text: 'Heule', dx: 7, dy: 4, anchor: 'start' });
    // 40 points on a grid and one far away: the far one is among the (at most 8) labelled.
    const many = Array.from({ length: 40 }, (_, i) => ({ code: `c${i}`, name: `S${i}`, need: 0.8 + (i % 8) * 0.05, reach: 0.2 + Math.floor(i / 8) * 0.02 }));
    many.push({ code: 'far', name: 'Ver', need: 1.9, reach: 0.02 });
    const crowded = scatterLabels(many, domain, 260, 194);
    expect(crowded.size).toBeLessThanOrEqual(8);
    expect(crowded.has('far')).toBe(true);
  });
});
