import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipLimitError, unzipCapped } from '../../../../data/formats';

const zeros = (n: number) => new Uint8Array(n);
const refusal = (run: () => unknown): ZipLimitError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ZipLimitError) return error;
    throw error;
  }
  throw new Error('not refused');
};

/** Rewrites the declared uncompressed size of every entry (local header and central directory). */
function lieAboutSizes(archive: Uint8Array, declared: number): Uint8Array {
  const out = archive.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return out;
}

describe('unzipCapped', () => {
  const archive = zipSync({ 'cijfers.csv': strToU8('code;waarde\r\nA;1\r\n'), 'areas/w.geojson': strToU8('{}'), '__MACOSX/._x': zeros(3), 'map/': new Uint8Array(0) });

  it('unpacks what the filter keeps, without folders and macOS forks', () => {
    const files = unzipCapped(archive);
    expect(Object.keys(files).sort()).toEqual(['areas/w.geojson', 'cijfers.csv']);
    expect(new TextDecoder().decode(files['cijfers.csv'])).toBe('code;waarde\r\nA;1\r\n');
    expect(Object.keys(unzipCapped(archive, { filter: (n) => n.endsWith('.csv') }))).toEqual(['cijfers.csv']);
  });

  // What broke: the readers trusted the declared sizes (a 128-byte zip could claim 4 GiB and be allocated).
  it('counts real inflated bytes: a small archive that inflates past the cap is refused, naming the entry', () => {
    const bomb = zipSync({ 'zeros.bin': zeros(8 * 1024 ** 2) }, { level: 9 });
    expect(bomb.length).toBeLessThan(20_000);
    const error = refusal(() => unzipCapped(bomb, { limits: { maxEntryBytes: 1024 ** 2 } }));
    expect(error).toMatchObject({ kind: 'entry-too-large', entry: 'zeros.bin', aboutSize: true });
    const total = refusal(() => unzipCapped(zipSync({ a: zeros(600_000), b: zeros(600_000) }), { limits: { maxTotalBytes: 1_000_000 } }));
    expect(total).toMatchObject({ kind: 'total-too-large', entry: 'b' });
  });

  it('ignores a declared size (4 GiB claimed, a few bytes real) and reads the real content', () => {
    const lying = lieAboutSizes(zipSync({ 'a.csv': strToU8('x;y\r\n') }, { level: 0 }), 0xffff_fff0);
    expect(new TextDecoder().decode(unzipCapped(lying)['a.csv'])).toBe('x;y\r\n');
  });

  it('refuses too many entries, a damaged or cut archive, and bytes that are no zip', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.txt`, strToU8('x')])));
    expect(refusal(() => unzipCapped(many, { limits: { maxEntries: 10 } }))).toMatchObject({ kind: 'too-many-entries', aboutSize: true });
    let seed = 7;
    const noise = Uint8Array.from({ length: 200_000 }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    });
    const big = zipSync({ 'a.txt': noise });
    expect(big.length).toBeGreaterThan(100_000);
    expect(refusal(() => unzipCapped(big.subarray(0, 50_000)))).toMatchObject({ kind: 'damaged', entry: 'a.txt' });
    expect(refusal(() => unzipCapped(strToU8('code;waarde'))).kind).toBe('not-a-zip');
    expect(() => unzipCapped('PK' as unknown as Uint8Array)).toThrow(TypeError);
  });
});
