import { describe, expect, it } from 'vitest';
import type { AreaLevel, Centre } from '../../../../../data/package/model';
import { readPackage } from '../../../../../data/package/read-package';
import { openNodePackageSource } from '../../../../../data/package/sources/node-folder-source';
import { buildPlaceIndex, normaliseSearchText, searchPlaces } from '../../../../../renderer/features/explorer/search/search-places';
import { hasKortrijk, KORTRIJK_DIR } from '../../../../helpers/shared-data';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 50.8], [x + 0.01, 50.8], [x + 0.01, 50.81], [x, 50.81], [x, 50.8]]] });
const level = (id: string, names: string[]): AreaLevel =>
  ({
    level: id,
    resource: {} as never,
    areas: { type: 'FeatureCollection', features: names.map((name, i) => ({ type: 'Feature', properties: { code: `${id}-${i}`, name, level: id }, geometry: square(3.2 + i * 0.01) })) },
  });
const centre = (id: string, name: string, teamId: string | null): Centre => ({ id, name, teamId, address: null, lon: 3.25, lat: 50.83, locationQuality: null });

// Finest level first, as packages list them.
const pkg = {
  levels: [
    level('sector', ['Heule - Ieperstraat', 'Heulebos', 'Vredelaan - Heule', 'Sint-Élooi', 'Overleie']),
    level('wijk', ['Heule Centrum', 'Centrum', 'Rollegem']),
    level('deelgemeente', ['Heule', 'Kortrijk']),
    level('municipality', ['Kortrijk']),
  ],
  centres: [centre('zeven', 'Wijkcentrum De Zevenkamer', 'heule'), centre('overleie', 'Buurtwerk Overleie', 'noord')],
};
const index = buildPlaceIndex(pkg);
const names = (q: string) => searchPlaces(index, q).map((p) => (p.kind === 'area' ? `${p.level}:${p.name}` : `centre:${p.name}`));

describe('search text', () => {
  it('drops accents, case and punctuation', () => {
    expect(normaliseSearchText('Sint-Élooi  (Kortrijk)')).toBe('sint elooi kortrijk');
    expect(normaliseSearchText('  Coördinatie, Zwevegem! ')).toBe('coordinatie zwevegem');
    expect(() => normaliseSearchText(3 as never)).toThrow(TypeError);
  });
});

describe('searchPlaces', () => {
  it('finds every level, the whole name first, then name starts, then word starts, coarser levels first', () => {
    expect(names('Heule')).toEqual(['deelgemeente:Heule', 'wijk:Heule Centrum', 'sector:Heule - Ieperstraat', 'sector:Heulebos', 'sector:Vredelaan - Heule']);
  });
  it('is accent- and case-insensitive in both directions', () => {
    expect(names('sint elooi')).toEqual(['sector:Sint-Élooi']);
    expect(names('SINT-ÉLOOI')).toEqual(['sector:Sint-Élooi']);
    expect(names('élooi')).toEqual(['sector:Sint-Élooi']);
  });
  it('finds centres by name, and by "locatie" or "location" with a name', () => {
    expect(names('zevenkamer')).toEqual(['centre:Wijkcentrum De Zevenkamer']);
    expect(names('overleie')).toEqual(['sector:Overleie', 'centre:Buurtwerk Overleie']);
    expect(names('locatie overleie')).toEqual(['centre:Buurtwerk Overleie']);
    expect(names('location overleie')).toEqual(['centre:Buurtwerk Overleie']);
  });
  it('narrows by a level name in Dutch or English', () => {
    expect(names('wijk heule')).toEqual(['wijk:Heule Centrum']);
    expect(names('neighbourhood centrum')).toEqual(['wijk:Centrum', 'wijk:Heule Centrum']);
    expect(names('gemeente kortrijk')).toEqual(['municipality:Kortrijk']);
    expect(names('municipality kortrijk')).toEqual(['municipality:Kortrijk', 'deelgemeente:Kortrijk']);
  });
  it('matches inside words from three letters, and nothing for an empty or unknown query', () => {
    expect(names('bos')).toEqual(['sector:Heulebos']);
    expect(names('eu')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('zwevegem')).toEqual([]);
    expect(names('wijk')).toEqual(['centre:Wijkcentrum De Zevenkamer']);
  });
  it('gives areas their bounding box and geometry, centres their position, and limits the list', () => {
    const [heule] = searchPlaces(index, 'heule');
    expect(heule).toMatchObject({ kind: 'area', id: 'deelgemeente-0', bbox: [3.2, 50.8, 3.21, 50.81] });
    expect(searchPlaces(index, 'zevenkamer')[0]).toMatchObject({ kind: 'centre', position: [3.25, 50.83], team: 'heule' });
    expect(searchPlaces(index, 'h', 2)).toHaveLength(2);
    expect(() => searchPlaces(index, 'x', 0)).toThrow(RangeError);
  });
});

describe.skipIf(!hasKortrijk)('searchPlaces on Kortrijk', () => {
  it('finds the deelgemeente Heule first, then its wijken and sectors, and the Heule location', async () => {
    const result = await readPackage(await openNodePackageSource(KORTRIJK_DIR));
    const kortrijk = buildPlaceIndex(result.pkg!);
    const found = searchPlaces(kortrijk, 'heule', 50);
    expect(found[0]).toMatchObject({ kind: 'area', level: 'deelgemeente', name: 'Heule' });
    const levels = found.filter((p) => p.kind === 'area').map((p) => (p as { level: string }).level);
    expect(levels).toContain('wijk');
    expect(levels).toContain('sector');
    expect(searchPlaces(kortrijk, 'zevenkamer')[0]).toMatchObject({ kind: 'centre' });
  });
});
