import { useMemo } from 'react';
import { findAdjacentPolygons } from '../../../geo/geometry';
import type { LoadedPackage } from '../../../data/package';

/** The base areas' codes and which of them share a border (index-aligned). */
export interface BaseAdjacency {
  readonly codes: readonly string[];
  readonly adjacency: readonly (readonly number[])[];
}

/** The base areas' codes and adjacency of a package. */
export function baseAdjacencyOf(pkg: LoadedPackage): BaseAdjacency {
  const features = pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? [];
  return { codes: features.map((f) => f.properties.code), adjacency: findAdjacentPolygons(features.map((f) => f.geometry)) };
}

/** `baseAdjacencyOf` for a component, memoised per package. */
export function useBaseAdjacency(pkg: LoadedPackage | null): BaseAdjacency {
  return useMemo(() => (pkg ? baseAdjacencyOf(pkg) : { codes: [], adjacency: [] }), [pkg]);
}
