import type { FeatureCollection, Polygon, Position } from 'geojson';
import { createBlobPolygon } from '../../geo/synthesis';
import { createLocalProjection } from '../../geo/crs';
import { createSeededRandom } from '../../geo/synthesis';
import { dissolvePolygonsByKey } from '../../geo/geometry';
import { measureDistance } from '../../geo/measure';
import { meters, type LonLat } from '../../geo/units';
import type { DemoArea, DemoCentre, DemoGeography, DemoSector, DemoTeam } from './demo-geography-types';
import { DEMO_MUNICIPALITY, createSectorNamePicker } from './demo-names';
import { deriveSeed } from './derive-seed';
import { baseDeprivationAt, type TownFocus } from './indicator-model';
import { partitionTown, type TownPartition } from './partition-town';
import { placeDemoCentres } from './place-demo-centres';
import { angularGap, asPolygon, distanceXy, type Xy } from './town-plane';

export type { DemoArea, DemoCentre, DemoGeography, DemoSector, DemoTeam } from './demo-geography-types';
export { DEMO_SECTOR_COUNT } from './partition-town';

/** Where Demostad lies: a fictional town in the middle of nowhere-in-particular, around 3.95 E, 50.85 N. */
export const DEMO_ORIGIN: LonLat = [3.95, 50.85];

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
  const { outline, focus } = layOutTown(seed, toXy);

  // 2.–6. Sectors, deelgemeenten, wijken and teams; a new point set when an attempt is rejected.
  let partition: TownPartition | null = null;
  let attempts = 0;
  while (partition === null) {
    attempts += 1;
    if (attempts > 40) throw new Error(`seed ${seed}: could not partition the town`);
    partition = partitionTown(seed, attempts, outline, focus, toXy);
  }

  const sectors = describeSectors(seed, partition, focus, nameSectors(partition));
  const { wijken, deelgemeenten, teams, municipality } = dissolveAreas(partition, sectors);
  const centres = placeDemoCentres(seed, partition, sectors);

  const byCode = (a: { code: string }, b: { code: string }): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    municipality,
    deelgemeenten: deelgemeenten.sort(byCode),
    wijken: wijken.sort(byCode),
    sectors: [...sectors].sort(byCode),
    teams: teams.sort((a, b) => (a.id < b.id ? -1 : 1)),
    centres: centres.sort((a, b) => (a.teamId < b.teamId ? -1 : a.teamId > b.teamId ? 1 : a.id < b.id ? -1 : 1)),
    focus,
    projection,
    attempts,
  };
}

/** 1. Outline and the places that drive the model: town centre, three village cores and a deprivation hotspot. */
function layOutTown(seed: number, toXy: (p: LonLat) => Xy): { outline: Polygon; focus: TownFocus } {
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
  const hotspot: Xy = [townCentre[0] + hotspotDistance * Math.cos(hotspotAngle), townCentre[1] + hotspotDistance * Math.sin(hotspotAngle)];
  return { outline, focus: { townCentre, villageCores, hotspot } };
}

/** 7. Sector codes and names: per deelgemeente, by wijk and then distance from the deelgemeente core. */
function nameSectors(partition: TownPartition): { code: Map<number, string>; name: Map<number, string> } {
  const { deelgemeenten, wijkInfo, position, cellInfo } = partition;
  const pickName = createSectorNamePicker(partition.namesRandom);
  const code = new Map<number, string>();
  const name = new Map<number, string>();
  deelgemeenten.forEach((dg, dgIndex) => {
    const ordered = wijkInfo
      .map((w, i) => ({ w, i }))
      .filter(({ w }) => w.dg === dgIndex)
      .flatMap(({ w }) =>
        [...w.members].sort((a, b) => Number(b === dg.core) - Number(a === dg.core) || distanceXy(position(a), dg.coreXy) - distanceXy(position(b), dg.coreXy) || a - b),
      );
    if (ordered.length > 100) throw new Error('more than 100 sectors in one deelgemeente');
    ordered.forEach((m, rank) => {
      code.set(m, `${DEMO_MUNICIPALITY.nis5}${dg.letter}${String(rank).padStart(2, '0')}-`);
      name.set(m, m === dg.core ? (dgIndex === 0 ? `${DEMO_MUNICIPALITY.name}-Centrum` : `${dg.name}-Kern`) : pickName(cellInfo[m]?.lowPopulation ?? false));
    });
  });
  return { code, name };
}

/** 8. The sectors, in cell order, with deprivation from a smooth base, a wijk effect and a sector effect. */
function describeSectors(seed: number, partition: TownPartition, focus: TownFocus, names: { code: Map<number, string>; name: Map<number, string> }): DemoSector[] {
  const { cells, cellInfo, sectorWijk, wijkInfo, wijkCodes, deelgemeenten, teamDefs, teamOfWijk } = partition;
  const deprivationRandom = createSeededRandom(deriveSeed(seed, 'deprivation'));
  const wijkEffect = wijkInfo.map(() => 0.12 * (deprivationRandom() - 0.5));
  return cells.map((geometry, i) => {
    const info = cellInfo[i] as (typeof cellInfo)[number];
    const wijk = sectorWijk.get(i) as number;
    const deprivation = Math.min(1, Math.max(0, baseDeprivationAt(info.xy, focus) + (wijkEffect[wijk] as number) + 0.16 * (deprivationRandom() - 0.5)));
    return {
      code: names.code.get(i) as string,
      name: names.name.get(i) as string,
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
}

/** 9. Areas above the sector: dissolves, so that borders coincide exactly. */
function dissolveAreas(partition: TownPartition, sectors: readonly DemoSector[]) {
  const { cells, cellInfo, wijkInfo, wijkCodes, wijkPopulation, deelgemeenten, teamDefs, teamOfWijk } = partition;
  const sectorFc: FeatureCollection<Polygon, { wijk: string }> = {
    type: 'FeatureCollection',
    features: sectors.map((s) => ({ type: 'Feature', properties: { wijk: s.wijkCode }, geometry: s.geometry })),
  };
  const wijkFc: FeatureCollection<Polygon, { wijk: number }> = {
    type: 'FeatureCollection',
    features: dissolvePolygonsByKey(sectorFc, (f) => f.properties.wijk).features.map((f) => {
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
  return { wijken, deelgemeenten: deelgemeenteAreas, teams, municipality };
}

/** Distance in metres from a point to the nearest of `centres`. */
export function distanceToNearestCentre(point: LonLat, centres: readonly DemoCentre[]): number {
  return Math.min(...centres.map((c) => measureDistance(point, c.position)));
}
