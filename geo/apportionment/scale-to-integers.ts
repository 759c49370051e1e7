/**
 * Exact integer forms of decimal numbers, for arithmetic without floating-point error. Every value is read
 * as the shortest decimal that prints it (JavaScript's `String(value)`: `0.1` is "0.1", not
 * 0.1000000000000000055…) and all values are multiplied by the same power of ten, the smallest that makes
 * every one of them whole. Ratios, sums and divisibility of the results are then exact: `0.3` is exactly
 * three times `0.1` here, as the user wrote them.
 *
 * Throws a RangeError for a value that is not finite.
 *
 * @example
 * scaleToIntegers([0.1, 0.25, 3])  // [10n, 25n, 300n]   (all × 100)
 * scaleToIntegers([77, 0.5])       // [770n, 5n]         (so 77 is exactly 154 × 0.5)
 * scaleToIntegers([1.5e-7, -2])    // [15n, -200000000n] (all × 10^8)
 */
export function scaleToIntegers(values: readonly number[]): bigint[] {
  const parsed = values.map((value, i) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`values[${i}] must be a finite number, got ${String(value)}`);
    return readDecimal(value);
  });
  if (parsed.length === 0) return [];
  let exponent = Infinity;
  for (const p of parsed) if (p.exponent < exponent) exponent = p.exponent;
  // One power of ten per distinct exponent (most values share a few).
  const powers = new Map<number, bigint>();
  return parsed.map((p) => {
    const shift = p.exponent - exponent;
    let power = powers.get(shift);
    if (power === undefined) powers.set(shift, (power = 10n ** BigInt(shift)));
    return p.digits * power;
  });
}

/** `value` = digits × 10^exponent, from the shortest decimal that prints it ("1.5e-7" → 15 × 10^-8). */
function readDecimal(value: number): { digits: bigint; exponent: number } {
  const [mantissa = '0', exponentText = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction);
  return { digits: value < 0 ? -digits : digits, exponent: Number(exponentText) - fraction.length };
}
