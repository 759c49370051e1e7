import { formatNumber, type Language } from '../../shared/i18n/i18n';
import type { ValueFormat } from './map-colouring';

/**
 * A value as the legend and tooltip write it, per locale (nl-BE: 1.234,5): rates with one decimal (two
 * under 10), shares as percentages, indices with two decimals, FTE differences signed.
 *
 * @example
 * formatValue(0.4567, { kind: 'share' }, 'nl') // '45,7 %'
 */
export function formatValue(value: number, format: ValueFormat, language: Language, digits?: number): string {
  switch (format.kind) {
    case 'share':
      return `${formatNumber(language, value * 100, digits ?? 1)} %`;
    case 'index':
      return formatNumber(language, value, digits ?? 2);
    case 'fte-difference':
      return `${value > 0 ? '+' : ''}${formatNumber(language, value, digits ?? 1)}`;
    case 'count':
      return formatNumber(language, value, digits ?? (Number.isInteger(value) ? 0 : 1));
    case 'caseload':
    case 'fte-per-1000':
      return formatNumber(language, value, digits ?? (Math.abs(value) < 10 ? 2 : 1));
    case 'rate':
      return formatNumber(language, value, digits);
  }
}

/**
 * A legend class as text: "12,3 – 20,1", or one value where the class holds one (`single`) or its two
 * ends read the same once written ("64,4", never "64,4 – 64,4"). Legend, exports and charts use it.
 *
 * @example
 * formatClassRange({ low: 64.4, high: 64.4, single: true }, (x) => formatValue(x, { kind: 'index' }, 'nl', 1)) // '64,4'
 */
export function formatClassRange(range: { readonly low: number; readonly high: number; readonly single?: boolean }, write: (value: number) => string): string {
  const low = write(range.low);
  const high = write(range.high);
  return range.single === true || low === high ? low : `${low} – ${high}`;
}
