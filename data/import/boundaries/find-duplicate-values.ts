import type { BoundaryLayer } from './boundary-layer';

export interface DuplicateValue {
  readonly value: string;
  /** Source-file indices (as in problems) of the features sharing the value, in file order. */
  readonly features: readonly number[];
}

/**
 * Values of property `field` that more than one feature of a layer carries (compared as text; empty
 * values are not counted), for the duplicate-code check once the code column is chosen.
 *
 * @example
 * findDuplicateValues(layer, 'geoitem'); // [{ value: '34022W08', features: [412, 413] }]
 */
export function findDuplicateValues(layer: BoundaryLayer, field: string): DuplicateValue[] {
  if (typeof field !== 'string' || field === '') throw new TypeError('field must be a non-empty string');
  const seen = new Map<string, number[]>();
  layer.features.forEach((feature, i) => {
    const value = feature.properties[field];
    if (value === null || value === undefined || value === '') return;
    const key = String(value);
    const list = seen.get(key);
    const index = layer.sourceIndex[i] ?? i;
    if (list === undefined) seen.set(key, [index]);
    else list.push(index);
  });
  return [...seen].filter(([, features]) => features.length > 1).map(([value, features]) => ({ value, features }));
}
