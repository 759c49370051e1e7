import type { FeatureCollection, Point } from 'geojson';
import type { LoadedPackage } from '../../data/package';
import { TEAM_LEVEL } from '../../data/package';
import { findInteriorPoint } from '../../geo/geometry';
import type { MapContent } from './map-controller';

const labelCache = new WeakMap<LoadedPackage, FeatureCollection<Point, { code: string; name: string }>>();

/**
 * Territory labels with other texts (e.g. "Noord\n15 VTE" on the staffing map); the team's short name
 * where no text is given.
 */
export function buildTerritoryLabels(pkg: LoadedPackage, texts?: Readonly<Record<string, string>>): FeatureCollection<Point, { code: string; name: string }> {
  const base = territoryLabels(pkg);
  if (!texts) return base;
  return { ...base, features: base.features.map((f) => ({ ...f, properties: { ...f.properties, name: texts[f.properties.code] ?? f.properties.name } })) };
}

/** Territory label points: one interior point per team territory, computed once per package. */
function territoryLabels(pkg: LoadedPackage): FeatureCollection<Point, { code: string; name: string }> {
  const cached = labelCache.get(pkg);
  if (cached) return cached;
  const territories = pkg.levels.find((l) => l.level === TEAM_LEVEL)?.areas.features ?? [];
  const labels: FeatureCollection<Point, { code: string; name: string }> = {
    type: 'FeatureCollection',
    features: territories.map((f) => ({
      type: 'Feature',
      properties: { code: f.properties.code, name: f.properties.name.replace(/^Wijkteam\s+/i, '') },
      geometry: { type: 'Point', coordinates: [...findInteriorPoint(f.geometry)] },
    })),
  };
  labelCache.set(pkg, labels);
  return labels;
}

/**
 * What the map draws for a package and a level: the level's areas, the team territories (as outlines,
 * whatever level is coloured), their labels and the centres.
 */
export function buildMapContent(pkg: LoadedPackage, level: string): MapContent {
  const areas = pkg.levels.find((l) => l.level === level)?.areas ?? pkg.levels[0]!.areas;
  return {
    areas,
    territories: pkg.levels.find((l) => l.level === TEAM_LEVEL)?.areas ?? null,
    territoryLabels: territoryLabels(pkg),
    centres: pkg.centres,
  };
}
