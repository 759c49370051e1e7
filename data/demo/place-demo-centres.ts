import { createSeededRandom } from '../../geo/synthesis';
import { findInteriorPoint } from '../../geo/geometry';
import type { DemoCentre, DemoSector } from './demo-geography-types';
import { DEMO_MUNICIPALITY, STREET_PREFIXES, slugify } from './demo-names';
import { deriveSeed } from './derive-seed';
import { CENTRES_PER_TEAM, type TownPartition } from './partition-town';
import { distanceXy, round6 } from './town-plane';

/**
 * 10. Centres: per team, the first at the town or village core (or where the team's people live), the next
 * ones spread out in dense sectors; each gets a kind, a fictional address and a position inside its sector.
 * Sectors are indexed like the partition's cells (not yet sorted by code).
 *
 * @example
 * placeDemoCentres(seed, partition, sectors).length; // 12
 */
export function placeDemoCentres(seed: number, partition: TownPartition, sectors: readonly DemoSector[]): DemoCentre[] {
  const { cells, teamDefs, teamOfWijk, sectorWijk, townSeed, deelgemeenten } = partition;
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
      else pick = pickCentreSector(partition, members, chosen, k, team.id);
      chosen.push(pick);
      centres.push(describeCentre(sectors[pick] as DemoSector, k, team.id, partition, centresRandom));
    }
  });
  return centres;
}

/**
 * Centres go where people live (dense sectors), near the team's population centre for the first one and at
 * least ~1.2 km from other centres for the next ones; sectors with a low population only when nothing else is left.
 */
function pickCentreSector(partition: TownPartition, members: readonly number[], chosen: readonly number[], k: number, teamId: string): number {
  const { cellInfo, position } = partition;
  const teamPopulation = members.reduce((s, m) => s + (cellInfo[m]?.population ?? 0), 0);
  const cx = members.reduce((s, m) => s + position(m)[0] * (cellInfo[m]?.population ?? 0), 0) / teamPopulation;
  const cy = members.reduce((s, m) => s + position(m)[1] * (cellInfo[m]?.population ?? 0), 0) / teamPopulation;
  let best = -1;
  let bestScore = -Infinity;
  const open = members.filter((m) => !chosen.includes(m));
  const candidates = open.some((m) => !cellInfo[m]?.lowPopulation) ? open.filter((m) => !cellInfo[m]?.lowPopulation) : open;
  for (const m of candidates) {
    const spacing = chosen.length === 0 ? 1 : Math.min(...chosen.map((c) => distanceXy(position(c), position(m))));
    const pull = k === 0 ? Math.exp(-distanceXy(position(m), [cx, cy]) / 1000) : Math.min(spacing, 1200) / 1200;
    const info = cellInfo[m] as (typeof cellInfo)[number];
    const score = Math.sqrt(info.population / Math.max(info.areaKm2, 0.01)) * pull ** 2;
    if (score > bestScore) {
      bestScore = score;
      best = m;
    }
  }
  if (best === -1) throw new Error(`no sector left for a centre of ${teamId} ${JSON.stringify(members)} ${cx} ${cy}`);
  return best;
}

/** The k-th centre of a team in `sector`: kind by rank, street and house number drawn from `random`. */
function describeCentre(sector: DemoSector, k: number, teamId: string, partition: TownPartition, random: () => number): DemoCentre {
  const interior = findInteriorPoint(sector.geometry);
  const kind = k === 0 ? 'Wijkcentrum' : k === 1 ? 'Buurtwerk' : 'Wijkpunt';
  const street = STREET_PREFIXES[Math.floor(random() * STREET_PREFIXES.length)] as string;
  const houseNumber = 1 + Math.floor(random() * 120);
  const dgName = partition.deelgemeenten.find((dg) => `${DEMO_MUNICIPALITY.nis5}${dg.letter}` === sector.deelgemeenteCode)?.name as string;
  return {
    id: slugify(sector.name),
    name: `${kind} ${sector.name}`,
    teamId,
    address: `${street}straat ${houseNumber}, ${DEMO_MUNICIPALITY.postcode} ${dgName}`,
    position: [round6(interior[0]), round6(interior[1])],
    sectorCode: sector.code,
  };
}
