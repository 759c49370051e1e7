/**
 * Derives an independent 32-bit seed for one named stage of the demo generator ("outline", "sectors-0",
 * "indicators", …) from the package seed, so that changing how much randomness one stage consumes does not
 * shift the numbers of every later stage. FNV-1a over the label, mixed with the seed by a murmur3-style
 * finaliser; integer arithmetic only, identical in every JavaScript engine.
 *
 * @example
 * const random = createSeededRandom(deriveSeed(20240101, 'outline'));
 */
export function deriveSeed(seed: number, label: string): number {
  if (!Number.isSafeInteger(seed)) throw new TypeError(`seed must be a safe integer, got ${String(seed)}`);
  if (typeof label !== 'string' || label === '') throw new TypeError('label must be a non-empty string');
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const low = ((seed % 0x1_0000_0000) + 0x1_0000_0000) % 0x1_0000_0000;
  let h = (hash ^ low ^ Math.imul(Math.floor(seed / 0x1_0000_0000) | 0, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
