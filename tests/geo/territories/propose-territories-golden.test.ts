import { describe, it } from 'vitest';
import { proposeTerritories, type ProposeTerritoriesOptions, type TerritoryInput } from '../../../geo/territories';
import { expectGolden, listGoldenCases, readGoldenInput } from '../golden';

describe('proposeTerritories (golden)', () => {
  for (const name of listGoldenCases('propose-territories')) {
    it(name, () => {
      const { input, options } = readGoldenInput<{ input: TerritoryInput; options: ProposeTerritoriesOptions }>('propose-territories', name);
      expectGolden('propose-territories', name, proposeTerritories(input, options));
    });
  }
});
