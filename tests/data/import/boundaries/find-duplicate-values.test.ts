import { describe, expect, it } from 'vitest';
import { findDuplicateValues } from '../../../../data/import/boundaries/find-duplicate-values';
import { fixtureFiles, read } from './fixture-files';

describe('findDuplicateValues', () => {
  it('lists values carried by more than one kept feature, with their source indices', () => {
    const layer = read(fixtureFiles('null-shape')).layers[0]!; // feature 0 refused, feature 1 kept
    const doubled = { ...layer, features: [...layer.features, ...layer.features], sourceIndex: [1, 7] };
    expect(findDuplicateValues(doubled, 'code')).toEqual([{ value: 'W01', features: [1, 7] }]);
    expect(findDuplicateValues(layer, 'code')).toEqual([]);
    expect(findDuplicateValues(doubled, 'missing')).toEqual([]);
    expect(() => findDuplicateValues(layer, '')).toThrow(TypeError);
  });
});
