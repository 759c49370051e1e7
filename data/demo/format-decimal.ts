/**
 * Formats a number for CSV output deterministically: at most `maxDecimals` decimals (`toFixed`, which the
 * ECMAScript spec defines exactly), trailing zeros and a trailing point removed, never `-0`. Integers come
 * out without a decimal point (`14.50` → `14.5`, `6.0` → `6`), as in the Kortrijk package.
 *
 * @example
 * formatDecimal(14.5, 1); // '14.5'
 * formatDecimal(0.28991, 4); // '0.2899'
 * formatDecimal(-0.00001, 2); // '0'
 */
export function formatDecimal(value: number, maxDecimals: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`value must be a finite number, got ${String(value)}`);
  if (!Number.isInteger(maxDecimals) || maxDecimals < 0 || maxDecimals > 20) {
    throw new RangeError(`maxDecimals must be an integer in 0..20, got ${maxDecimals}`);
  }
  let text = value.toFixed(maxDecimals);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}
