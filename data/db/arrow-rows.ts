import * as arrow from 'apache-arrow';
import type { Row, TableColumn } from './database';
import { checkColumnLengths } from './database';

/**
 * Minimal structural view of an Arrow table returned by DuckDB-WASM. DuckDB-WASM bundles its own copy
 * of apache-arrow, so `instanceof` checks against our copy would fail: we only rely on the shape.
 */
interface ArrowLikeTable {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: { readonly typeId: number; readonly scale?: number } }[] };
  getChildAt(index: number): ArrowLikeVector | null;
}

/** A column: its values in order (iterable, as Arrow's vectors are), and its chunks when it has them. */
interface ArrowLikeVector extends Iterable<unknown> {
  get(row: number): unknown;
  readonly data?: readonly ArrowLikeData[];
}

/** One chunk of a column, as far as the fast paths read it. */
interface ArrowLikeData {
  readonly offset: number;
  readonly length: number;
  readonly nullCount: number;
  readonly values?: unknown;
  readonly valueOffsets?: Int32Array;
  getValid(index: number): boolean;
}

/** Arrow's type ids (apache-arrow's `Type`; DuckDB-WASM bundles its own copy of the library). */
const INT = 2;
const FLOAT = 3;
const UTF8 = 5;

type NumberArray = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;
const isNumberArray = (v: unknown): v is NumberArray =>
  v instanceof Int8Array || v instanceof Int16Array || v instanceof Int32Array || v instanceof Uint8Array || v instanceof Uint16Array || v instanceof Uint32Array || v instanceof Float32Array || v instanceof Float64Array;

/**
 * The numbers of one integer or floating-point column into `out` from `start`, read from each chunk's typed
 * array (64-bit integers from their two 32-bit halves, exact up to 2^53, beyond which `Number(bigint)` rounds
 * the same way), not through a `BigInt` per value. Returns false (nothing written) when a chunk is not laid
 * out as expected (sliced, another array type), so that the caller reads the column value by value.
 */
function readNumberColumn(vector: ArrowLikeVector, typeId: number, out: unknown[], start: number): boolean {
  const chunks = vector.data;
  if (!chunks) return false;
  for (const d of chunks) {
    if (d.offset !== 0) return false;
    const v = d.values;
    const wide = v instanceof BigInt64Array || v instanceof BigUint64Array;
    if (!(typeId === INT ? wide || (isNumberArray(v) && !(v instanceof Float32Array) && !(v instanceof Float64Array)) : v instanceof Float32Array || v instanceof Float64Array)) return false;
  }
  let k = start;
  for (const data of chunks) {
    const values = data.values as NumberArray | BigInt64Array | BigUint64Array;
    const nulls = data.nullCount > 0;
    if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
      const halves = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
      const signed = values instanceof BigInt64Array;
      for (let i = 0; i < data.length; i++) {
        if (nulls && !data.getValid(i)) {
          out[k++] = null;
          continue;
        }
        const low = halves[2 * i]!;
        const high = halves[2 * i + 1]!;
        const exact = signed ? high < 0x200000 || high >= 0xffe00000 : high < 0x200000;
        out[k++] = exact ? (signed && high >= 0x80000000 ? (high - 0x100000000) * 0x100000000 + low : high * 0x100000000 + low) : Number(values[i]!);
      }
    } else {
      for (let i = 0; i < data.length; i++) out[k++] = nulls && !data.getValid(i) ? null : values[i]!;
    }
  }
  return true;
}
const decoder = new TextDecoder();

/**
 * The strings of one UTF-8 column into `out` from `start`. A chunk whose bytes are all ASCII is decoded at
 * once and cut at its offsets (one decode instead of one per value: the per-value decode was most of the
 * time of reading 20,000 rows); any other chunk, or one sliced at an offset, is read value by value. Returns
 * false (nothing written) when the column has no chunks to read this way.
 */
function readUtf8Column(vector: ArrowLikeVector, out: unknown[], start: number): boolean {
  const chunks = vector.data;
  if (!chunks || chunks.some((d) => d.offset !== 0 || !(d.values instanceof Uint8Array) || !d.valueOffsets)) return false;
  let k = start;
  for (const data of chunks) {
    const values = data.values as Uint8Array;
    const offsets = data.valueOffsets!;
    const from = offsets[0]!;
    const bytes = values.subarray(from, offsets[data.length]);
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i]! > 127) {
        ascii = false;
        break;
      }
    }
    const all = ascii ? decoder.decode(bytes) : null;
    for (let i = 0; i < data.length; i++) {
      if (data.nullCount > 0 && !data.getValid(i)) out[k++] = null;
      else out[k++] = all !== null ? all.slice(offsets[i]! - from, offsets[i + 1]! - from) : decoder.decode(values.subarray(offsets[i], offsets[i + 1]));
    }
  }
  return true;
}

/** One column's values in row order, read chunk by chunk (not `get(row)`, which looks the chunk up each time). */
function columnValues(vector: ArrowLikeVector | null, typeId: number, rows: number): unknown[] {
  const out: unknown[] = new Array(rows);
  if (!vector) return out;
  if (typeId === UTF8 && readUtf8Column(vector, out, 0)) return out;
  if ((typeId === INT || typeId === FLOAT) && readNumberColumn(vector, typeId, out, 0)) return out;
  let k = 0;
  for (const value of vector) out[k++] = value;
  return out;
}

/** Converts one Arrow cell to a plain JS value. */
function toPlain(value: unknown, scale: number | undefined): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value) && value instanceof Uint32Array) {
    // DECIMAL / HUGEINT arrive as little-endian 32-bit words (two's complement).
    let big = 0n;
    for (let i = value.length - 1; i >= 0; i--) big = (big << 32n) + BigInt(value[i]!);
    const bits = BigInt(value.length * 32);
    if (value.length > 0 && (value[value.length - 1]! & 0x80000000) !== 0) big -= 1n << bits;
    return Number(big) / 10 ** (scale ?? 0);
  }
  return String(value);
}

/** Turns a DuckDB result table into plain rows. */
export function arrowTableToRows<R extends Row>(table: ArrowLikeTable): R[] {
  const fields = table.schema.fields;
  const count = table.numRows; // a getter that sums the batches: read once
  const columns = fields.map((field, i) => columnValues(table.getChildAt(i), field.type.typeId, count));
  const rows: R[] = new Array(count);
  for (let r = 0; r < count; r++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      const field = fields[c]!;
      row[field.name] = toPlain(columns[c]![r], field.type.scale);
    }
    rows[r] = row as R;
  }
  return rows;
}

/**
 * Builds one Arrow column directly from buffers. Arrow's builders compile a null-check with
 * `new Function`, which the app's Content-Security-Policy (no 'unsafe-eval') forbids, so the validity
 * bitmap, offsets and values are laid out here by hand.
 */
function columnToVector(column: TableColumn): arrow.Vector {
  const values = column.values;
  const length = values.length;
  const nullBitmap = new Uint8Array(Math.ceil(length / 8));
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (values[i] === null || values[i] === undefined) nullCount++;
    else nullBitmap[i >> 3]! |= 1 << (i & 7);
  }
  const common = { length, nullCount, nullBitmap: nullCount > 0 ? nullBitmap : null };
  switch (column.type) {
    case 'integer': {
      const data = new Int32Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (v === null || v === undefined) continue;
        if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`Column ${column.name}, row ${i}: ${String(v)} is not an integer`);
        data[i] = v;
      }
      return arrow.makeVector(arrow.makeData({ type: new arrow.Int32(), data, ...common }));
    }
    case 'number': {
      const data = new Float64Array(length);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (v === null || v === undefined) continue;
        if (typeof v !== 'number') throw new Error(`Column ${column.name}, row ${i}: ${String(v)} is not a number`);
        data[i] = v;
      }
      return arrow.makeVector(arrow.makeData({ type: new arrow.Float64(), data, ...common }));
    }
    case 'boolean': {
      const data = new Uint8Array(Math.ceil(length / 8));
      for (let i = 0; i < length; i++) if (values[i] === true) data[i >> 3]! |= 1 << (i & 7);
      return arrow.makeVector(arrow.makeData({ type: new arrow.Bool(), data, ...common }));
    }
    case 'string': {
      const encoder = new TextEncoder();
      const parts: Uint8Array[] = new Array(length);
      const valueOffsets = new Int32Array(length + 1);
      let total = 0;
      for (let i = 0; i < length; i++) {
        const v = values[i];
        const bytes = v === null || v === undefined ? new Uint8Array(0) : encoder.encode(String(v));
        parts[i] = bytes;
        total += bytes.length;
        valueOffsets[i + 1] = total;
      }
      const data = new Uint8Array(total);
      for (let i = 0; i < length; i++) data.set(parts[i]!, valueOffsets[i]);
      return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), data, valueOffsets, ...common }));
    }
  }
}

/** Serialises column-major data as an Arrow IPC stream for `insertArrowFromIPCStream`. */
export function columnsToArrowIpc(table: string, columns: readonly TableColumn[]): Uint8Array {
  checkColumnLengths(table, columns);
  const vectors: Record<string, arrow.Vector> = {};
  for (const column of columns) {
    if (column.name in vectors) throw new Error(`Table ${table}: duplicate column ${column.name}`);
    vectors[column.name] = columnToVector(column);
  }
  return arrow.tableToIPC(new arrow.Table(vectors), 'stream');
}
