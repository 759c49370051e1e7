/**
 * Branded units and identifiers used across `geo/`. A plain number cannot be passed where `Meters` is
 * expected without saying so (`meters(120)`), which keeps metres and kilometres from being mixed up.
 *
 * @example
 * const radius = kmToMeters(km(1.5)); // 1500 as Meters
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Meters = Brand<number, 'Meters'>;
export type Km = Brand<number, 'Km'>;
export type SquareKm = Brand<number, 'SquareKm'>;
/** A code identifying an area within one level, e.g. a Statbel sector code `34022A00-` or `34022W08`. */
export type AreaCode = Brand<string, 'AreaCode'>;
/** [longitude, latitude] in WGS84 degrees. */
export type LonLat = readonly [lon: number, lat: number];

function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
  return value;
}

export const meters = (value: number): Meters => finite(value, 'meters') as Meters;
export const km = (value: number): Km => finite(value, 'km') as Km;
export const squareKm = (value: number): SquareKm => finite(value, 'squareKm') as SquareKm;
export const kmToMeters = (value: Km): Meters => (value * 1000) as Meters;
export const metersToKm = (value: Meters): Km => (value / 1000) as Km;

export function areaCode(value: string): AreaCode {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError('area code must be a non-empty string');
  return value as AreaCode;
}
