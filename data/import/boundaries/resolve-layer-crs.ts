import { guessCrsFromExtent } from '../../../geo/crs';
import { CRS_DEFINITIONS, type Extent, type SupportedCrs } from '../../../geo/crs';
import type { ProblemList } from '../../problems';
import type { CrsSource, DeclaredCrs } from './boundary-layer';

export interface LayerCrsInput {
  readonly file: string;
  readonly format: 'shapefile' | 'geojson';
  readonly declared: DeclaredCrs | null;
  readonly chosen: SupportedCrs | undefined;
  /** Bounding box of the coordinates of the features being imported; null when none has coordinates. */
  readonly extent: Extent | null;
  /** A coordinate pair to quote in messages, e.g. '72000, 170000'. */
  readonly sample: string;
}

/**
 * Decides the coordinate system of a layer, in this order: the system the user chose (`--crs`, the wizard),
 * warning when the file says another; the one the file states (.prj or GeoJSON `crs`), an error when it is
 * one Wijkzicht does not know; and when the file says nothing, WGS84 if every coordinate is a plausible
 * longitude/latitude (RFC 7946's default for GeoJSON; a warning for a shapefile without .prj), else an
 * error that proposes Lambert 72, Lambert 2008 or Web Mercator when the coordinates fall in Belgium there.
 * Finally the coordinates must fit the system: longitude/latitude values said to be projected, projected
 * values said to be WGS84, or values that fit another Belgian system are an error.
 *
 * Returns null after reporting an error when the layer cannot be placed.
 *
 * @example
 * resolveLayerCrs({ file: 'a.shp', format: 'shapefile', declared: null, chosen: undefined,
 *   extent: [62000, 160000, 80000, 175000], sample: '62000, 160000' }, problems);
 * // null, with a crs-missing error proposing EPSG:31370
 */
export function resolveLayerCrs(input: LayerCrsInput, problems: ProblemList): { code: SupportedCrs; source: CrsSource } | null {
  const { file, format, declared, chosen, extent, sample } = input;
  const guess = extent === null ? null : guessCrsFromExtent(extent);
  const proposalParams = (proposal: SupportedCrs | null | undefined): Record<string, string> =>
    proposal ? { proposal, proposalName: CRS_DEFINITIONS[proposal].name } : {};
  let result: { code: SupportedCrs; source: CrsSource };
  if (chosen !== undefined) {
    if (declared?.ok && declared.code !== chosen) problems.warning('crs-override-differs', file, { params: { chosen, declared: declared.code } });
    result = { code: chosen, source: 'user' };
  } else if (declared !== null) {
    if (!declared.ok) {
      problems.error(declared.source === 'prj' ? 'crs-unknown-prj' : 'crs-unknown-geojson', declared.source === 'prj' ? declared.file : file, { params: { name: declared.name } });
      return null;
    }
    result = { code: declared.code, source: declared.source };
  } else if (guess === null || guess.kind === 'lon-lat') {
    if (format === 'shapefile' && guess !== null) problems.warning('crs-assumed-wgs84', file);
    result = { code: 'EPSG:4326', source: format === 'geojson' ? 'rfc7946-default' : 'guessed' };
  } else {
    problems.error('crs-missing', file, { params: { format, sample, ...proposalParams(guess.proposal) } });
    return null;
  }
  if (guess !== null) {
    const code = result.code;
    const contradiction =
      code === 'EPSG:4326'
        ? guess.kind === 'projected'
          ? { proposal: guess.proposal }
          : null
        : guess.kind === 'lon-lat'
          ? { proposal: 'EPSG:4326' as const }
          : guess.proposal !== null && guess.proposal !== code
            ? { proposal: guess.proposal }
            : null;
    if (contradiction !== null) {
      problems.error('crs-contradicts-coordinates', file, {
        params: { declared: code, declaredName: `${CRS_DEFINITIONS[code].name} (${code})`, sample, ...proposalParams(contradiction.proposal) },
      });
      return null;
    }
  }
  return result;
}
