import { describe, expect, it } from 'vitest';
import { safeFileStem } from '../../../../renderer/shared/export/file-name';
import { escapeXml, svgElement, svgNumber } from '../../../../renderer/shared/export/svg-writer';
import { approximateTextMeasure, fitText, wrapText } from '../../../../renderer/shared/export/text-layout';
import { exportWord } from '../../../../renderer/shared/export/export-words';

describe('safeFileStem', () => {
  it('makes a file name of a view title: lower case, accents kept, one dash between words', () => {
    expect(safeFileStem('Alleenwonende 75-plussers: in het centrum?')).toBe('alleenwonende-75-plussers-in-het-centrum');
    expect(safeFileStem('Nood × bereik (2024) — Zuid/Noord')).toBe('nood-bereik-2024-zuid-noord');
    expect(safeFileStem('Één café à Kortrijk')).toBe('één-café-à-kortrijk');
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd');
  });

  it('never gives an empty name, a name Windows refuses, or a very long one', () => {
    expect(safeFileStem('***')).toBe('wijkzicht');
    expect(safeFileStem('   ', 'kaart')).toBe('kaart');
    expect(safeFileStem('CON')).toBe('wijkzicht');
    expect(safeFileStem('lpt1')).toBe('wijkzicht');
    const long = safeFileStem('woord '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).not.toMatch(/-$/);
  });
});

describe('the SVG writer', () => {
  it('escapes text and drops characters XML forbids', () => {
    expect(escapeXml(`A & B <1–4> "x" 'y'\u0001`)).toBe('A &amp; B &lt;1–4&gt; &quot;x&quot; &apos;y&apos;');
    expect(svgElement('text', { x: 1.005, y: -0.001, fill: 'a"b', hidden: undefined }, 'c')).toBe('<text x="1" y="0" fill="a&quot;b">c</text>');
    expect(svgNumber(12.3456)).toBe('12.35');
    expect(() => svgNumber(Number.NaN)).toThrow(RangeError);
    expect(() => svgElement('a b')).toThrow(RangeError);
  });
});

describe('text layout without a DOM', () => {
  it('wraps at spaces within the width and shortens what does not fit with …', () => {
    const lines = wrapText(approximateTextMeasure, 'Hoge nood, laag bereik en ver van een locatie', 12, 400, 90, 2);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(approximateTextMeasure(line, 12, 400)).toBeLessThanOrEqual(90);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(fitText(approximateTextMeasure, 'Kort', 12, 400, 200)).toBe('Kort');
    expect(wrapText(approximateTextMeasure, '', 12, 400, 90)).toEqual([]);
  });
});

describe('export words', () => {
  it('says the suppressed badge with the plural of the language', () => {
    expect(exportWord('nl', 'suppressedBadge', { count: 1, threshold: 4 })).toBe('1 GEBIED AFGESCHERMD (1–4)');
    expect(exportWord('en', 'suppressedBadge', { count: 3, threshold: 4 })).toBe('3 AREAS SUPPRESSED (1–4)');
  });
});
