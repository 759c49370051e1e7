import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { writeCsv } from '../formats/csv/write-csv';
import type { GeographyArea, MunicipalityGeography } from './decode-municipality';

/** The credits every package made from the built-in geography carries (shown in the attribution line). */
export const GEOGRAPHY_CREDITS = {
  wijken: 'Wijken voor omgevingsanalyse © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies',
  statbel: 'Statbel (Algemene Directie Statistiek), statistische sectoren en bevolking 2024',
} as const;

/** The same credits per UI language (`titles` of the source lines; the Dutch ones are {@link GEOGRAPHY_CREDITS}). */
export const GEOGRAPHY_CREDIT_TITLES = {
  wijken: { nl: GEOGRAPHY_CREDITS.wijken, en: 'Neighbourhoods for area analysis (Wijken voor omgevingsanalyse) © the municipalities, collected by Data & Analyse of the Flemish provinces' },
  statbel: { nl: GEOGRAPHY_CREDITS.statbel, en: 'Statbel (Directorate-General Statistics), statistical sectors and population 2024' },
} as const;

const credit = (which: keyof typeof GEOGRAPHY_CREDITS) => ({ title: GEOGRAPHY_CREDITS[which], titles: GEOGRAPHY_CREDIT_TITLES[which] });

export const GEOGRAPHY_PATHS = {
  municipality: 'areas/municipality.geojson',
  deelgemeenten: 'areas/deelgemeenten.geojson',
  wijken: 'areas/wijken.geojson',
  sectors: 'areas/sectors.geojson',
  sectorTable: 'sectors.csv',
  indicators: 'indicators.csv',
  definitions: 'indicator_definitions.csv',
} as const;

/** The period of the built-in population. */
export const GEOGRAPHY_PERIOD = 2024;

const field = (name: string, type: 'string' | 'integer' | 'number' = 'string') => ({ name, type });
const fk = (fields: string, resource: string, referenced: string) => ({ fields, reference: { resource, fields: referenced } });

function collection<P>(features: Feature<Polygon | MultiPolygon, P>[]): string {
  const fc: FeatureCollection<Polygon | MultiPolygon, P> = { type: 'FeatureCollection', features };
  return JSON.stringify(fc);
}

const areaFeature = <P extends object>(a: GeographyArea, properties: P): Feature<Polygon | MultiPolygon, P & { code: string; name: string }> => ({
  type: 'Feature',
  properties: { code: a.code, name: a.name, ...properties },
  geometry: a.geometry,
});

/**
 * A data package (its files, path → text) with the municipality's real geography and 2024 residents: the
 * outline, the deelgemeenten, the wijken (where the municipality has them), the statistical sectors with
 * approximate cells (flagged `approximate`: the app shows BENADERD), a sector table placing each sector in
 * its wijk and deelgemeente, and the `population` indicator per sector. No teams, locations or FTE: those are
 * set up in the app (Inrichten) or imported from tables. The package reader checks it like any other.
 *
 * @example
 * const files = buildMunicipalityPackage(decodeMunicipality(bytes));
 * const { pkg } = await readPackage(createMemorySource('Kortrijk', files));
 */
export function buildMunicipalityPackage(geography: MunicipalityGeography): Map<string, string> {
  const hasWijken = geography.wijken.length > 0 && geography.sectors.every((s) => s.wijk !== null);
  const hasDeelgemeenten = geography.deelgemeenten.length > 0 && geography.sectors.every((s) => s.deelgemeente !== null);
  const count = (key: 'wijk' | 'deelgemeente', code: string) => geography.sectors.filter((s) => s[key] === code);
  const withCounts = (key: 'wijk' | 'deelgemeente') => (a: GeographyArea) => {
    const members = count(key, a.code);
    return areaFeature(a, { population_2024: members.reduce((sum, s) => sum + s.population, 0), n_sectors: members.length });
  };
  const files = new Map<string, string>();
  files.set(GEOGRAPHY_PATHS.municipality, collection([areaFeature({ code: geography.nis, name: geography.name, geometry: geography.outline }, {})]));
  if (hasDeelgemeenten) files.set(GEOGRAPHY_PATHS.deelgemeenten, collection(geography.deelgemeenten.map(withCounts('deelgemeente'))));
  if (hasWijken) files.set(GEOGRAPHY_PATHS.wijken, collection(geography.wijken.map(withCounts('wijk'))));
  const sectorFeatures = geography.sectors.map((s) =>
    areaFeature(s, { ...(hasWijken ? { wijk_code: s.wijk } : {}), ...(hasDeelgemeenten ? { deelgemeente_code: s.deelgemeente } : {}), population_2024: s.population, geometry_quality: 'APPROXIMATE' }),
  );
  files.set(GEOGRAPHY_PATHS.sectors, collection(sectorFeatures));
  const wijkName = new Map(geography.wijken.map((w) => [w.code, w.name]));
  const dgName = new Map(geography.deelgemeenten.map((d) => [d.code, d.name]));
  const sectorRows = geography.sectors.map((s) => [
    s.code,
    s.name,
    hasDeelgemeenten ? s.deelgemeente : null,
    hasDeelgemeenten && s.deelgemeente ? (dgName.get(s.deelgemeente) ?? null) : null,
    hasWijken ? s.wijk : null,
    hasWijken && s.wijk ? (wijkName.get(s.wijk) ?? null) : null,
    s.assignment === 'table' ? 'official_table' : 'by_position',
    s.population,
    s.centroid[0],
    s.centroid[1],
  ]);
  const sectorHeader = ['sector_code', 'sector_name_nl', 'deelgemeente_code', 'deelgemeente_name', 'wijk_code', 'wijk_name', 'wijk_assignment', 'population', 'centroid_lon', 'centroid_lat'];
  files.set(GEOGRAPHY_PATHS.sectorTable, writeCsv(sectorHeader, sectorRows));
  files.set(GEOGRAPHY_PATHS.indicators, writeCsv(['area_code', 'period', 'indicator', 'value'], geography.sectors.map((s) => [s.code, GEOGRAPHY_PERIOD, 'population', s.population])));
  const definition = ['population', 'Inwoners', 'Residents', 'persons', 'count', null, 'neutral', 'no', GEOGRAPHY_CREDITS.statbel];
  files.set(GEOGRAPHY_PATHS.definitions, writeCsv(['id', 'label_nl', 'label_en', 'unit', 'kind', 'denominator', 'polarity', 'sensitive', 'source'], [definition]));
  files.set('datapackage.json', JSON.stringify(buildDescriptor(geography, hasWijken, hasDeelgemeenten), null, 2));
  return files;
}

function buildDescriptor(geography: MunicipalityGeography, hasWijken: boolean, hasDeelgemeenten: boolean): Record<string, unknown> {
  const geojson = { format: 'geojson', mediatype: 'application/geo+json' } as const;
  const csv = { format: 'csv', mediatype: 'text/csv' } as const;
  const areaFields = [field('code'), field('name'), field('population_2024', 'integer'), field('n_sectors', 'integer')];
  const sectorParent = hasWijken ? 'wijk' : hasDeelgemeenten ? 'deelgemeente' : 'municipality';
  const descriptionEn =
    `${geography.name} (NIS ${geography.nis}): real boundaries of the wijken (Provincies in Cijfers, ggw7), deelgemeenten and municipality, ` +
    `the Statbel 2024 statistical sectors with their residents; sector cells approximate (Voronoi of the real centroids within the wijk).`;
  const descriptionNl =
    `${geography.name} (NIS ${geography.nis}): echte grenzen van wijken, deelgemeenten en gemeente; statistische sectoren van Statbel 2024 ` +
    `met hun inwoners; sectorgrenzen benaderd (Voronoi van de echte zwaartepunten binnen de wijk).`;
  return {
    profile: 'data-package',
    name: `gemeente-${geography.nis}`,
    title: `${geography.name} — ingebouwde geografie (wijken, deelgemeenten, sectoren en inwoners 2024)`,
    titles: {
      nl: `${geography.name} — ingebouwde geografie (wijken, deelgemeenten, sectoren en inwoners 2024)`,
      en: `${geography.name} — built-in geography (wijken, deelgemeenten, sectors and residents 2024)`,
    },
    description: `${descriptionEn} ${descriptionNl}`,
    descriptions: { nl: descriptionNl, en: descriptionEn },
    version: `geografie-${GEOGRAPHY_PERIOD}`,
    municipality: { nis5: geography.nis, name: geography.name },
    periods: [GEOGRAPHY_PERIOD],
    licenses: [
      { name: 'Modellicentie-Gratis-Hergebruik-1.0', title: 'Modellicentie Gratis Hergebruik v1.0 (wijken)', titles: { nl: 'Modellicentie Gratis Hergebruik v1.0 (wijken)', en: 'Model Licence Free Reuse v1.0 (wijken)' } },
      { name: 'Statbel-open-data', title: 'Statbel open data licence (sectoren, bevolking)', titles: { nl: 'Statbel-opendatalicentie (sectoren, bevolking)', en: 'Statbel open data licence (sectors, population)' } },
    ],
    sources: [credit('statbel'), ...(hasWijken ? [credit('wijken')] : [])],
    analysis: { population: 'population' },
    resources: [
      { name: 'areas-municipality', role: 'areas', level: 'municipality', path: GEOGRAPHY_PATHS.municipality, ...geojson, schema: { fields: [field('code'), field('name')], primaryKey: 'code' } },
      ...(hasDeelgemeenten
        ? [{ name: 'areas-deelgemeenten', role: 'areas', level: 'deelgemeente', parentLevel: 'municipality', path: GEOGRAPHY_PATHS.deelgemeenten, ...geojson, schema: { fields: areaFields, primaryKey: 'code' } }]
        : []),
      ...(hasWijken
        ? [{ name: 'areas-wijken', role: 'areas', level: 'wijk', parentLevel: 'municipality', path: GEOGRAPHY_PATHS.wijken, ...geojson, sources: [credit('wijken')], schema: { fields: areaFields, primaryKey: 'code' } }]
        : []),
      {
        name: 'areas-sectors',
        role: 'areas',
        level: 'sector',
        parentLevel: sectorParent,
        ...(hasWijken ? { parentKey: 'wijk_code' } : hasDeelgemeenten ? { parentKey: 'deelgemeente_code' } : {}),
        geometryQuality: 'approximate',
        status: 'approximate',
        path: GEOGRAPHY_PATHS.sectors,
        ...geojson,
        schema: {
          fields: [
            field('code'),
            field('name'),
            ...(hasWijken ? [field('wijk_code')] : []),
            ...(hasDeelgemeenten ? [field('deelgemeente_code')] : []),
            field('population_2024', 'integer'),
            field('geometry_quality'),
          ],
          primaryKey: 'code',
          foreignKeys: [...(hasWijken ? [fk('wijk_code', 'areas-wijken', 'code')] : []), ...(hasDeelgemeenten ? [fk('deelgemeente_code', 'areas-deelgemeenten', 'code')] : [])],
        },
      },
      {
        name: 'sectors',
        role: 'area-attributes',
        level: 'sector',
        path: GEOGRAPHY_PATHS.sectorTable,
        ...csv,
        schema: {
          fields: [
            field('sector_code'),
            field('sector_name_nl'),
            field('deelgemeente_code'),
            field('deelgemeente_name'),
            field('wijk_code'),
            field('wijk_name'),
            field('wijk_assignment'),
            field('population', 'integer'),
            field('centroid_lon', 'number'),
            field('centroid_lat', 'number'),
          ],
          primaryKey: 'sector_code',
          foreignKeys: [fk('sector_code', 'areas-sectors', 'code'), ...(hasWijken ? [fk('wijk_code', 'areas-wijken', 'code')] : []), ...(hasDeelgemeenten ? [fk('deelgemeente_code', 'areas-deelgemeenten', 'code')] : [])],
        },
      },
      {
        name: 'indicators',
        role: 'indicators',
        level: 'sector',
        path: GEOGRAPHY_PATHS.indicators,
        ...csv,
        sources: [credit('statbel')],
        schema: {
          fields: [field('area_code'), field('period', 'integer'), field('indicator'), field('value', 'number')],
          primaryKey: ['area_code', 'period', 'indicator'],
          foreignKeys: [fk('area_code', 'areas-sectors', 'code'), fk('indicator', 'indicator-definitions', 'id')],
        },
      },
      {
        name: 'indicator-definitions',
        role: 'indicator-definitions',
        path: GEOGRAPHY_PATHS.definitions,
        ...csv,
        schema: { fields: ['id', 'label_nl', 'label_en', 'unit', 'kind', 'denominator', 'polarity', 'sensitive', 'source'].map((n) => field(n)), primaryKey: 'id' },
      },
    ],
  };
}
