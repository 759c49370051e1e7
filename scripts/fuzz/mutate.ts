/**
 * Deterministic mutations for the fuzzer: the same (seed, case) always gives the same bytes. Byte-level
 * mutations for any file; structural ones for JSON and CSV text so that cases get past the parser into the
 * checks behind it.
 */

import { createSeededRandom } from '../../geo/synthesis';

export type Rng = () => number;

/** The project's mulberry32 (`createSeededRandom`) seeded with a 32-bit hash of the seed and the case number. */
export function caseRng(seed: number, index: number): Rng {
  return createSeededRandom((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, max: number): number => Math.floor(rng() * max);

const INTERESTING_BYTES = [0x00, 0xff, 0x7f, 0x80, 0x01, 0x20, 0x22, 0x2c, 0x3b, 0x0a, 0x0d, 0x5b, 0x7b];
const INTERESTING_U32 = [0, 0xffffffff, 0x7fffffff, 0x80000000, 0x0000ffff, 0x00010000, 1, 2, 8, 0x40000000];

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** One byte-level mutation: flip bits, set interesting bytes or 32-bit integers, cut, delete, repeat, insert. */
export function mutateBytes(rng: Rng, input: Uint8Array): Uint8Array {
  if (input.length === 0) return new Uint8Array([pick(rng, INTERESTING_BYTES)]);
  const bytes = input.slice();
  const at = int(rng, bytes.length);
  const length = 1 + int(rng, Math.min(64, bytes.length - at));
  switch (int(rng, 8)) {
    case 0:
      for (let k = 1 + int(rng, 8); k > 0; k--) bytes[int(rng, bytes.length)]! ^= 1 << int(rng, 8);
      return bytes;
    case 1:
      for (let k = 1 + int(rng, 4); k > 0; k--) bytes[int(rng, bytes.length)] = pick(rng, INTERESTING_BYTES);
      return bytes;
    case 2: {
      if (bytes.length < 4) return bytes;
      const view = new DataView(bytes.buffer);
      view.setUint32(int(rng, bytes.length - 3), pick(rng, INTERESTING_U32), rng() < 0.5);
      return bytes;
    }
    case 3:
      return bytes.slice(0, at);
    case 4:
      return concat(bytes.subarray(0, at), bytes.subarray(at + length));
    case 5:
      return concat(bytes.subarray(0, at + length), bytes.subarray(at, at + length).slice(), bytes.subarray(at + length));
    case 6:
      return concat(bytes.subarray(0, at), Uint8Array.from({ length: 1 + int(rng, 16) }, () => int(rng, 256)), bytes.subarray(at));
    default:
      for (let k = 0; k < length; k++) bytes[at + k] = int(rng, 256);
      return bytes;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Values that break naive code: extremes, wrong types, empty and huge things, deep nesting. */
function interestingJson(rng: Rng): Json {
  switch (int(rng, 12)) {
    case 0: return null;
    case 1: return pick(rng, [0, -1, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e6, -0.5]);
    case 2: return pick(rng, ['', ' ', 'NaN', 'Infinity', '1e309', '-0', '0x1F', '__proto__', 'constructor']);
    case 3: return 'x'.repeat(1 + int(rng, 100_000));
    case 4: return [];
    case 5: return {};
    case 6: return rng() < 0.5;
    case 7: {
      // Deeply nested arrays (the depth that overflowed recursive walks).
      let value: Json = [0, 0];
      for (let d = 100 + int(rng, 200_000); d > 0; d--) value = [value];
      return value;
    }
    case 8: return Array.from({ length: 1 + int(rng, 5) }, () => [int(rng, 1000) - 500, int(rng, 1000) - 500]);
    case 9: return { type: pick(rng, ['Polygon', 'MultiPolygon', 'Point', 'FeatureCollection', 'Feature']), coordinates: pick(rng, [[], [[]], [[[0, 0]]], 1, 'x']) };
    case 10: return pick(rng, ['Polygon', 'Feature', 'EPSG:31370', 'urn:ogc:def:crs:EPSG::3812', 'integer', 'number', 'string']);
    default: return int(rng, 10);
  }
}

/** Every container in the JSON tree with the keys of its members (an iterative walk: no deep recursion). */
function containers(root: Json): { holder: Json[] | { [key: string]: Json }; key: string | number }[] {
  const found: { holder: Json[] | { [key: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0 && found.length < 50_000) {
    const node = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      found.push({ holder: node, key });
      stack.push((node as Record<string | number, Json>)[key]!);
    }
  }
  return found;
}

/** One structural JSON mutation (replace, delete, duplicate or retype a member); bytes if it does not parse. */
export function mutateJson(rng: Rng, input: Uint8Array): Uint8Array {
  let root: Json;
  try {
    root = JSON.parse(new TextDecoder().decode(input)) as Json;
  } catch {
    return mutateBytes(rng, input);
  }
  const slots = containers(root);
  if (slots.length === 0) return mutateBytes(rng, input);
  const { holder, key } = pick(rng, slots);
  const record = holder as Record<string | number, Json>;
  const choice = int(rng, 5);
  if (choice === 0 && Array.isArray(holder)) holder.splice(Number(key), 1);
  else if (choice === 0) delete record[key];
  else if (choice === 1 && Array.isArray(holder)) holder.splice(Number(key), 0, ...Array.from({ length: 1 + int(rng, 50) }, () => holder[Number(key)]!));
  else if (choice === 2 && typeof record[key] === 'number') record[key] = String(record[key]);
  else if (choice === 2 && typeof record[key] === 'string' && !Number.isNaN(Number(record[key]))) record[key] = Number(record[key]);
  else record[key] = interestingJson(rng);
  try {
    return new TextEncoder().encode(JSON.stringify(root));
  } catch {
    return mutateBytes(rng, input); // nesting too deep for JSON.stringify itself
  }
}

const CSV_FIELDS = ['"', '""', '"a""b', ';', ',', '\t', '1e309', '-0', '12,5', '1.234,5', '=1+1', '#N/A', '-', '', ' ', '\u00a0', '\ufeff', 'é', '\r'];

/**
 * The header made huge, as issue 15.5 found it (a 5 MB header became an indicator label): one name past the
 * 256-character limit (up to 2 MB), hundreds to thousands of names around the 1,000-column limit, or a
 * quote never closed, which runs the rest of the file into one cell (data/formats/table/table-limits.ts).
 */
export function hugeHeader(rng: Rng, header: string): string {
  const separator = /[;,\t|]/.exec(header)?.[0] ?? ',';
  switch (int(rng, 3)) {
    case 0:
      return `${header}${separator}${'n'.repeat(200 + int(rng, 2_000_000))}`;
    case 1:
      return `${header}${Array.from({ length: 900 + int(rng, 3_000) }, (_, i) => `${separator}k${i}`).join('')}`;
    default:
      return `${header}${separator}"${'q'.repeat(int(rng, 100_000))}`;
  }
}

/** One CSV mutation: duplicate, drop or swap lines, change a field, change the line endings, a huge header. */
export function mutateCsv(rng: Rng, input: Uint8Array): Uint8Array {
  const lines = new TextDecoder().decode(input).split('\n');
  if (lines.length < 2) return mutateBytes(rng, input);
  const at = int(rng, lines.length);
  switch (int(rng, 7)) {
    case 0:
      lines.splice(at, 0, ...Array.from({ length: 1 + int(rng, 200) }, () => lines[at]!));
      break;
    case 1:
      lines.splice(at, 1);
      break;
    case 2: {
      const fields = lines[at]!.split(/([,;\t|])/);
      fields[int(rng, fields.length)] = rng() < 0.2 ? 'x'.repeat(int(rng, 200_000)) : pick(rng, CSV_FIELDS);
      lines[at] = fields.join('');
      break;
    }
    case 3:
      return new TextEncoder().encode(lines.join(pick(rng, ['\r\n', '\r', '\n\n'])));
    case 4:
      lines[at] = lines[at]!.split(/[,;\t|]/).join(pick(rng, [',', ';', '\t', '|', '']));
      break;
    case 5:
      lines[0] = hugeHeader(rng, lines[0]!);
      break;
    default:
      return mutateBytes(rng, input);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/** A mutation that suits the file by its name. */
export function mutateFile(rng: Rng, name: string, bytes: Uint8Array): Uint8Array {
  if (rng() < 0.3) return mutateBytes(rng, bytes);
  if (/\.(geo)?json$|\.wijkzicht$/i.test(name)) return mutateJson(rng, bytes);
  if (/\.(csv|tsv|txt)$/i.test(name)) return mutateCsv(rng, bytes);
  return mutateBytes(rng, bytes);
}
