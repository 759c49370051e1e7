/**
 * The coordinate reference systems Wijkzicht can read boundaries in, with the proj4 definition used to take
 * each to WGS84 and the extent (in the system's own units) that Belgian data falls in.
 *
 * Belgian Lambert 72 (EPSG:31370) carries the BD72 → WGS84 datum shift as a 7-parameter Helmert
 * transformation: EPSG:15929 "BD72 to WGS 84 (3)", the operation PROJ 9 chooses for EPSG:31370 → EPSG:4326.
 * PROJ writes it in the coordinate-frame convention (rx = −0.3366″, ry = 0.457″, rz = −1.8422″); `+towgs84`
 * (proj4 and classic PROJ strings) uses the position-vector convention, so the rotations change sign here.
 * Without the shift positions would be off by about 100 m. Lambert 2008 (EPSG:3812) is on ETRS89, which
 * equals WGS84 to well within a metre (PROJ uses the null transformation "ETRS89 to WGS 84 (1)" too).
 *
 * @example
 * CRS_DEFINITIONS['EPSG:31370'].name; // 'Belgian Lambert 72'
 * isSupportedCrs('EPSG:31370'); // true
 * isSupportedCrs('EPSG:32631'); // false
 */

export type SupportedCrs = 'EPSG:4326' | 'EPSG:31370' | 'EPSG:3812' | 'EPSG:3857';

/** [minX, minY, maxX, maxY] in the system's own units. */
export type Extent = readonly [minX: number, minY: number, maxX: number, maxY: number];

export interface CrsDefinition {
  readonly code: SupportedCrs;
  /** Human name, the same in Dutch and English. */
  readonly name: string;
  /** proj4 definition (the `+towgs84` carries the datum shift to WGS84). */
  readonly proj4: string;
  /** Where Belgian data lies in this system (generous, rounded); used to propose a system for unlabelled files. */
  readonly belgianExtent: Extent;
}

export const CRS_DEFINITIONS: Readonly<Record<SupportedCrs, CrsDefinition>> = {
  'EPSG:4326': {
    code: 'EPSG:4326',
    name: 'WGS84 (longitude/latitude)',
    proj4: '+proj=longlat +datum=WGS84 +no_defs',
    belgianExtent: [2.4, 49.4, 6.5, 51.6],
  },
  'EPSG:31370': {
    code: 'EPSG:31370',
    name: 'Belgian Lambert 72',
    proj4:
      '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 ' +
      '+ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs',
    belgianExtent: [10_000, 10_000, 310_000, 260_000],
  },
  'EPSG:3812': {
    code: 'EPSG:3812',
    name: 'Belgian Lambert 2008',
    proj4:
      '+proj=lcc +lat_0=50.797815 +lon_0=4.35921583333333 +lat_1=49.8333333333333 +lat_2=51.1666666666667 +x_0=649328 +y_0=665262 ' +
      '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    belgianExtent: [490_000, 490_000, 810_000, 760_000],
  },
  'EPSG:3857': {
    code: 'EPSG:3857',
    name: 'Web Mercator',
    proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs',
    belgianExtent: [250_000, 6_300_000, 740_000, 6_760_000],
  },
};

export const SUPPORTED_CRS: readonly SupportedCrs[] = ['EPSG:4326', 'EPSG:31370', 'EPSG:3812', 'EPSG:3857'];

export function isSupportedCrs(value: unknown): value is SupportedCrs {
  return typeof value === 'string' && (SUPPORTED_CRS as readonly string[]).includes(value);
}
