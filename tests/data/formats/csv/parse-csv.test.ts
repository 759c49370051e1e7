import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../data/formats/text/decode-text';
import { parseCsv } from '../../../../data/formats/csv/parse-csv';
import { writeCsv } from '../../../../data/formats/csv/write-csv';

describe('parseCsv', () => {
  it('keeps the line where each record starts, across quoted line breaks and CRLF', () => {
    const csv = parseCsv('id,name\r\n1,"two\r\nlines"\r\n\r\n2,"a ""quote"", here"\r\n');
    expect(csv.header).toEqual(['id', 'name']);
    expect(csv.records).toEqual([
      { line: 2, fields: ['1', 'two\r\nlines'] },
      { line: 5, fields: ['2', 'a "quote", here'] },
    ]);
    expect(csv.error).toBeNull();
  });
  it('reports an unterminated quote with its line', () => {
    const csv = parseCsv('a,b\n1,2\n"3,4\n5,6\n');
    expect(csv.error).toMatchObject({ line: 3 });
    expect(csv.records).toEqual([{ line: 2, fields: ['1', '2'] }]);
  });
  it('drops a byte-order mark and reads other delimiters', () => {
    expect(parseCsv('\ufeffa;b\n1;2', ';').records[0]!.fields).toEqual(['1', '2']);
  });
  it('keeps empty trailing fields', () => {
    expect(parseCsv('a,b,c\n1,,\n').records[0]!.fields).toEqual(['1', '', '']);
  });
});

describe('writeCsv', () => {
  it('quotes where needed and neutralises formula injection, but leaves numbers alone', () => {
    expect(writeCsv(['a', 'b'], [[1, '=HYPERLINK("x")'], ['+1', 'x,y'], [-2, '@cmd'], ['-3.5', '-A1+1']])).toBe(
      `a,b\n1,"'=HYPERLINK(""x"")"\n+1,"x,y"\n-2,'@cmd\n-3.5,'-A1+1\n`,
    );
  });
  it('quotes quotes and line breaks, and checks row lengths', () => {
    expect(writeCsv(['id', 'text'], [['a', 'say "hi"'], ['b', 'two\nlines'], ['c', null]])).toBe('id,text\na,"say ""hi"""\nb,"two\nlines"\nc,\n');
    expect(() => writeCsv(['a', 'b'], [['x']])).toThrow(/expected 2/);
    expect(() => writeCsv([], [])).toThrow(TypeError);
  });
  it('round-trips through parseCsv', () => {
    const rows = [['Kortrijk', 'Wijk "Noord"'], ['a\nb', '']];
    expect(parseCsv(writeCsv(['x', 'y'], rows)).records.map((r) => r.fields)).toEqual(rows);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toEqual({ text: 'é', encoding: 'utf-8', hadBom: true });
  });
  it('falls back to Windows-1252 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x80]))).toEqual({ text: 'Café€', encoding: 'windows-1252', hadBom: false });
  });
});
