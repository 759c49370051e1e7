import type { FeatureCollection, Polygon } from 'geojson';
import { centerOfMass } from '@turf/turf';
import { buildVoronoiCells } from '../../geo/geometry';
import { createSeededRandom } from '../../geo/synthesis';
import { dissolvePolygonsByKey } from '../../geo/geometry';
import { findAdjacentPolygons } from '../../geo/geometry';
import { findInteriorPoint } from '../../geo/geometry';
import { isPointInRings } from '../../geo/geometry';
import { measureArea } from '../../geo/measure';
import { roundPolygonCoordinates } from '../../geo/geometry';
import { sampleSpacedPoints } from '../../geo/synthesis';
import type { LonLat } from '../../geo/units';
import { DEMO_MUNICIPALITY, TOWN_WIJK_NAMES, VILLAGE_NAMES, VILLAGE_WIJK_SUFFIXES, pickDistinct, slugify } from './demo-names';
import { deriveSeed } from './derive-seed';
import { drawDensityFactor, populationDensityAt, type TownFocus } from './indicator-model';
import { angularGap, bearing, isConnected, nearestIndex, partitionMembers, round6, spreadSeeds, type Xy } from './town-plane';

export const DEMO_SECTOR_COUNT = 100;
/** Wijken per deelgemeente: the town (A) and three villages (B, C, D). */
const WIJKEN_PER_DEELGEMEENTE = [6, 2, 2, 2] as const;
/** Centres per team, in team-growth order: centrum, three town teams, three village teams. */
export const CENTRES_PER_TEAM = [3, 2, 2, 2, 1, 1, 1] as const;
const RING_TEAM_DIRECTIONS = [
  { id: 'noord', name: 'Noord', bearing: 0 },
  { id: 'oost', name: 'Oost', bearing: Math.PI / 2 },
  { id: 'zuid', name: 'Zuid', bearing: Math.PI },
  { id: 'west', name: 'West', bearing: (3 * Math.PI) / 2 },
] as const;

/** One Voronoi cell of the town with what the model needs of it. */
export interface CellInfo {
  geometry: Polygon;
  areaKm2: number;
  /** Area centroid (inside the cell), rounded to 6 decimals. */
  centroid: LonLat;
  xy: Xy;
  population: number;
  lowPopulation: boolean;
}

export interface Deelgemeente {
  /** Index of the region grown from this core: 0 the town, 1–3 the villages in growth order. */
  region: number;
  letter: string;
  name: string;
  core: number;
  coreXy: Xy;
}

export interface WijkInfo {
  /** Index into the deelgemeenten. */
  dg: number;
  name: string;
  members: number[];
  seed: number;
}

export interface TeamDef {
  id: string;
  name: string;
}

/** Everything decided by one attempt at partitioning the town; cells are numbered by their index. */
export interface TownPartition {
  cells: Polygon[];
  cellInfo: CellInfo[];
  position: (cell: number) => Xy;
  townSeed: number;
  deelgemeenten: Deelgemeente[];
  wijkInfo: WijkInfo[];
  wijkPopulation: number[];
  wijkCodes: string[];
  teamDefs: TeamDef[];
  /** Team index of every wijk. */
  teamOfWijk: number[];
  /** Wijk index of every cell. */
  sectorWijk: Map<number, number>;
  /** The names stream, to be continued for the sector names. */
  namesRandom: () => number;
}

/**
 * One attempt (numbered from 1) at sectors, deelgemeenten, wijken and teams; null when the attempt gives a
 * cell cut in two, a disconnected tiling or a wijk or team too small, and the caller tries the next.
 *
 * @example
 * partitionTown(20240101, 1, outline, focus, toXy)?.wijkInfo.length; // 12 (or undefined: try attempt 2)
 */
export function partitionTown(seed: number, attempt: number, outline: Polygon, focus: TownFocus, toXy: (p: LonLat) => Xy): TownPartition | null {
  const sampled = sampleSectorCells(seed, attempt, outline, focus, toXy);
  if (sampled === null) return null;
  const { cells, adjacency, pointsXy } = sampled;
  const cellInfo = describeCells(cells, createSeededRandom(deriveSeed(seed, `population-${attempt}`)), focus, toXy);
  const position = (i: number): Xy => (cellInfo[i] as { xy: Xy }).xy;
  const namesRandom = createSeededRandom(deriveSeed(seed, `names-${attempt}`));
  const deelgemeenten = growDeelgemeenten(cells, cellInfo, adjacency, pointsXy, focus, namesRandom);
  if (deelgemeenten === null) return null;
  const { sectorWijk, wijkInfo } = growWijken(deelgemeenten, cellInfo, adjacency, namesRandom);
  const wijkCodes = wijkInfo.map((_, i) => `${DEMO_MUNICIPALITY.nis5}W${String(i + 1).padStart(2, '0')}`);
  const wijkPopulation = wijkInfo.map((w) => w.members.reduce((sum, m) => sum + (cellInfo[m]?.population ?? 0), 0));
  const { teamDefs, teamOfWijk } = growTeams(deelgemeenten.list, wijkInfo, wijkPopulation, sectorWijk, cellInfo, adjacency);
  if (!isSound(cells, wijkInfo, teamDefs, teamOfWijk, sectorWijk)) return null;
  const townSeed = deelgemeenten.list[0]?.core as number;
  return { cells, cellInfo, position, townSeed, deelgemeenten: deelgemeenten.list, wijkInfo, wijkPopulation, wijkCodes, teamDefs, teamOfWijk, sectorWijk, namesRandom };
}

/** 2. Sectors: Voronoi cells of well-spaced, density-weighted points; null when a cell is not one simple polygon. */
function sampleSectorCells(seed: number, attempt: number, outline: Polygon, focus: TownFocus, toXy: (p: LonLat) => Xy) {
  const random = createSeededRandom(deriveSeed(seed, `sectors-${attempt}`));
  const points = sampleSpacedPoints({
    polygon: outline,
    count: DEMO_SECTOR_COUNT,
    densityAt: (p) => populationDensityAt(toXy(p), focus) ** 0.8,
    random,
    candidatesPerPoint: 12,
  });
  const raw = buildVoronoiCells(points, outline).map((c) => (c === null ? null : roundPolygonCoordinates(c, 6)));
  // A concave bit of the outline can cut a cell in two: try another point set.
  if (raw.some((c) => c === null || c.type !== 'Polygon' || c.coordinates.length !== 1)) return null;
  const cells = raw as Polygon[];
  const adjacency = findAdjacentPolygons(cells);
  if (!isConnected(adjacency)) return null;
  return { cells, adjacency, pointsXy: points.map(toXy) };
}

/** 3. Area, centroid and population of every cell. */
function describeCells(cells: readonly Polygon[], populationRandom: () => number, focus: TownFocus, toXy: (p: LonLat) => Xy): CellInfo[] {
  return cells.map((geometry) => {
    const areaKm2 = measureArea(geometry);
    let centroid = centerOfMass(geometry).geometry.coordinates as [number, number];
    if (!isPointInRings(centroid, geometry.coordinates)) centroid = [...findInteriorPoint(geometry)];
    const centroidLonLat: LonLat = [round6(centroid[0]), round6(centroid[1])];
    const { factor, lowPopulation } = drawDensityFactor(populationRandom);
    const density = populationDensityAt(toXy(centroidLonLat), focus) * factor;
    const population = Math.round(density * areaKm2);
    return { geometry, areaKm2, centroid: centroidLonLat, xy: toXy(centroidLonLat), population, lowPopulation };
  });
}

/** 4. Deelgemeenten: the town (40 % of the area) and three villages, grown from their cores; null when two cores share a cell. */
function growDeelgemeenten(
  cells: readonly Polygon[],
  cellInfo: readonly CellInfo[],
  adjacency: readonly (readonly number[])[],
  pointsXy: readonly Xy[],
  focus: TownFocus,
  namesRandom: () => number,
): { list: Deelgemeente[]; regionOf: Map<number, number> } | null {
  const { townCentre } = focus;
  const villageCores = focus.villageCores as Xy[];
  const position = (i: number): Xy => (cellInfo[i] as CellInfo).xy;
  const townSeed = nearestIndex(pointsXy, townCentre);
  const villageSeeds = villageCores.map((v) => nearestIndex(pointsXy, v));
  if (new Set([townSeed, ...villageSeeds]).size !== 4) return null;
  const regionOf = partitionMembers(
    cells.map((_, i) => i),
    [townSeed, ...villageSeeds],
    adjacency,
    cellInfo.map((c) => c.areaKm2),
    position,
    [0.4, 0.2, 0.2, 0.2],
  );
  // Villages lettered B, C, D clockwise from north as seen from the town centre.
  const villageOrder = [0, 1, 2].sort((a, b) => bearing(townCentre, villageCores[a] as Xy) - bearing(townCentre, villageCores[b] as Xy));
  const villageNames = pickDistinct(VILLAGE_NAMES, 3, namesRandom);
  const list = [
    { region: 0, letter: 'A', name: DEMO_MUNICIPALITY.name, core: townSeed, coreXy: townCentre },
    ...villageOrder.map((v, i) => ({
      region: v + 1,
      letter: 'BCD'[i] as string,
      name: villageNames[i] as string,
      core: villageSeeds[v] as number,
      coreXy: villageCores[v] as Xy,
    })),
  ];
  return { list, regionOf };
}

/** 5. Wijken inside each deelgemeente, balanced by population, numbered from the core wijk clockwise. */
function growWijken(
  deelgemeenten: { list: readonly Deelgemeente[]; regionOf: Map<number, number> },
  cellInfo: readonly CellInfo[],
  adjacency: readonly (readonly number[])[],
  namesRandom: () => number,
): { sectorWijk: Map<number, number>; wijkInfo: WijkInfo[] } {
  const position = (i: number): Xy => (cellInfo[i] as CellInfo).xy;
  const sectorWijk = new Map<number, number>();
  const wijkInfo: WijkInfo[] = [];
  const wijkNamePool = pickDistinct(TOWN_WIJK_NAMES, WIJKEN_PER_DEELGEMEENTE[0] - 1, namesRandom);
  const allCells = cellInfo.map((_, i) => i);
  deelgemeenten.list.forEach((dg, dgIndex) => {
    const members = allCells.filter((i) => deelgemeenten.regionOf.get(i) === dg.region);
    const count = WIJKEN_PER_DEELGEMEENTE[dg.region] as number;
    const seeds = spreadSeeds(members, dg.core, count, position);
    const labels = partitionMembers(members, seeds, adjacency, cellInfo.map((c) => c.population + 1), position);
    // Core wijk first, then the others clockwise from north around the deelgemeente core.
    const order = seeds
      .map((s, k) => ({ k, angle: k === 0 ? -1 : bearing(dg.coreXy, position(s)) }))
      .sort((a, b) => a.angle - b.angle)
      .map((o) => o.k);
    const suffix = VILLAGE_WIJK_SUFFIXES[Math.floor(namesRandom() * VILLAGE_WIJK_SUFFIXES.length)] as string;
    order.forEach((k, rank) => {
      const name = dgIndex === 0 ? (rank === 0 ? 'Centrum' : (wijkNamePool[rank - 1] as string)) : rank === 0 ? `${dg.name} Dorp` : `${dg.name} ${suffix}`;
      const wijkIndex = wijkInfo.length;
      const wijkMembers = members.filter((m) => labels.get(m) === k);
      wijkMembers.forEach((m) => sectorWijk.set(m, wijkIndex));
      wijkInfo.push({ dg: dgIndex, name, members: wijkMembers, seed: seeds[k] as number });
    });
  });
  return { sectorWijk, wijkInfo };
}

/** 6. Teams from wijken: the town's wijken grown into four teams, one team per village. */
function growTeams(
  deelgemeenten: readonly Deelgemeente[],
  wijkInfo: readonly WijkInfo[],
  wijkPopulation: readonly number[],
  sectorWijk: Map<number, number>,
  cellInfo: readonly CellInfo[],
  adjacency: readonly (readonly number[])[],
): { teamDefs: TeamDef[]; teamOfWijk: number[] } {
  const position = (i: number): Xy => (cellInfo[i] as CellInfo).xy;
  const wijkXy = wijkInfo.map((w): Xy => {
    const total = w.members.reduce((sum, m) => sum + (cellInfo[m]?.areaKm2 ?? 0), 0);
    const x = w.members.reduce((sum, m) => sum + position(m)[0] * (cellInfo[m]?.areaKm2 ?? 0), 0) / total;
    const y = w.members.reduce((sum, m) => sum + position(m)[1] * (cellInfo[m]?.areaKm2 ?? 0), 0) / total;
    return [x, y];
  });
  const wijkAdjacency = wijkInfo.map((w, i) => {
    const set = new Set<number>();
    for (const m of w.members) for (const n of adjacency[m] ?? []) if (sectorWijk.get(n) !== i) set.add(sectorWijk.get(n) as number);
    return [...set].sort((a, b) => a - b);
  });
  const townWijken = wijkInfo.map((_, i) => i).filter((i) => wijkInfo[i]?.dg === 0);
  const teamSeeds = spreadSeeds(townWijken, townWijken[0] as number, 4, (i) => wijkXy[i] as Xy);
  const townTeamOf = partitionMembers(townWijken, teamSeeds, wijkAdjacency, wijkPopulation, (i) => wijkXy[i] as Xy);
  const directions = nameRingTeams(townWijken, townTeamOf, wijkXy, wijkPopulation);
  const teamDefs = [
    { id: 'team-centrum', name: 'Wijkteam Centrum' },
    ...directions.map((d) => ({ id: `team-${RING_TEAM_DIRECTIONS[d]?.id}`, name: `Wijkteam ${RING_TEAM_DIRECTIONS[d]?.name}` })),
    ...deelgemeenten.slice(1).map((dg) => ({ id: `team-${slugify(dg.name)}`, name: `Wijkteam ${dg.name}` })),
  ];
  const teamOfWijk = wijkInfo.map((w, i) => (w.dg === 0 ? (townTeamOf.get(i) as number) : 3 + w.dg));
  return { teamDefs, teamOfWijk };
}

/** The compass direction (index into RING_TEAM_DIRECTIONS) that fits each of the three outer town teams best. */
function nameRingTeams(townWijken: readonly number[], townTeamOf: Map<number, number>, wijkXy: readonly Xy[], wijkPopulation: readonly number[]): number[] {
  const outerBearings = [1, 2, 3].map((t) => {
    const members = townWijken.filter((w) => townTeamOf.get(w) === t);
    const x = members.reduce((s, w) => s + (wijkXy[w] as Xy)[0] * (wijkPopulation[w] as number), 0);
    const y = members.reduce((s, w) => s + (wijkXy[w] as Xy)[1] * (wijkPopulation[w] as number), 0);
    return bearing([0, 0], [x, y]);
  });
  let bestAssignment: number[] = [];
  let bestCost = Infinity;
  for (const a of [0, 1, 2, 3]) for (const b of [0, 1, 2, 3]) for (const c of [0, 1, 2, 3]) {
    if (a === b || a === c || b === c) continue;
    const assignment = [a, b, c];
    const cost = assignment.reduce((s, d, t) => s + angularGap(outerBearings[t] as number, RING_TEAM_DIRECTIONS[d]?.bearing as number), 0);
    if (cost < bestCost) {
      bestCost = cost;
      bestAssignment = assignment;
    }
  }
  return bestAssignment;
}

/**
 * Rejects thin results (every wijk needs 3 sectors, every team room for its centres plus one) and enclaves
 * (every wijk, team territory and deelgemeente must be one polygon without holes).
 */
function isSound(cells: readonly Polygon[], wijkInfo: readonly WijkInfo[], teamDefs: readonly TeamDef[], teamOfWijk: readonly number[], sectorWijk: Map<number, number>): boolean {
  if (wijkInfo.some((w) => w.members.length < 3)) return false;
  const teamSizes = teamDefs.map((_, t) => cells.filter((_, i) => teamOfWijk[sectorWijk.get(i) as number] === t).length);
  if (teamSizes.some((size, t) => size < (CENTRES_PER_TEAM[t] as number) + 2)) return false;
  const cellFc: FeatureCollection<Polygon, { wijk: number }> = {
    type: 'FeatureCollection',
    features: cells.map((geometry, i) => ({ type: 'Feature', properties: { wijk: sectorWijk.get(i) as number }, geometry })),
  };
  const groupings: ((wijk: number) => string)[] = [(w) => String(w), (w) => String(teamOfWijk[w]), (w) => String(wijkInfo[w]?.dg)];
  for (const group of groupings) {
    const dissolved = dissolvePolygonsByKey(cellFc, (f) => group(f.properties.wijk));
    if (dissolved.features.some((f) => f.geometry.type !== 'Polygon' || f.geometry.coordinates.length !== 1)) return false;
  }
  return true;
}
