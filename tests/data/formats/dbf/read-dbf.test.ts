import { describe, expect, it } from 'vitest';
import { readDbf } from '../../../../data/formats/dbf/read-dbf';
import { describeProblem, ProblemList } from '../../../../data/problems';
import { encodeWindows1252, writeShapefile, type Cell, type FieldSpec } from '../../../fixtures/import/boundaries/write-shapefile';

function dbf(fields: FieldSpec[], rows: Cell[][], options: { encode?: (s: string) => Uint8Array; ldid?: number } = {}): Uint8Array {
  return writeShapefile({ shapeType: 5, shapes: rows.map(() => null), fields, rows, ...options }).dbf;
}

describe('readDbf', () => {
  it('reads blank values as null and malformed numbers, dates and logicals as null with a warning', () => {
    const bytes = dbf(
      [
        { name: 'n', type: 'N', length: 8 },
        { name: 'd', type: 'D', length: 8 },
        { name: 'l', type: 'L', length: 1 },
        { name: 'f', type: 'F', length: 10, decimals: 3 },
      ],
      [
        ['12a', '20240231', 'X', '1,5'],
        ['********', '00000000', '?', '-0.125'],
        [null, null, null, '1e3'],
      ],
    );
    const problems = new ProblemList();
    const table = readDbf({ dbfName: 'a.dbf', bytes }, problems)!;
    expect(table.record(0)).toEqual({ n: null, d: null, l: null, f: null });
    expect(table.record(1)).toEqual({ n: null, d: null, l: null, f: -0.125 });
    expect(table.record(2)).toEqual({ n: null, d: null, l: null, f: 1000 });
    expect(problems.items.map((p) => [p.code, p.feature, p.field, p.params?.value])).toEqual([
      ['dbf-value-invalid', 0, 'n', '12a'],
      ['dbf-value-invalid', 0, 'd', '20240231'],
      ['dbf-value-invalid', 0, 'l', 'X'],
      ['dbf-value-invalid', 0, 'f', '1,5'],
    ]);
  });

  it('reads N with decimals, or wider than 15 digits, as numbers and narrower N without decimals as integers', () => {
    const table = readDbf({ dbfName: 'a.dbf', bytes: dbf([{ name: 'i', type: 'N', length: 15 }, { name: 'big', type: 'N', length: 18 }, { name: 'r', type: 'N', length: 8, decimals: 2 }], [[42, '123456789012345678', 3.25]]) }, new ProblemList())!;
    expect(table.fields.map((f) => [f.name, f.type])).toEqual([['i', 'integer'], ['big', 'number'], ['r', 'number']]);
    expect(table.record(0)).toEqual({ i: 42, big: 123456789012345680, r: 3.25 });
  });

  it('skips field types it does not read, with a warning naming them', () => {
    const bytes = dbf([{ name: 'code', type: 'C', length: 3 }, { name: 'memo', type: 'N', length: 4 }], [['A', 1]]);
    bytes[32 + 32 + 11] = 'M'.charCodeAt(0); // the second field becomes a memo field
    const problems = new ProblemList();
    const table = readDbf({ dbfName: 'a.dbf', bytes }, problems)!;
    expect(table.fields.map((f) => f.name)).toEqual(['code']);
    expect(table.record(0)).toEqual({ code: 'A' });
    expect(problems.items.map((p) => [p.code, p.field, p.params?.type])).toEqual([['dbf-field-unsupported', 'memo', 'M']]);
  });

  it('decodes per .cpg, per language driver, or by trying UTF-8 first', () => {
    const fields: FieldSpec[] = [{ name: 'naam', type: 'C', length: 20 }];
    const cp1252 = dbf(fields, [['Één € –']], { encode: encodeWindows1252 });
    const cases: [string | undefined, number, string][] = [
      ['ANSI 1252', 0, 'windows-1252'],
      ['ISO-8859-1', 0, 'windows-1252'],
      ['CP1252', 0, 'windows-1252'],
      [undefined, 0x03, 'windows-1252'],
      [undefined, 0x57, 'windows-1252'],
    ];
    for (const [cpg, ldid, encoding] of cases) {
      const bytes = cp1252.slice();
      bytes[29] = ldid;
      const problems = new ProblemList();
      const table = readDbf({ dbfName: 'a.dbf', bytes, ...(cpg !== undefined ? { cpg } : {}) }, problems)!;
      expect([cpg, table.encoding, table.record(0).naam]).toEqual([cpg, encoding, 'Één € –']);
      expect(problems.items).toEqual([]);
    }
  });

  it('warns about an unknown .cpg and still decodes', () => {
    const problems = new ProblemList();
    const table = readDbf({ dbfName: 'a.dbf', cpgName: 'a.cpg', bytes: dbf([{ name: 'naam', type: 'C', length: 10 }], [['Één']]), cpg: 'EBCDIC' }, problems)!;
    expect(table.record(0).naam).toBe('Één');
    expect(problems.items.map((p) => [p.code, p.file, p.params?.encoding])).toEqual([['dbf-encoding-unknown', 'a.cpg', 'EBCDIC']]);
  });

  it('falls back to Windows-1252 when UTF-8 is cut off inside a character', () => {
    // 'é' is two bytes in UTF-8; a field of 2 bytes holding 'aé' keeps only its first byte.
    const problems = new ProblemList();
    const table = readDbf({ dbfName: 'a.dbf', bytes: dbf([{ name: 'n', type: 'C', length: 2 }], [['aé']]) }, problems)!;
    expect(table.encoding).toBe('windows-1252');
    expect(problems.items.map((p) => p.code)).toEqual(['dbf-encoding-fallback']);
  });

  it('refuses a header that does not add up', () => {
    const bytes = dbf([{ name: 'n', type: 'C', length: 2 }], [['a'], ['b']]);
    const problems = new ProblemList();
    expect(readDbf({ dbfName: 'a.dbf', bytes: bytes.subarray(0, bytes.length - 4) }, problems)).toBeNull();
    expect(problems.items.map((p) => p.code)).toEqual(['dbf-corrupt']);
  });

  it('dbf-with-over-1000-fields-is-refused: dbf-too-many-fields (nl, en); 1,000 fields are read', () => {
    const fields = (n: number): FieldSpec[] => Array.from({ length: n }, (_, i) => ({ name: `f${i}`, type: 'N' as const, length: 3 }));
    const problems = new ProblemList();
    expect(readDbf({ dbfName: 'breed.dbf', bytes: dbf(fields(1_001), [Array.from({ length: 1_001 }, () => 1)]) }, problems)).toBeNull();
    expect(problems.items).toMatchObject([{ severity: 'error', code: 'dbf-too-many-fields', file: 'breed.dbf', params: { max: 1_000 } }]);
    expect(describeProblem(problems.items[0]!, 'nl').message).toBe('De attributentabel (.dbf) heeft meer dan 1.000 velden; Wijkzicht leest er hoogstens 1.000, dus de laag werd niet gelezen.');
    const ok = readDbf({ dbfName: 'breed.dbf', bytes: dbf(fields(1_000), [Array.from({ length: 1_000 }, () => 1)]) }, new ProblemList());
    expect(ok!.fields).toHaveLength(1_000);
  });

  it('dbf-text-field-over-32767-characters-is-refused: a FoxPro wide field of 40,000 bytes is dbf-field-too-long naming the field', () => {
    const bytes = dbf([{ name: 'naam', type: 'C', length: 10 }], [['Heule']]);
    // The first descriptor's length and decimals bytes: FoxPro reads a C field as decimals × 256 + length.
    bytes[32 + 16] = 40_000 & 0xff;
    bytes[32 + 17] = 40_000 >> 8;
    const problems = new ProblemList();
    expect(readDbf({ dbfName: 'wijd.dbf', bytes }, problems)).toBeNull();
    expect(problems.items).toMatchObject([{ code: 'dbf-field-too-long', field: 'naam', params: { field: 'naam', length: 40_000, max: 32_767 } }]);
    expect(describeProblem(problems.items[0]!, 'en').message).toBe('Field naam of the attribute table (.dbf) is 40,000 characters wide, more than the 32,767 Wijkzicht reads; the layer was not read.');
  });
});
