/**
 * Invented Dutch-sounding names for the fictional town Demostad. They are assembled from common Flemish
 * place-name parts and are not meant to point at any real place; the package says everywhere that all of
 * it is fictional.
 */

export const DEMO_MUNICIPALITY = { nis5: '99999', name: 'Demostad', postcode: '9999' } as const;

/** Names for the three village deelgemeenten (three are drawn per seed). */
export const VILLAGE_NAMES: readonly string[] = [
  'Oudebeke', 'Wilgendaal', 'Kraaiendonk', 'Eikelbroek', 'Lindeveld', 'Molenbrugge', 'Hazelhoven', 'Brakelveld',
];

/** Names for the wijken of the town itself around "Centrum". */
export const TOWN_WIJK_NAMES: readonly string[] = [
  'Stationswijk', 'Molenhoek', 'Vijverpark', 'Kouterwijk', 'Lindenhof', 'Bloemenwijk', 'Hoogveld', 'Kasteelwijk', 'Meersenwijk', 'Spoorwegwijk',
];

/** Second wijk of a village: "<village> <suffix>". */
export const VILLAGE_WIJK_SUFFIXES: readonly string[] = ['Velden', 'Buiten', 'Heide', 'Broek', 'Akkers'];

const SECTOR_PREFIXES: readonly string[] = [
  'Linde', 'Eiken', 'Beuken', 'Wilgen', 'Berken', 'Molen', 'Kerk', 'Beek', 'Vijver', 'Bloemen', 'Zonne', 'Rozen', 'Haze', 'Vossen',
  'Kasteel', 'Heide', 'Brug', 'Meersen', 'Akker', 'Kouter', 'Hoeve', 'Bos', 'Veld', 'Water', 'Hoog', 'Nieuw', 'Oud', 'Klaver', 'Leeuwe',
  'Zwanen', 'Spoor', 'Kapel', 'Schuur', 'Dries', 'Munt', 'Lei', 'Lisdodde', 'Wolfs', 'Kievit', 'Ooievaars',
];
const SECTOR_SUFFIXES: readonly string[] = [
  'hof', 'veld', 'wijk', 'hoek', 'dreef', 'kouter', 'plein', 'meers', 'akker', 'park', 'berg', 'laan', 'gaarde', 'dries', 'beemd', 'hage',
];
const LOW_POPULATION_PREFIXES: readonly string[] = ['Industriezone', 'Bedrijvenpark', 'Stadspark', 'Sportpark', 'Natuurgebied', 'Havenzone'];

/** A street name for a fictional address. */
export const STREET_PREFIXES: readonly string[] = [
  'Linden', 'Kerk', 'Molen', 'School', 'Statie', 'Beek', 'Kouter', 'Markt', 'Vijver', 'Dorps', 'Hoog', 'Nieuw', 'Kapel', 'Bloemen',
];

/**
 * Draws unique sector names: compounds of a prefix and a suffix ("Lindehof", "Molenveld"), or "<zone> <name>"
 * for sectors with very few inhabitants ("Industriezone Molenveld").
 *
 * @example
 * const pick = createSectorNamePicker(createSeededRandom(1));
 * pick(false); // e.g. 'Beukendreef'
 */
export function createSectorNamePicker(random: () => number): (lowPopulation: boolean) => string {
  const used = new Set<string>();
  const pickFrom = (list: readonly string[]): string => list[Math.floor(random() * list.length)] as string;
  return (lowPopulation) => {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const base = pickFrom(SECTOR_PREFIXES) + pickFrom(SECTOR_SUFFIXES);
      const name = lowPopulation ? `${pickFrom(LOW_POPULATION_PREFIXES)} ${base}` : base;
      if (!used.has(name) && !used.has(base)) {
        used.add(name);
        used.add(base);
        return name;
      }
    }
    throw new RangeError('ran out of sector names');
  };
}

/** Picks `count` distinct entries of `list` in a seeded order. */
export function pickDistinct(list: readonly string[], count: number, random: () => number): string[] {
  if (count > list.length) throw new RangeError(`cannot pick ${count} distinct names from ${list.length}`);
  const pool = [...list];
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string);
  return out;
}

/** Lower-case ASCII slug: "Wijkteam Oudebeke" → "wijkteam-oudebeke". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
