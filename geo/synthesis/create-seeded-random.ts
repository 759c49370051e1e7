/**
 * A small, fast, deterministic pseudo-random number generator: **mulberry32** (Tommy Ettinger, public
 * domain). Each call of the returned function advances a 32-bit state by the odd constant 0x6D2B79F5 and
 * scrambles it with two multiply-xorshift rounds; the result is a float in [0, 1) with 32 random bits.
 * Period 2^32, which is plenty for generating a demo town. Only integer operations (`Math.imul`, shifts)
 * are used, so the sequence is the same in every JavaScript engine — use it wherever output must be
 * byte-for-byte reproducible (never `Math.random`).
 *
 * The seed must be a safe integer; it is reduced modulo 2^32 (so `seed` and `seed + 2 ** 32` give the same
 * sequence).
 *
 * @example
 * const random = createSeededRandom(20240101);
 * const a = random(); // always the same first value for this seed, 0 <= a < 1
 */
export function createSeededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new TypeError(`seed must be a safe integer, got ${String(seed)}`);
  }
  let state = ((seed % 0x1_0000_0000) + 0x1_0000_0000) % 0x1_0000_0000;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}
