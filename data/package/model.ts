import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PackageDescriptor, ResourceDescriptor } from './descriptor';
import type { LocalisedTexts, TitledText } from './package-text';
import type { Problem } from '../problems';
import type { TypedTable } from './type-table';

/** Properties every area feature carries after reading, whatever the source file called them. */
export interface AreaProperties {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  /** The source feature's other properties, as read. */
  readonly [extra: string]: unknown;
}

export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, AreaProperties>;

export interface AreaLevel {
  readonly level: string;
  readonly resource: ResourceDescriptor;
  readonly areas: AreaCollection;
}

export type Polarity = 'higher_worse' | 'higher_better' | 'neutral';

export interface IndicatorDefinition {
  readonly id: string;
  readonly labelNl: string;
  readonly labelEn: string;
  readonly unit: string;
  /** `count` values can be summed across areas; other kinds are only shown at their own level. */
  readonly kind: string;
  /** Id of the indicator to divide by for a rate, or null. */
  readonly denominator: string | null;
  readonly polarity: Polarity;
  /** Small counts (1 to the threshold) must never be shown. */
  readonly sensitive: boolean;
  readonly source: string;
  /** The source in Dutch and in English (optional columns `source_nl`, `source_en`); see `indicatorSource`. */
  readonly sources?: LocalisedTexts;
  /** The source text says the figures are synthetic or fictional. */
  readonly synthetic: boolean;
  /** Optional theme (an indicator-definitions column `theme`), for grouping in pickers. */
  readonly theme: string | null;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  /** The colour the organisation set-up chose (a `colour` column in teams.csv), or absent: automatic. */
  readonly colour?: string | null;
}

export interface Centre {
  readonly id: string;
  readonly name: string;
  readonly teamId: string | null;
  readonly address: string | null;
  readonly lon: number;
  readonly lat: number;
  /** Position quality as stated by the package (e.g. APPROXIMATE), or null. */
  readonly locationQuality: string | null;
}

export interface TeamFte {
  readonly teamId: string;
  readonly period: number;
  readonly profile: string;
  readonly fte: number;
}

/** How base areas were assigned to the areas of a coarser level. */
export type HierarchyMethod = 'identity' | 'parent-key' | 'attribute' | 'single-area' | 'spatial' | 'team-territories';

export interface LevelAssignment {
  readonly level: string;
  readonly method: HierarchyMethod;
  /** Base area code → code at this level. Base areas that could not be placed are absent. */
  readonly parentOf: ReadonlyMap<string, string>;
}

export interface Provenance {
  readonly fictional: boolean;
  /** Names of resources whose status says synthetic (or the whole package when `synthetic: true`). */
  readonly synthetic: readonly string[];
  readonly approximate: readonly string[];
  readonly assumed: readonly string[];
  /** The single titles of the package's and resources' sources, without repeats. */
  readonly sources: readonly string[];
  readonly licenses: readonly string[];
  /** The same sources and licences with their per-language titles; shown through `provenanceTexts`. */
  readonly sourceTexts: readonly TitledText[];
  readonly licenceTexts: readonly TitledText[];
}

/** Everything the app needs from a package after it was read and validated. */
export interface LoadedPackage {
  readonly descriptor: PackageDescriptor;
  readonly sourceLabel: string;
  /** Area levels, finest first (most areas first). */
  readonly levels: readonly AreaLevel[];
  /** The level indicators are given at. */
  readonly baseLevel: string;
  readonly assignments: readonly LevelAssignment[];
  readonly teams: readonly Team[];
  /** Level of the team-territories resource and area code → team id, or null when absent. */
  readonly territories: { readonly level: string; readonly teamOf: ReadonlyMap<string, string> } | null;
  readonly centres: readonly Centre[];
  readonly teamFte: readonly TeamFte[];
  readonly indicators: TypedTable;
  readonly definitions: readonly IndicatorDefinition[];
  readonly periods: readonly number[];
  /** `area-attributes` tables per level. */
  readonly attributes: readonly { readonly level: string; readonly resource: ResourceDescriptor; readonly table: TypedTable }[];
  readonly provenance: Provenance;
  readonly problems: readonly Problem[];
}

/** The result of reading: the package when there were no errors, and every problem either way. */
export type ReadResult =
  | { readonly ok: true; readonly pkg: LoadedPackage; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly pkg: null; readonly problems: readonly Problem[] };
