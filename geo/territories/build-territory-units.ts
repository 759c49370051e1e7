import type { TerritoryGraph } from './grow-territories';
import type { PreparedTerritories } from './territory-problem';

/** Units to assign and, for each area, its unit. */
export interface TerritoryUnits extends TerritoryGraph {
  readonly unitOfArea: readonly number[];
  readonly areaCounts: readonly number[];
  /** Wijken left split because they hold the locations of two teams. */
  readonly splitWijken: readonly string[];
}

/**
 * The units a plan moves: each area on its own or, with `keepWijken`, each wijk as one unit (areas without a
 * wijk stay on their own; a wijk holding locations of two teams cannot stay whole and is left split). A
 * unit's weight is the sum of its areas', its centroid their mean, its current team that of its first area.
 *
 * @example
 * const p = prepareTerritories({ areas: [{ code: 'a', weight: 1, wijk: 'W', centroid: [3, 50] },
 *   { code: 'b', weight: 2, wijk: 'W', centroid: [3, 50.01] }], adjacency: { a: ['b'] }, teams: [{ id: 't', fixedAreas: ['a'] }] });
 * buildTerritoryUnits(p, true).weights; // [3]
 */
export function buildTerritoryUnits(p: PreparedTerritories, keepWijken: boolean): TerritoryUnits {
  const n = p.codes.length;
  const fixedTeamsOfWijk = new Map<string, Set<number>>();
  p.wijken.forEach((w, i) => {
    if (w === null || p.fixedTeam[i]! < 0) return;
    fixedTeamsOfWijk.set(w, (fixedTeamsOfWijk.get(w) ?? new Set()).add(p.fixedTeam[i]!));
  });
  const splitWijken = [...fixedTeamsOfWijk].filter(([, s]) => s.size > 1).map(([w]) => w).sort();
  const unitOfKey = new Map<string, number>();
  const unitOfArea = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const w = p.wijken[i];
    const key = keepWijken && w !== null && !splitWijken.includes(w!) ? `w:${w}` : `a:${i}`;
    if (!unitOfKey.has(key)) unitOfKey.set(key, unitOfKey.size);
    unitOfArea[i] = unitOfKey.get(key)!;
  }
  const m = unitOfKey.size;
  const weights = new Array<number>(m).fill(0);
  const areaCounts = new Array<number>(m).fill(0);
  const lon = new Array<number>(m).fill(0);
  const lat = new Array<number>(m).fill(0);
  const fixedTeam = new Array<number>(m).fill(-1);
  const currentTeam = new Array<number>(m).fill(-2);
  const sets = Array.from({ length: m }, () => new Set<number>());
  for (let i = 0; i < n; i++) {
    const u = unitOfArea[i]!;
    weights[u]! += p.weights[i]!;
    areaCounts[u]! += 1;
    lon[u]! += p.centroids[i]![0];
    lat[u]! += p.centroids[i]![1];
    if (p.fixedTeam[i]! >= 0) fixedTeam[u] = p.fixedTeam[i]!;
    if (currentTeam[u] === -2) currentTeam[u] = p.currentTeam[i]!;
    for (const j of p.neighbours[i]!) if (unitOfArea[j] !== undefined && unitOfArea[j] !== u) { sets[u]!.add(unitOfArea[j]); sets[unitOfArea[j]]!.add(u); }
  }
  return {
    weights,
    areaCounts,
    centroids: lon.map((x, u) => [x / areaCounts[u]!, lat[u]! / areaCounts[u]!] as const),
    neighbours: sets.map((s) => [...s].sort((a, b) => a - b)),
    fixedTeam,
    currentTeam,
    shares: p.shares,
    unitOfArea,
    splitWijken,
  };
}
