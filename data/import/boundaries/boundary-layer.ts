import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { SupportedCrs } from '../../../geo/crs';

export type { SupportedCrs } from '../../../geo/crs';

export type BoundaryValue = string | number | boolean | null;
export type BoundaryFieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface BoundaryField {
  readonly name: string;
  readonly type: BoundaryFieldType;
}

export type CrsSource = 'prj' | 'geojson-crs' | 'rfc7946-default' | 'user' | 'guessed';

export type RepairKind = 'ring-closed' | 'rewound' | 'duplicate-vertex-removed';

export interface BoundaryRepair {
  /** The feature's index in the source file (0-based, as in problems), not its index in `features`. */
  readonly feature: number;
  readonly kind: RepairKind;
  /** The ring, counted over the output geometry's rings polygon by polygon (exterior first), 0-based. */
  readonly ring?: number;
  /** For `duplicate-vertex-removed`: how many positions were dropped from that ring. */
  readonly count?: number;
}

/** One layer read from a shapefile or a GeoJSON file, ready for mapping to a package's areas resource. */
export interface BoundaryLayer {
  /** Display name, e.g. 'ggw7.shp', 'wijken.geojson' or 'export.zip/ggw7.shp'; problems about the layer use it. */
  readonly file: string;
  readonly crs: { readonly code: SupportedCrs; readonly source: CrsSource };
  readonly fields: readonly BoundaryField[];
  /** WGS84, RFC 7946 winding, checked and safely repaired; refused features are not here. */
  readonly features: readonly Feature<Polygon | MultiPolygon, Record<string, BoundaryValue>>[];
  /** For each kept feature, its index in the source file (for messages). */
  readonly sourceIndex: readonly number[];
  readonly repairs: readonly BoundaryRepair[];
  readonly featureCountInFile: number;
  /** Features left after the filter (all of them without one); those not in `features` were refused. */
  readonly featureCountSelected: number;
}

export interface BoundaryReadOptions {
  /** Overrides the coordinate system the files state (or fail to state). */
  readonly crs?: SupportedCrs;
  /**
   * Keep only features whose property `field` (as text) starts with `prefix` (e.g. geoitem 34022) — applied
   * BEFORE checks/reprojection so filtering 14 of 2,767 is cheap.
   */
  readonly filter?: { readonly field: string; readonly prefix: string };
}

export type { RawGeometry } from '../../formats/geojson/raw-geometry';
import type { RawGeometry } from '../../formats/geojson/raw-geometry';

export type DeclaredCrs =
  | { readonly ok: true; readonly code: SupportedCrs; readonly name: string; readonly source: 'prj' | 'geojson-crs' }
  | { readonly ok: false; readonly name: string; readonly source: 'prj' | 'geojson-crs'; readonly file: string };

/** A layer opened by a format reader; features are decoded on demand. */
export interface RawLayer {
  readonly file: string;
  readonly format: 'shapefile' | 'geojson';
  readonly fields: readonly BoundaryField[];
  readonly featureCount: number;
  /** What the file says its coordinate system is; null when it says nothing (.prj missing, no `crs`). */
  readonly declaredCrs: DeclaredCrs | null;
  /** One property of feature `i` (for filtering without decoding the rest). */
  value(i: number, field: string): BoundaryValue;
  /** All properties of feature `i`, one per field (missing ones null). */
  properties(i: number): Record<string, BoundaryValue>;
  geometry(i: number): RawGeometry;
  /** True for records to pass over silently (deleted .dbf records, already reported). */
  skipped(i: number): boolean;
}
