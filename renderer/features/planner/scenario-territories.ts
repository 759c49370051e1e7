import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { TEAM_LEVEL, type LoadedPackage } from '../../../data/package';
import { dissolvePolygonsByKey, findInteriorPoint } from '../../../geo/geometry';
import type { AnalysisRun } from '../../../data/analysis';

export type TerritoryShapes = {
  /** One feature per team: its base areas dissolved, `code` the team id. */
  readonly territories: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
  /** One interior point per team territory with the team's short name. */
  readonly labels: FeatureCollection<Point, { code: string; name: string }>;
};

/** "Wijkteam Noord" → "Noord", as the map's territory labels. */
const shortName = (name: string) => name.replace(/^Wijkteam\s+/i, '');

/**
 * A scenario key of the areas' teams: equal keys, equal territories (for memoising the shapes).
 *
 * @example
 * territoryKey([{ code: 'A', team: 'noord' }, { code: 'B', team: null }]) // 'A=noord|B='
 */
export function territoryKey(areas: readonly { readonly code: string; readonly team: string | null }[]): string {
  return areas.map((a) => `${a.code}=${a.team ?? ''}`).join('|');
}

/**
 * The team territories of an analysis run at the base level (today's or a scenario's, whose areas may have
 * changed team): today's dissolved level of the package when no area changed, else the base areas dissolved
 * by their team in the run. With their label points.
 *
 * @example
 * buildScenarioTerritories(pkg, planScenario(run, scenario)).territories.features.map((f) => f.properties.code) // ['centrum', …]
 */
export function buildScenarioTerritories(pkg: LoadedPackage, run: Pick<AnalysisRun, 'input'>): TerritoryShapes {
  const names = new Map(pkg.teams.map((t) => [t.id, t.name] as const));
  const todayOf = pkg.assignments.find((a) => a.level === TEAM_LEVEL)?.parentOf ?? new Map<string, string>();
  const teamOf = new Map(run.input.areas.map((a) => [a.code, a.team] as const));
  const today = pkg.levels.find((l) => l.level === TEAM_LEVEL)?.areas;
  const changed = run.input.areas.some((a) => (todayOf.get(a.code) ?? null) !== a.team);
  let territories: TerritoryShapes['territories'];
  if (today && !changed) {
    territories = { type: 'FeatureCollection', features: today.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.properties.code, name: f.properties.name } })) };
  } else {
    const base = pkg.levels.find((l) => l.level === pkg.baseLevel)?.areas.features ?? [];
    const assigned = base.filter((f) => teamOf.get(f.properties.code) != null);
    const dissolved = dissolvePolygonsByKey({ type: 'FeatureCollection', features: assigned }, (f) => teamOf.get(f.properties.code)!);
    territories = {
      type: 'FeatureCollection',
      features: dissolved.features.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { code: f.properties.key, name: names.get(f.properties.key) ?? f.properties.key } })),
    };
  }
  return {
    territories,
    labels: {
      type: 'FeatureCollection',
      features: territories.features.map((f) => ({ type: 'Feature', properties: { code: f.properties.code, name: shortName(f.properties.name) }, geometry: { type: 'Point', coordinates: [...findInteriorPoint(f.geometry)] } })),
    },
  };
}
