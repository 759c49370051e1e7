import { describe, expect, it } from 'vitest';
import { builtInIndex, builtInRecordCount, recordUrlOf } from '../../../../renderer/features/municipality/built-in-geography';
import { searchMunicipalities } from '../../../../renderer/features/municipality/search-municipalities';

const all = builtInIndex().municipalities;

describe('the built-in municipalities in the renderer', () => {
  it('ships a record for every municipality of the index (304 for Flanders and Brussels)', () => {
    expect(all).toHaveLength(304);
    expect(builtInRecordCount()).toBe(304);
    for (const m of all) expect(recordUrlOf(m), m.name).toMatch(new RegExp(`${m.nis}.*\\.json\\.gz$`));
  });

  it('finds by NIS code first, exactly', () => {
    expect(searchMunicipalities(all, '34022')[0]?.name).toBe('Kortrijk');
    expect(searchMunicipalities(all, ' 41002 ')[0]?.name).toBe('Aalst');
  });

  it('ranks names that start with the query before names that merely contain it, each by name', () => {
    const names = searchMunicipalities(all, 'kort', 20).map((m) => m.name);
    expect(names.slice(0, 4)).toEqual(['Kortemark', 'Kortenaken', 'Kortenberg', 'Kortrijk']);
  });

  it('ignores case, accents and hyphens', () => {
    expect(searchMunicipalities(all, 'sint niklaas').map((m) => m.name)).toContain('Sint-Niklaas');
    expect(searchMunicipalities(all, 'SINT-NIKLAAS')[0]?.name).toBe('Sint-Niklaas');
  });

  it('matches a word inside a name (Oud-Heverlee from "heverlee")', () => {
    expect(searchMunicipalities(all, 'heverlee').map((m) => m.name)).toContain('Oud-Heverlee');
  });

  it('returns nothing for a name that is not there, and all by name for an empty query', () => {
    expect(searchMunicipalities(all, 'Atlantis')).toEqual([]);
    expect(searchMunicipalities(all, 'Kortrik')).toEqual([]);
    const first = searchMunicipalities(all, '', 3).map((m) => m.name);
    expect(first[0]).toBe('Aalst');
    expect(() => searchMunicipalities(all, 'a', 0)).toThrow(RangeError);
  });
});
