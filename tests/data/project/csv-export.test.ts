import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../data/formats/csv/parse-csv';
import { toCsv } from '../../../data/project/csv-export';

const plain = { bom: false } as const;

describe('toCsv', () => {
  it('writes CRLF after every row, the last included', () => {
    expect(toCsv([['wijk', 'fte'], ['Heule', 1.5], ['Bissegem', 2]], plain)).toBe('wijk,fte\r\nHeule,1.5\r\nBissegem,2\r\n');
  });

  it('starts with a UTF-8 byte-order mark unless told not to', () => {
    expect(toCsv([['a']])).toBe('\uFEFFa\r\n');
    expect(toCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n');
    expect(toCsv([['a']], plain)).toBe('a\r\n');
    expect([...new TextEncoder().encode(toCsv([['é']]))]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x0d, 0x0a]);
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('quotes fields with the separator, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(toCsv([['x,y', 'say "hi"', 'a\nb', 'a\r\nb', 'plain', 'semi;colon']], plain)).toBe('"x,y","say ""hi""","a\nb","a\r\nb",plain,semi;colon\r\n');
    expect(toCsv([['x,y', 'semi;colon', 1.25]], { separator: ';', bom: false })).toBe('x,y;"semi;colon";1.25\r\n');
  });

  it('writes numbers with a point as decimal mark, also with ; as separator, and null as empty', () => {
    expect(toCsv([[1234.5, -0.25, 0, 1e21, null, '']], { separator: ';', bom: false })).toBe('1234.5;-0.25;0;1e+21;;\r\n');
  });

  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+32 56 00 00 00', "'+32 56 00 00 00"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(1)', "'@SUM(1)"],
    ['tab', '\t=1', "'\t=1"],
  ])('neutralises text starting with %s by a leading apostrophe', (_name, input, expected) => {
    expect(toCsv([[input]], plain)).toBe(`${expected}\r\n`);
  });

  it('neutralises text starting with CR (and quotes it, since it holds a line break)', () => {
    expect(toCsv([['\r=1']], plain)).toBe('"\'\r=1"\r\n');
  });

  it('neutralises the text "-5" but leaves the number -5 and other negative numbers alone', () => {
    expect(toCsv([['-5', -5, -0.5, -1e-7]], plain)).toBe("'-5,-5,-0.5,-1e-7\r\n");
  });

  it('leaves text with those characters further in alone', () => {
    expect(toCsv([['a=b', 'x-y', 'mail@example.be', "'quoted"]], plain)).toBe("a=b,x-y,mail@example.be,'quoted\r\n");
  });

  it('neutralises a formula that also needs quoting', () => {
    expect(toCsv([['=HYPERLINK("http://x","y")']], plain)).toBe('"\'=HYPERLINK(""http://x"",""y"")"\r\n');
  });

  it('throws on programming errors', () => {
    expect(() => toCsv([[Number.NaN]])).toThrow(/row 0, column 0 is NaN/);
    expect(() => toCsv([[1], [Infinity]])).toThrow(/row 1, column 0 is Infinity/);
    expect(() => toCsv([['a', 'b'], ['c']])).toThrow(/row 1 has 1 cells, row 0 has 2/);
    expect(() => toCsv([[true as unknown as string]])).toThrow(/string, a number or null/);
    expect(() => toCsv([['a']], { separator: '\t' as ',' })).toThrow(/separator/);
    expect(() => toCsv('a' as unknown as string[][])).toThrow(/rows must be an array/);
  });

  it('reads back with an RFC 4180 parser: the same text (formulas with their apostrophe) and numbers', () => {
    const cell = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('=1', '-', '+x', '@', '\t', '\r', ',', ';', '"', '\n', ''), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(',' as const, ';' as const), fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 5 })), (separator, rows) => {
        // parseCsv skips blank lines; a row whose only cell is empty writes one, so keep rows non-blank.
        const table = [rows[0]!.map(() => 'h'), ...rows];
        const text = toCsv(table, { separator, bom: false });
        const parsed = parseCsv(text, separator);
        expect(parsed.error).toBeNull();
        const expected = rows.map((row) => row.map((v) => (v === null ? '' : typeof v === 'number' ? String(v) : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        const nonBlank = expected.filter((row) => !(row.length === 1 && row[0] === ''));
        expect(parsed.records.map((r) => r.fields)).toEqual(nonBlank);
        for (const row of parsed.records) for (const f of row.fields) expect(f).not.toMatch(/^[=+@\t\r]|^-(?!\d|\.\d|Infinity)/);
      }),
      { numRuns: 300 },
    );
  });
});
