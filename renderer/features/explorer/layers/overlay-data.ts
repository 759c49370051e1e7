import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { AnalysisRun } from '../../../../data/analysis';
import type { AreaCollection, Centre } from '../../../../data/package';
import { buildCatchmentRings } from '../../../../geo/accessibility';
import type { TravelMode } from '../../../../geo/accessibility';
import { findTouchingRegions } from '../../../../geo/colouring';
import { dissolvePolygonsByKey, findAdjacentPolygons } from '../../../../geo/geometry';
import { findInteriorPoint } from '../../../../geo/geometry';
import { meters } from '../../../../geo/units';
import { assignTeamColours, NO_TEAM_COLOUR } from '../../../map/team-colours';

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The rings source: per chosen travel mode one dissolved shape (the area within the radius of any centre,
 * `kind: 'fill'`) and each centre's ring (`kind: 'ring'`) with its team colour (`colour`) and `dashed` for
 * the larger modes. Modes not in `modes` are ignored; unknown mode ids in `chosen` too.
 *
 * @example
 * buildRingsData(pkg.centres, run.settings.travelModes, ['walk'], colours).features.length; // 1 + 12
 */
export function buildRingsData(centres: readonly Centre[], modes: readonly TravelMode[], chosen: readonly string[], colours: ReadonlyMap<string, string>): FeatureCollection {
  const wanted = modes.filter((m) => chosen.includes(m.id));
  if (wanted.length === 0 || centres.length === 0) return EMPTY_COLLECTION;
  // Dashes follow the radius among all modes, so a mode keeps its line whichever others are drawn.
  const smallest = Math.min(...modes.map((m) => m.radius));
  const rings = buildCatchmentRings(centres.map((c) => ({ id: c.id, team: c.teamId, position: [c.lon, c.lat] as const })), wanted);
  const features: Feature[] = [
    // Larger modes first so the smaller tint sits on top.
    ...[...wanted].sort((a, b) => b.radius - a.radius).map((mode) => dissolvedFill(centres, mode, rings.features.filter((f) => f.properties.mode === mode.id))),
    ...rings.features.map((f): Feature<Polygon> => ({
      type: 'Feature',
      properties: { ...f.properties, kind: 'ring', dashed: f.properties.radius > smallest, colour: colours.get(f.properties.team) ?? NO_TEAM_COLOUR },
      geometry: f.geometry,
    })),
  ];
  return { type: 'FeatureCollection', features };
}

/** Dissolved fills by centres and mode: the union of overlapping circles takes 50–200 ms, so it is done once. */
const fillCache = new WeakMap<readonly Centre[], Map<string, Feature<Polygon | MultiPolygon>>>();

function dissolvedFill(centres: readonly Centre[], mode: TravelMode, rings: Feature<Polygon, { mode: string }>[]): Feature<Polygon | MultiPolygon> {
  const key = `${mode.id}|${mode.radius}`;
  let cache = fillCache.get(centres);
  if (!cache) fillCache.set(centres, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const dissolved = dissolvePolygonsByKey({ type: 'FeatureCollection', features: rings }, () => mode.id, { dropSliversBelowSquareMeters: 0 }).features[0]!;
  const fill: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: { kind: 'fill', mode: mode.id }, geometry: dissolved.geometry };
  cache.set(key, fill);
  return fill;
}

export interface GapRow {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly score: number;
}

/**
 * The `n` biggest coverage gaps of an analysis run, best rank first (areas without a rank are left out).
 *
 * @example
 * topGaps(run, 3).map((g) => g.rank); // [1, 2, 3]
 */
export function topGaps(run: Pick<AnalysisRun, 'result'> | null, n: number): GapRow[] {
  if (!run) return [];
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be an integer ≥ 0, got ${n}`);
  return run.result.areas
    .filter((a) => a.gapRank !== null && a.gapScore !== null)
    .map((a) => ({ code: a.code, name: a.name, rank: a.gapRank!, score: a.gapScore! }))
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code))
    .slice(0, n);
}

const labelPoints = new WeakMap<object, readonly [number, number]>();

/**
 * The gap sources: the outlines of the top gaps (properties `code`, `name`, `rank`) taken from the shown
 * level's areas, and a label point inside each (`rank`). Gaps whose area is not in `areas` (another
 * level) are skipped.
 *
 * @example
 * buildGapData(topGaps(run, 10), areas).labels.features[0].properties.rank; // 1
 */
export function buildGapData(gaps: readonly GapRow[], areas: AreaCollection): { polygons: FeatureCollection; labels: FeatureCollection<Point> } {
  const byCode = new Map(areas.features.map((f) => [f.properties.code, f] as const));
  const polygons: Feature[] = [];
  const labels: Feature<Point>[] = [];
  for (const gap of gaps) {
    const feature = byCode.get(gap.code);
    if (!feature) continue;
    let point = labelPoints.get(feature.geometry);
    if (!point) {
      point = findInteriorPoint(feature.geometry, meters(5));
      labelPoints.set(feature.geometry, point);
    }
    const properties = { code: gap.code, name: gap.name, rank: gap.rank };
    polygons.push({ type: 'Feature', properties, geometry: feature.geometry });
    labels.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [point[0], point[1]] } });
  }
  // Rank 1 last, so its badge is drawn on top where badges touch.
  return { polygons: { type: 'FeatureCollection', features: polygons }, labels: { type: 'FeatureCollection', features: labels.reverse() } };
}

const teamColourCache = new WeakMap<object, ReadonlyMap<string, string>>();

/** What `teamColoursOf` reads of a package: its teams and centres, and (for the borders) its levels and territories. */
export interface TeamColourSource {
  readonly teams: readonly { readonly id: string; readonly colour?: string | null }[];
  readonly centres: readonly Centre[];
  readonly levels?: readonly { readonly level: string; readonly areas: AreaCollection }[];
  readonly territories?: { readonly level: string; readonly teamOf: ReadonlyMap<string, string> } | null;
}

/**
 * Which teams touch: from the shared borders of the areas of the level the territories are given at (the
 * base areas), so two teams whose territories share a border are neighbours. Empty without territories.
 *
 * @example
 * touchingTeamsOf(kortrijk).noord; // ['bissegem', 'centrum', 'heule', 'zuid']
 */
export function touchingTeamsOf(pkg: TeamColourSource): Record<string, string[]> {
  const territories = pkg.territories;
  const areas = territories ? pkg.levels?.find((l) => l.level === territories.level)?.areas.features : undefined;
  if (!territories || !areas || areas.length === 0) return {};
  const adjacency = findAdjacentPolygons(areas.map((f) => f.geometry));
  return Object.fromEntries(findTouchingRegions(areas.map((f) => territories.teamOf.get(f.properties.code) ?? null), adjacency));
}

/**
 * The team colours of a package, the one source of team colours for the map (centres, rings, team labels),
 * the layer list's legend, the search and the exports: a team's own colour where the package gives one
 * (chosen in Inrichten or in teams.csv), every other team id of its teams and centres coloured by
 * `assignTeamColours` so that teams whose territories touch get clearly different colours (computed once
 * per package).
 *
 * @example
 * teamColoursOf(kortrijk).get('noord'); // '#cc79a7': not orange like its neighbour Centrum
 */
export function teamColoursOf(pkg: TeamColourSource): ReadonlyMap<string, string> {
  const cached = teamColourCache.get(pkg);
  if (cached) return cached;
  const ids = [...pkg.teams.map((t) => t.id), ...pkg.centres.map((c) => c.teamId).filter((id): id is string => id !== null && id !== '')];
  const own = Object.fromEntries(pkg.teams.flatMap((t) => (t.colour ? [[t.id, t.colour] as const] : [])));
  const colours = assignTeamColours(ids, touchingTeamsOf(pkg), own);
  teamColourCache.set(pkg, colours);
  return colours;
}
