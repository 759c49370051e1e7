const bits = new Float64Array(1);
const words = new Int32Array(bits.buffer);

/** The 32-bit hash of the exact bits of x and y (so -0 and 0, or two NaNs of other bits, never collide as equal keys). */
function hashOf(x: number, y: number): number {
  bits[0] = x;
  let h = Math.imul(words[0]! ^ 0x9e3779b9, 0x85ebca6b) ^ words[1]!;
  bits[0] = y;
  h = Math.imul(h ^ words[0]!, 0xc2b2ae35) ^ words[1]!;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/**
 * Positions already transformed from one coordinate system, for `reprojectGeometry` to look up instead of
 * transforming them again: neighbouring areas share their boundary vertices, so a layer reprojected feature
 * by feature with one memo transforms most shared vertices once instead of twice. Keys are the exact
 * coordinates (`Object.is`: 0 and -0 are different positions). An open-addressing hash table in flat
 * typed arrays: no object per entry. One memo per source system.
 *
 * @example
 * const memo = new ReprojectionMemo();
 * memo.set(72000, 170000, 3.261434, 50.835189);
 * memo.get(72000, 170000); // [3.261434, 50.835189]
 * memo.get(72000, 170001); // undefined
 */
export class ReprojectionMemo {
  private keys = new Float64Array(2 * 1024);
  private values = new Float64Array(2 * 1024);
  private used = new Uint8Array(1024);
  private count = 0;

  /** The transformed position of (x, y), a new array, or undefined when it is not in the memo. */
  get(x: number, y: number): [number, number] | undefined {
    const mask = this.used.length - 1;
    for (let slot = hashOf(x, y) & mask; this.used[slot] === 1; slot = (slot + 1) & mask) {
      if (Object.is(this.keys[2 * slot], x) && Object.is(this.keys[2 * slot + 1], y)) return [this.values[2 * slot]!, this.values[2 * slot + 1]!];
    }
    return undefined;
  }

  /** Records that (x, y) transforms to (lon, lat). */
  set(x: number, y: number, lon: number, lat: number): void {
    if (2 * (this.count + 1) > this.used.length) this.grow();
    const mask = this.used.length - 1;
    let slot = hashOf(x, y) & mask;
    for (; this.used[slot] === 1; slot = (slot + 1) & mask) {
      if (Object.is(this.keys[2 * slot], x) && Object.is(this.keys[2 * slot + 1], y)) break;
    }
    if (this.used[slot] !== 1) this.count++;
    this.used[slot] = 1;
    this.keys[2 * slot] = x;
    this.keys[2 * slot + 1] = y;
    this.values[2 * slot] = lon;
    this.values[2 * slot + 1] = lat;
  }

  /** How many positions the memo holds. */
  get size(): number {
    return this.count;
  }

  private grow(): void {
    const { keys, values, used } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Float64Array(values.length * 2);
    this.used = new Uint8Array(used.length * 2);
    this.count = 0;
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] === 1) this.set(keys[2 * slot]!, keys[2 * slot + 1]!, values[2 * slot]!, values[2 * slot + 1]!);
    }
  }
}
