import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { centerOfMass } from '@turf/turf';
import { buildVoronoiCells } from '../../geo/geometry';
import { createBlobPolygon } from '../../geo/synthesis';
import { createLocalProjection, type LocalProjection } from '../../geo/crs';
import { createSeededRandom } from '../../geo/synthesis';
import { dissolvePolygonsByKey } from '../../geo/geometry';
import { findAdjacentPolygons } from '../../geo/geometry';
import { findInteriorPoint } from '../../geo/geometry';
import { growContiguousRegions } from '../../geo/synthesis';
import { isPointInRings } from '../../geo/geometry';
import { measureArea } from '../../geo/measure';
import { measureDistance } from '../../geo/measure';
import { roundPolygonCoordinates } from '../../geo/geometry';
import { sampleSpacedPoints } from '../../geo/synthesis';
import { meters, type LonLat } from '../../geo/units';
import {
  DEMO_MUNICIPALITY,
  STREET_PREFIXES,
  TOWN_WIJK_NAMES,
  VILLAGE_NAMES,
  VILLAGE_WIJK_SUFFIXES,
  createSectorNamePicker,
  pickDistinct,
  slugify,
} from './demo-names';
import { deriveSeed } from './derive-seed';
import { baseDeprivationAt, drawDensityFactor, populationDensityAt, type TownFocus } from './indicator-model';

/** Where Demostad lies: a fictional town in the middle of nowhere-in-particular, around 3.95 E, 50.85 N. */
export const DEMO_ORIGIN: LonLat = [3.95, 50.85];
export const DEMO_SECTOR_COUNT = 100;
/** Wijken per deelgemeente: the town (A) and three villages (B, C, D). */
const WIJKEN_PER_DEELGEMEENTE = [6, 2, 2, 2] as const;
/** Centres per team, in team-growth order: centrum, three town teams, three village teams. */
const CENTRES_PER_TEAM = [3, 2, 2, 2, 1, 1, 1] as const;
const RING_TEAM_DIRECTIONS = [
  { id: 'noord', name: 'Noord', bearing: 0 },
  { id: 'oost', name: 'Oost', bearing: Math.PI / 2 },
  { id: 'zuid', name: 'Zuid', bearing: Math.PI },
  { id: 'west', name: 'West', bearing: (3 * Math.PI) / 2 },
] as const;

export interface DemoSector {
  code: string;
  name: string;
  geometry: Polygon;
  /** Area centroid (inside the sector), rounded to 6 decimals. */
  centroid: LonLat;
  areaKm2: number;
  densityPerKm2: number;
  population2024: number;
  lowPopulation: boolean;
  /** Deprivation 0…1 including wijk and sector effects (input of the indicator model). */
  deprivation: number;
  deelgemeenteCode: string;
  wijkCode: string;
  teamId: string;
}

export interface DemoArea {
  code: string;
  name: string;
  geometry: Polygon;
  population2024: number;
  sectorCount: number;
}

export interface DemoTeam {
  id: string;
  name: string;
  geometry: Polygon;
  population2024: number;
}

export interface DemoCentre {
  id: string;
  name: string;
  teamId: string;
  address: string;
  position: LonLat;
  sectorCode: string;
}

export interface DemoGeography {
  municipality: DemoArea;
  deelgemeenten: DemoArea[];
  wijken: DemoArea[];
  /** Sorted by code. */
  sectors: DemoSector[];
  /** Sorted by id. */
  teams: DemoTeam[];
  /** Sorted by team id, then id. */
  centres: DemoCentre[];
  focus: TownFocus;
  projection: LocalProjection;
  /** How many point sets were tried before every cell came out as one simple polygon. */
  attempts: number;
}

type Xy = readonly [number, number];
const distanceXy = (a: Xy, b: Xy): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** Compass bearing of `to` seen from `from`, clockwise from north, in [0, 2π). */
const bearing = (from: Xy, to: Xy): number => {
  const angle = Math.atan2(to[0] - from[0], to[1] - from[1]);
  return angle < 0 ? angle + 2 * Math.PI : angle;
};
const angularGap = (a: number, b: number): number => {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
};
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

function asPolygon(geometry: Polygon | MultiPolygon | null, what: string): Polygon {
  const rounded = geometry === null ? null : roundPolygonCoordinates(geometry, 6);
  if (rounded === null || rounded.type !== 'Polygon') throw new Error(`${what} is not a single polygon`);
  return rounded;
}

/** Index of the point nearest to `target` (a Voronoi generator's cell contains the target). */
function nearestIndex(points: readonly Xy[], target: Xy, among?: readonly number[]): number {
  const candidates = among ?? points.map((_, i) => i);
  let best = -1;
  let bestDistance = Infinity;
  for (const i of candidates) {
    const d = distanceXy(points[i] as Xy, target);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  }
  return best;
}

/** Farthest-point sampling: starts from `first`, adds the member farthest from all chosen ones. */
function spreadSeeds(members: readonly number[], first: number, count: number, position: (i: number) => Xy): number[] {
  const chosen = [first];
  while (chosen.length < count) {
    let best = -1;
    let bestDistance = -1;
    for (const m of members) {
      if (chosen.includes(m)) continue;
      const d = Math.min(...chosen.map((c) => distanceXy(position(c), position(m))));
      if (d > bestDistance) {
        bestDistance = d;
        best = m;
      }
    }
    if (best === -1) throw new Error(`cannot choose ${count} seeds among ${members.length} members`);
    chosen.push(best);
  }
  return chosen;
}

/** Grows `count` contiguous groups inside `members` (a connected part of the sector graph). */
function partitionMembers(
  members: readonly number[],
  seeds: readonly number[],
  adjacency: readonly (readonly number[])[],
  weights: readonly number[],
  position: (i: number) => Xy,
  targetShares?: readonly number[],
): Map<number, number> {
  const local = new Map(members.map((m, i) => [m, i]));
  const subAdjacency = members.map((m) => (adjacency[m] ?? []).filter((n) => local.has(n)).map((n) => local.get(n) as number));
  const labels = growContiguousRegions({
    adjacency: subAdjacency,
    seeds: seeds.map((s) => local.get(s) as number),
    weights: members.map((m) => weights[m] as number),
    ...(targetShares ? { targetShares } : {}),
    costOf: (region, node) => distanceXy(position(members[node] as number), position(seeds[region] as number)),
  });
  return new Map(members.map((m, i) => [m, labels[i] as number]));
}

/**
 * Builds the fictional town: outline, ~100 sectors (Voronoi cells of density-weighted, well-spaced points
 * clipped to the outline), 4 deelgemeenten (the town and three villages), 12 wijken, 7 team territories
 * (all contiguous, grown over the sector adjacency graph and dissolved so that borders coincide), sector
 * populations from the density model and 12 centres at sector interior points. Deterministic for a seed.
 *
 * @example
 * const town = buildDemoGeography(20240101);
 * town.sectors.length; // 100
 * town.wijken.map((w) => w.name); // ['Centrum', …]
 */
export function buildDemoGeography(seed: number): DemoGeography {
  const projection = createLocalProjection(DEMO_ORIGIN);
  const toXy = (p: LonLat): Xy => projection.toPlane(p);

  // 1. Outline and the places that drive the model.
  const layoutRandom = createSeededRandom(deriveSeed(seed, 'layout'));
  const outline = asPolygon(
    createBlobPolygon({ center: DEMO_ORIGIN, radiusXMeters: meters(4200), radiusYMeters: meters(3600), random: layoutRandom, vertexCount: 144, roughness: 0.3 }),
    'outline',
  );
  const outlineXy = (outline.coordinates[0] as Position[]).map((p) => toXy([p[0] as number, p[1] as number]));
  const radiusAt = (theta: number): number => {
    let best = outlineXy[0] as Xy;
    for (const p of outlineXy) if (angularGap(Math.atan2(p[1], p[0]), theta) < angularGap(Math.atan2(best[1], best[0]), theta)) best = p;
    return Math.hypot(best[0], best[1]);
  };
  const townCentre: Xy = [(layoutRandom() - 0.5) * 500, (layoutRandom() - 0.5) * 500];
  const firstAngle = layoutRandom() * 2 * Math.PI;
  const villageCores: Xy[] = [0, 1, 2].map((i) => {
    const theta = firstAngle + (i * 2 * Math.PI) / 3 + (layoutRandom() - 0.5) * 0.5;
    const d = (0.66 + 0.12 * layoutRandom()) * radiusAt(theta);
    return [d * Math.cos(theta), d * Math.sin(theta)];
  });
  const hotspotAngle = firstAngle + Math.PI / 3 + (layoutRandom() - 0.5) * 0.6;
  const hotspotDistance = 1800 + 500 * layoutRandom();
  const focus: TownFocus = {
    townCentre,
    villageCores,
    hotspot: [townCentre[0] + hotspotDistance * Math.cos(hotspotAngle), townCentre[1] + hotspotDistance * Math.sin(hotspotAngle)],
  };

  // 2.–6. Sectors, deelgemeenten, wijken and teams; a new point set when an attempt is rejected.
  let partition: TownPartition | null = null;
  let attempts = 0;
  while (partition === null) {
    attempts += 1;
    if (attempts > 40) throw new Error(`seed ${seed}: could not partition the town`);
    partition = partitionTown(seed, attempts, outline, focus, toXy);
  }
  const { cells, cellInfo, position, townSeed, deelgemeenten, wijkInfo, wijkPopulation, wijkCodes, teamDefs, teamOfWijk, sectorWijk, namesRandom } = partition;

  // 7. Sector codes and names: per deelgemeente, by wijk and then distance from the deelgemeente core.
  const pickName = createSectorNamePicker(namesRandom);
  const sectorCode = new Map<number, string>();
  const sectorName = new Map<number, string>();
  deelgemeenten.forEach((dg, dgIndex) => {
    const ordered = wijkInfo
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => w.dg === dgIndex)
      .flatMap(({ w }) =>
        [...w.members].sort((a, b) => Number(b === dg.core) - Number(a === dg.core) || distanceXy(position(a), dg.coreXy) - distanceXy(position(b), dg.coreXy) || a - b),
      );
    if (ordered.length > 100) throw new Error('more than 100 sectors in one deelgemeente');
    ordered.forEach((m, rank) => {
      sectorCode.set(m, `${DEMO_MUNICIPALITY.nis5}${dg.letter}${String(rank).padStart(2, '0')}-`);
      const name =
        m === dg.core ? (dgIndex === 0 ? `${DEMO_MUNICIPALITY.name}-Centrum` : `${dg.name}-Kern`) : pickName(cellInfo[m]?.lowPopulation ?? false);
      sectorName.set(m, name);
    });
  });

  // 8. Deprivation: a smooth base, a wijk effect and a sector effect.
  const deprivationRandom = createSeededRandom(deriveSeed(seed, 'deprivation'));
  const wijkEffect = wijkInfo.map(() => 0.12 * (deprivationRandom() - 0.5));
  const sectors: DemoSector[] = cells.map((geometry, i) => {
    const info = cellInfo[i] as (typeof cellInfo)[number];
    const wijk = sectorWijk.get(i) as number;
    const deprivation = Math.min(1, Math.max(0, baseDeprivationAt(info.xy, focus) + (wijkEffect[wijk] as number) + 0.16 * (deprivationRandom() - 0.5)));
    return {
      code: sectorCode.get(i) as string,
      name: sectorName.get(i) as string,
      geometry,
      centroid: info.centroid,
      areaKm2: info.areaKm2,
      densityPerKm2: info.areaKm2 > 0 ? info.population / info.areaKm2 : 0,
      population2024: info.population,
      lowPopulation: info.lowPopulation,
      deprivation,
      deelgemeenteCode: `${DEMO_MUNICIPALITY.nis5}${deelgemeenten[wijkInfo[wijk]?.dg as number]?.letter}`,
      wijkCode: wijkCodes[wijk] as string,
      teamId: teamDefs[teamOfWijk[wijk] as number]?.id as string,
    };
  });

  // 9. Areas above the sector: dissolves, so that borders coincide exactly.
  const sectorFc: FeatureCollection<Polygon, { wijk: string }> = {
    type: 'FeatureCollection',
    features: sectors.map((s) => ({ type: 'Feature', properties: { wijk: s.wijkCode }, geometry: s.geometry })),
  };
  const wijkGeometries = dissolvePolygonsByKey(sectorFc, (f) => f.properties.wijk).features;
  const wijkFc: FeatureCollection<Polygon, { wijk: number }> = {
    type: 'FeatureCollection',
    features: wijkGeometries.map((f) => {
      const wijk = wijkCodes.indexOf(f.properties.key);
      return { type: 'Feature', properties: { wijk }, geometry: asPolygon(f.geometry, `wijk ${f.properties.key}`) };
    }),
  };
  const sumBy = (members: number[]): number => members.reduce((s, m) => s + (cellInfo[m]?.population ?? 0), 0);
  const wijken: DemoArea[] = wijkFc.features.map((f) => ({
    code: wijkCodes[f.properties.wijk] as string,
    name: wijkInfo[f.properties.wijk]?.name as string,
    geometry: f.geometry,
    population2024: wijkPopulation[f.properties.wijk] as number,
    sectorCount: wijkInfo[f.properties.wijk]?.members.length as number,
  }));
  const byDeelgemeente = dissolvePolygonsByKey(wijkFc, (f) => deelgemeenten[wijkInfo[f.properties.wijk]?.dg as number]?.letter as string);
  const deelgemeenteAreas: DemoArea[] = byDeelgemeente.features.map((f) => {
    const dgIndex = deelgemeenten.findIndex((dg) => dg.letter === f.properties.key);
    const members = wijkInfo.filter((w) => w.dg === dgIndex).flatMap((w) => w.members);
    return {
      code: `${DEMO_MUNICIPALITY.nis5}${f.properties.key}`,
      name: deelgemeenten[dgIndex]?.name as string,
      geometry: asPolygon(f.geometry, `deelgemeente ${f.properties.key}`),
      population2024: sumBy(members),
      sectorCount: members.length,
    };
  });
  const teamGeometries = dissolvePolygonsByKey(wijkFc, (f) => teamDefs[teamOfWijk[f.properties.wijk] as number]?.id as string);
  const teams: DemoTeam[] = teamGeometries.features.map((f) => ({
    id: f.properties.key,
    name: teamDefs.find((t) => t.id === f.properties.key)?.name as string,
    geometry: asPolygon(f.geometry, `team territory ${f.properties.key}`),
    population2024: sectors.filter((s) => s.teamId === f.properties.key).reduce((sum, s) => sum + s.population2024, 0),
  }));
  const municipalityGeometry = dissolvePolygonsByKey(byDeelgemeente, () => DEMO_MUNICIPALITY.nis5).features[0]?.geometry ?? null;
  const municipality: DemoArea = {
    code: DEMO_MUNICIPALITY.nis5,
    name: DEMO_MUNICIPALITY.name,
    geometry: asPolygon(municipalityGeometry, 'municipality'),
    population2024: sumBy(cells.map((_, i) => i)),
    sectorCount: cells.length,
  };

  // 10. Centres: the most central sectors first, then spread out within each team.
  const centresRandom = createSeededRandom(deriveSeed(seed, 'centres'));
  const chosen: number[] = [];
  const centres: DemoCentre[] = [];
  teamDefs.forEach((team, t) => {
    const members = cells.map((_, i) => i).filter((i) => teamOfWijk[sectorWijk.get(i) as number] === t);
    const count = CENTRES_PER_TEAM[t] as number;
    for (let k = 0; k < count; k++) {
      let pick: number;
      if (k === 0 && t === 0) pick = townSeed;
      else if (k === 0 && t >= 4) pick = deelgemeenten[t - 3]?.core as number;
      else {
        const teamPopulation = members.reduce((s, m) => s + (cellInfo[m]?.population ?? 0), 0);
        const cx = members.reduce((s, m) => s + position(m)[0] * (cellInfo[m]?.population ?? 0), 0) / teamPopulation;
        const cy = members.reduce((s, m) => s + position(m)[1] * (cellInfo[m]?.population ?? 0), 0) / teamPopulation;
        let best = -1;
        let bestScore = -Infinity;
        const open = members.filter((m) => !chosen.includes(m));
        const candidates = open.some((m) => !cellInfo[m]?.lowPopulation) ? open.filter((m) => !cellInfo[m]?.lowPopulation) : open;
        for (const m of candidates) {
          // Centres go where people live (dense sectors), near the team's population centre for the first
          // one and at least ~1.2 km from other centres for the next ones.
          const spacing = chosen.length === 0 ? 1 : Math.min(...chosen.map((c) => distanceXy(position(c), position(m))));
          const pull = k === 0 ? Math.exp(-distanceXy(position(m), [cx, cy]) / 1000) : Math.min(spacing, 1200) / 1200;
          const info = cellInfo[m] as (typeof cellInfo)[number];
          const score = Math.sqrt(info.population / Math.max(info.areaKm2, 0.01)) * pull ** 2;
          if (score > bestScore) {
            bestScore = score;
            best = m;
          }
        }
        if (best === -1) throw new Error(`no sector left for a centre of ${team.id} ${JSON.stringify(members)} ${cx} ${cy}`);
        pick = best;
      }
      chosen.push(pick);
      const sector = sectors[pick] as DemoSector;
      const interior = findInteriorPoint(sector.geometry);
      const kind = k === 0 ? 'Wijkcentrum' : k === 1 ? 'Buurtwerk' : 'Wijkpunt';
      const street = STREET_PREFIXES[Math.floor(centresRandom() * STREET_PREFIXES.length)] as string;
      const houseNumber = 1 + Math.floor(centresRandom() * 120);
      const dgName = deelgemeenten.find((dg) => `${DEMO_MUNICIPALITY.nis5}${dg.letter}` === sector.deelgemeenteCode)?.name as string;
      centres.push({
        id: slugify(sector.name),
        name: `${kind} ${sector.name}`,
        teamId: team.id,
        address: `${street}straat ${houseNumber}, ${DEMO_MUNICIPALITY.postcode} ${dgName}`,
        position: [round6(interior[0]), round6(interior[1])],
        sectorCode: sector.code,
      });
    }
  });

  const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    municipality,
    deelgemeenten: deelgemeenteAreas.sort(byCode),
    wijken: wijken.sort(byCode),
    sectors: [...sectors].sort(byCode),
    teams: teams.sort((a, b) => (a.id < b.id ? -1 : 1)),
    centres: centres.sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : a.id < b.id ? -1 : 1)),
    focus,
    projection,
    attempts,
  };
}

/** Everything decided by one attempt at partitioning the town. */
type TownPartition = NonNullable<ReturnType<typeof partitionTown>>;

/**
 * One attempt (numbered from 1) at sectors, deelgemeenten, wijken and teams; null when the attempt gives a
 * cell cut in two, a disconnected tiling or a wijk or team too small, and the caller tries the next.
 */
function partitionTown(seed: number, attempt: number, outline: Polygon, focus: TownFocus, toXy: (p: LonLat) => Xy) {
  const { townCentre } = focus;
  const villageCores = focus.villageCores as Xy[];
  // 2. Sectors: Voronoi cells of well-spaced, density-weighted points.
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
  const pointsXy = points.map(toXy);

  // 3. Area, centroid, population of every cell.
  const populationRandom = createSeededRandom(deriveSeed(seed, `population-${attempt}`));
  const cellInfo = cells.map((geometry) => {
    const areaKm2 = measureArea(geometry);
    let centroid = centerOfMass(geometry).geometry.coordinates as [number, number];
    if (!isPointInRings(centroid, geometry.coordinates)) centroid = [...findInteriorPoint(geometry)];
    const centroidLonLat: LonLat = [round6(centroid[0]), round6(centroid[1])];
    const { factor, lowPopulation } = drawDensityFactor(populationRandom);
    const density = populationDensityAt(toXy(centroidLonLat), focus) * factor;
    const population = Math.round(density * areaKm2);
    return { geometry, areaKm2, centroid: centroidLonLat, xy: toXy(centroidLonLat), population, lowPopulation };
  });
  const position = (i: number): Xy => (cellInfo[i] as { xy: Xy }).xy;

  // 4. Deelgemeenten: the town (40 % of the area) and three villages, grown from their cores.
  const townSeed = nearestIndex(pointsXy, townCentre);
  const villageSeeds = villageCores.map((v) => nearestIndex(pointsXy, v));
  if (new Set([townSeed, ...villageSeeds]).size !== 4) return null;
  const deelgemeenteOf = partitionMembers(
    cells.map((_, i) => i),
    [townSeed, ...villageSeeds],
    adjacency,
    cellInfo.map((c) => c.areaKm2),
    position,
    [0.4, 0.2, 0.2, 0.2],
  );
  // Villages lettered B, C, D clockwise from north as seen from the town centre.
  const villageOrder = [0, 1, 2].sort((a, b) => bearing(townCentre, villageCores[a] as Xy) - bearing(townCentre, villageCores[b] as Xy));
  const namesRandom = createSeededRandom(deriveSeed(seed, `names-${attempt}`));
  const villageNames = pickDistinct(VILLAGE_NAMES, 3, namesRandom);
  const deelgemeenten = [
    { region: 0, letter: 'A', name: DEMO_MUNICIPALITY.name, core: townSeed, coreXy: townCentre },
    ...villageOrder.map((v, i) => ({
      region: v + 1,
      letter: 'BCD'[i] as string,
      name: villageNames[i] as string,
      core: villageSeeds[v] as number,
      coreXy: villageCores[v] as Xy,
    })),
  ];

  // 5. Wijken inside each deelgemeente (balanced by population), then 6. teams from wijken.
  const sectorWijk = new Map<number, number>();
  const wijkInfo: { dg: number; name: string; members: number[]; seed: number }[] = [];
  const wijkNamePool = pickDistinct(TOWN_WIJK_NAMES, WIJKEN_PER_DEELGEMEENTE[0] - 1, namesRandom);
  deelgemeenten.forEach((dg, dgIndex) => {
    const members = cells.map((_, i) => i).filter((i) => deelgemeenteOf.get(i) === dg.region);
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
  const wijkCodes = wijkInfo.map((_, i) => `${DEMO_MUNICIPALITY.nis5}W${String(i + 1).padStart(2, '0')}`);
  const wijkPopulation = wijkInfo.map((w) => w.members.reduce((sum, m) => sum + (cellInfo[m]?.population ?? 0), 0));
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
  // Name the three outer town teams after the compass direction that fits them best.
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
  const teamDefs = [
    { id: 'team-centrum', name: 'Wijkteam Centrum' },
    ...bestAssignment.map((d) => ({ id: `team-${RING_TEAM_DIRECTIONS[d]?.id}`, name: `Wijkteam ${RING_TEAM_DIRECTIONS[d]?.name}` })),
    ...deelgemeenten.slice(1).map((dg) => ({ id: `team-${slugify(dg.name)}`, name: `Wijkteam ${dg.name}` })),
  ];
  const teamOfWijk = wijkInfo.map((w, i) => (w.dg === 0 ? (townTeamOf.get(i) as number) : 3 + w.dg));

  // Reject thin results: every wijk needs 3 sectors, every team room for its centres plus one.
  if (wijkInfo.some((w) => w.members.length < 3)) return null;
  const teamSizes = teamDefs.map((_, t) => cells.filter((_, i) => teamOfWijk[sectorWijk.get(i) as number] === t).length);
  if (teamSizes.some((size, t) => size < (CENTRES_PER_TEAM[t] as number) + 2)) return null;
  // Reject enclaves: every wijk, team territory and deelgemeente must be one polygon without holes.
  const cellFc: FeatureCollection<Polygon, { wijk: number }> = {
    type: 'FeatureCollection',
    features: cells.map((geometry, i) => ({ type: 'Feature', properties: { wijk: sectorWijk.get(i) as number }, geometry })),
  };
  const groupings: ((wijk: number) => string)[] = [(w) => String(w), (w) => String(teamOfWijk[w]), (w) => String(wijkInfo[w]?.dg)];
  for (const group of groupings) {
    const dissolved = dissolvePolygonsByKey(cellFc, (f) => group(f.properties.wijk));
    if (dissolved.features.some((f) => f.geometry.type !== 'Polygon' || f.geometry.coordinates.length !== 1)) return null;
  }
  return { cells, cellInfo, position, townSeed, deelgemeenten, wijkInfo, wijkPopulation, wijkCodes, teamDefs, teamOfWijk, sectorWijk, namesRandom };
}

function isConnected(adjacency: readonly (readonly number[])[]): boolean {
  if (adjacency.length === 0) return false;
  const seen = new Set([0]);
  const stack = [0];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    for (const next of adjacency[node] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen.size === adjacency.length;
}

/** Distance in metres from a point to the nearest of `centres`. */
export function distanceToNearestCentre(point: LonLat, centres: readonly DemoCentre[]): number {
  return Math.min(...centres.map((c) => measureDistance(point, c.position)));
}

