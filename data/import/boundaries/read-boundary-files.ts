import type { ProblemList } from '../../problems';
import type { InputFile } from '../input-file';
import type { BoundaryLayer, BoundaryReadOptions } from './boundary-layer';
import { buildBoundaryLayer } from './build-boundary-layer';
import { groupBoundaryFiles } from './group-boundary-files';
import { openGeojsonLayer } from './open-geojson-layer';
import { openShapefileLayer } from './open-shapefile-layer';

export type {
  BoundaryField,
  BoundaryFieldType,
  BoundaryLayer,
  BoundaryReadOptions,
  BoundaryRepair,
  BoundaryValue,
  CrsSource,
  RepairKind,
  SupportedCrs,
} from './boundary-layer';

/**
 * Reads boundary files into layers. Groups the files (a .shp with its .shx/.dbf/.prj/.cpg siblings by base
 * name, a .zip holding those, .geojson/.json), reads each layer, settles its coordinate system, checks and
 * safely repairs every feature and reprojects it to WGS84 in RFC 7946 winding.
 *
 * Never throws for bad content: problems go to `problems` with the file (the layer's display name; the
 * .dbf/.prj/.cpg for problems in those files), the feature index (0-based, as in the file), the field and a
 * fix. A layer that cannot be used at all (no .dbf, unreadable, no or contradictory coordinate system, a
 * filter that matches nothing) is reported and left out of the result; refused features are left out of
 * their layer. Synchronous: everything happens on bytes already in memory.
 *
 * @example
 * const problems = new ProblemList();
 * const [layer] = readBoundaryFiles(files, { filter: { field: 'geoitem', prefix: '34022' } }, problems);
 * layer.features.length; // 14 Kortrijk wijken, WGS84
 */
export function readBoundaryFiles(files: readonly InputFile[], options: BoundaryReadOptions, problems: ProblemList): BoundaryLayer[] {
  const layers: BoundaryLayer[] = [];
  for (const group of groupBoundaryFiles(files, problems)) {
    const raw = group.kind === 'shapefile' ? openShapefileLayer(group.parts, problems) : openGeojsonLayer(group.name, group.file.bytes, problems);
    if (raw === null) continue;
    const layer = buildBoundaryLayer(raw, options, problems);
    if (layer !== null) layers.push(layer);
  }
  return layers;
}
