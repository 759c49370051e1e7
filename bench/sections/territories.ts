/**
 * Territories (issue 17.6): `proposeTerritories` on Kortrijk's 113 sectors into today's 7 teams with a
 * location, balance persons in need 2024 (target ≤ 1 s), and on the 2,767 wijken of the built-in geography
 * (Flanders and Brussels, 304 municipalities) into 60 territories balanced on residents (target ≤ 10 s).
 * Flanders: adjacency = shared border segments of the wijk polygons (`findAdjacentPolygons`), weight = Σ
 * residents of the wijk's sectors, anchors = the most populous wijk of each of the 60 most populous
 * municipalities (ties: lowest code), one team per anchor. Times are medians of 3 (Kortrijk: of 5) for the
 * proposal alone (the data is read once beforehand). Kortrijk is skipped with a message when ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTerritoryProblem } from '../../cli/commands/territories';
import { openPackageForCli } from '../../cli/cli-kit';
import { decodeMunicipality, type GeographyIndex } from '../../data/geography';
import { findAdjacentPolygons } from '../../geo/geometry';
import { findGraphComponents, proposeTerritories, type TerritoryInput, type TerritoryProposal } from '../../geo/territories';
import { hasKortrijk, KORTRIJK_DIR } from '../../tests/helpers/shared-data';
import { median, printSection, timeIt, type Figure } from '../bench-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const ASSETS = path.join(ROOT, 'assets', 'geography');
const FLANDERS_TEAMS = 60;

/** The Flanders problem: every wijk of the built-in geography, weighted by residents, 60 anchors. */
export function readFlandersTerritoryProblem(): TerritoryInput {
  const index = JSON.parse(readFileSync(path.join(ASSETS, 'index.json'), 'utf8')) as GeographyIndex;
  const wijken: { code: string; geometry: Parameters<typeof findAdjacentPolygons>[0][number]; residents: number; centroid: readonly [number, number] }[] = [];
  const mostPopulous = new Map<string, string>();
  for (const m of index.municipalities) {
    const g = decodeMunicipality(new Uint8Array(readFileSync(path.join(ASSETS, m.file))));
    const residents = new Map<string, number>();
    const sum = new Map<string, [number, number, number]>();
    for (const s of g.sectors) {
      if (s.wijk === null) continue;
      residents.set(s.wijk, (residents.get(s.wijk) ?? 0) + s.population);
      const [x, y, c] = sum.get(s.wijk) ?? [0, 0, 0];
      sum.set(s.wijk, [x + s.centroid[0], y + s.centroid[1], c + 1]);
    }
    let best: string | null = null;
    for (const w of [...g.wijken].sort((a, b) => (a.code < b.code ? -1 : 1))) {
      const [x, y, c] = sum.get(w.code) ?? [0, 0, 0];
      // centroid: mean of the wijk's sector centroids (every wijk here has sectors; else its first vertex)
      const first = (w.geometry.type === 'Polygon' ? w.geometry.coordinates[0]! : w.geometry.coordinates[0]![0]!)[0]!;
      wijken.push({ code: w.code, geometry: w.geometry, residents: residents.get(w.code) ?? 0, centroid: c > 0 ? [x / c, y / c] : [first[0]!, first[1]!] });
      if (best === null || (residents.get(w.code) ?? 0) > (residents.get(best) ?? 0)) best = w.code;
    }
    if (best !== null) mostPopulous.set(m.nis, best);
  }
  const neighbours = findAdjacentPolygons(wijken.map((w) => w.geometry));
  const largest = [...index.municipalities].sort((a, b) => b.population - a.population || (a.nis < b.nis ? -1 : 1)).slice(0, FLANDERS_TEAMS);
  return {
    areas: wijken.map((w) => ({ code: w.code, weight: w.residents, centroid: w.centroid })),
    adjacency: Object.fromEntries(wijken.map((w, i) => [w.code, neighbours[i]!.map((j) => wijken[j]!.code)])),
    teams: largest.map((m) => ({ id: m.name, fixedAreas: [mostPopulous.get(m.nis)!] })),
  };
}

async function timeProposal(input: TerritoryInput, runs: number): Promise<{ ms: number; proposal: TerritoryProposal }> {
  const times: number[] = [];
  let proposal: TerritoryProposal | null = null;
  for (let i = 0; i < runs; i++) {
    const r = await timeIt(() => proposeTerritories(input, { tolerance: 0 }));
    times.push(r.ms);
    proposal = r.result;
  }
  return { ms: median(times), proposal: proposal! };
}

const describe = (p: TerritoryProposal): string => {
  const r = p.report;
  const pieces = Math.max(...r.teams.map((t) => t.pieces));
  return `worst deviation ${(r.worstDeviation * 100).toFixed(2)} %, max ÷ min ${r.maxOverMin.toFixed(3)}, ${p.moves} moves + ${p.swaps} swaps, ` +
    `${pieces === 1 ? 'every team contiguous' : `a team in ${pieces} pieces`}${r.isolatedAreas.length > 0 ? `, ${r.isolatedAreas.length} areas in a part of the adjacency without an anchor (${r.isolatedAreas.map((a) => a.code).join(', ')}) joined to the nearest team, ${r.isolatedAreas[0]!.team}` : ''}`;
};

export async function runTerritoriesBench(): Promise<void> {
  const figures: Figure[] = [];
  const lines: string[] = [];
  if (hasKortrijk) {
    const { pkg, db } = await openPackageForCli(KORTRIJK_DIR);
    let problem: TerritoryInput;
    try {
      problem = (await buildTerritoryProblem(db, pkg, { period: 2024, balance: 'personsInNeed' })).problem;
    } finally {
      await db.close();
    }
    const k = await timeProposal(problem, 5);
    figures.push({ name: `Kortrijk: ${problem.areas.length} sectors into ${problem.teams.length} teams (persons in need 2024)`, value: k.ms, unit: 'ms', target: '≤ 1 s', key: 'territories.Kortrijk' });
    lines.push(`  Kortrijk: ${describe(k.proposal)}; target ≤ 1 s ${k.ms <= 1000 ? 'holds' : 'MISSED'}`);
  } else {
    lines.push(`  Kortrijk: SKIPPED (${KORTRIJK_DIR} is absent)`);
  }
  const read = await timeIt(() => readFlandersTerritoryProblem());
  const flanders = read.result;
  const indexOf = new Map(flanders.areas.map((a, i) => [a.code, i]));
  const components = new Set(findGraphComponents(flanders.areas.map((a) => flanders.adjacency[a.code]!.map((c) => indexOf.get(c)!)))).size;
  figures.push({ name: `Flanders: read ${flanders.areas.length} wijken + adjacency (once, not in the target)`, value: read.ms, unit: 'ms' });
  const f = await timeProposal(flanders, 3);
  figures.push({ name: `Flanders: ${flanders.areas.length} wijken into ${flanders.teams.length} territories (residents)`, value: f.ms, unit: 'ms', target: '≤ 10 s', key: 'territories.Flanders' });
  lines.push(`  Flanders: ${describe(f.proposal)} (${components} connected parts in the adjacency); target ≤ 10 s ${f.ms <= 10_000 ? 'holds' : 'MISSED'}`);
  printSection('territories: proposeTerritories, tolerance 0 (the search runs to its local optimum)', figures);
  console.log(lines.join('\n'));
}
