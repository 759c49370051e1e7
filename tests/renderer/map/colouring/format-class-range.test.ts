import { describe, expect, it } from 'vitest';
import { describeClassRanges } from '../../../../geo/classification';
import { buildLegendModel } from '../../../../renderer/features/explorer/state/selectors';
import { buildClassColouring } from '../../../../renderer/map/colouring/build-class-colouring';
import { formatClassRange, formatValue } from '../../../../renderer/map/colouring/format-value';

const oneDecimal = (x: number) => formatValue(x, { kind: 'index' }, 'nl', 1);

describe('formatClassRange', () => {
  it('writes a range, or one value for a class of one value or whose ends read the same', () => {
    expect(formatClassRange({ low: 12.3, high: 20.1, single: false }, oneDecimal)).toBe('12,3 – 20,1');
    expect(formatClassRange({ low: 64.4, high: 64.4, single: true }, oneDecimal)).toBe('64,4');
    expect(formatClassRange({ low: 64.41, high: 64.43 }, oneDecimal)).toBe('64,4');
  });
});

describe('the legend of a map whose natural breaks isolate the maximum', () => {
  it('regression: a legend class read "64,4 – 64,4"; it reads "64,4", with its one area', () => {
    const values = [45.1, 46.3, 57.9, 58.2, 60.0, 61.5, 64.4];
    const rows = values.map((value, i) => ({ code: `a${i}`, name: `A${i}`, value, status: 'shown' as const }));
    const colouring = buildClassColouring(rows, { measure: 'rate', format: { kind: 'rate', per: 1000, denominator: null }, classification: { method: 'natural-breaks', classes: 5 }, palette: (k) => Array.from({ length: k }, (_, i) => `#00000${i}`) });
    expect(describeClassRanges(colouring.limits).at(-1)?.single).toBe(true);
    const legend = buildLegendModel(colouring, 'nl');
    expect(legend.entries.at(-1)).toMatchObject({ label: '64,4', count: 1 });
    for (const entry of legend.entries) expect(entry.label).not.toMatch(/^(.+) – \1$/);
    expect(legend.entries.every((e) => e.count > 0)).toBe(true);
  });
});
