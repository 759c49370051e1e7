import { colourDifference } from './measure-colour-difference';

export interface RegionColouringOptions {
  /** Colours some regions must keep (a team's own colour from the package); the others work around them. */
  readonly fixed?: Readonly<Record<string, string>>;
  /** The least CIEDE2000 difference between touching regions (default 30: no orange next to vermillion). */
  readonly minDifference?: number;
}

/**
 * A colour per region (team territory) such that touching regions never share, nor nearly share, a colour:
 * greedy graph colouring in DSATUR order (Brélaz 1979: next the region whose neighbours already use the
 * most distinct colours; ties by most neighbours, then by id), each region taking the first colour of the
 * palette (ordered for contrast, most wanted first) that no region uses yet and that differs from every
 * coloured neighbour by at least `minDifference` (ΔE00); failing that the first palette colour used
 * elsewhere that still differs that much from its neighbours; failing that (a palette too small) the
 * colour furthest from its neighbours. Deterministic: the result depends on the regions and their
 * touching, not on the order they are given in (ids in order: numeric ids as numbers).
 *
 * `neighbours` may list each pair once or twice; unknown regions in it are ignored.
 *
 * @example
 * const palette = ['#0072b2', '#e69f00', '#009e73', '#d55e00'];
 * colourNeighbouringRegions(['a', 'b', 'c'], { a: ['b'], b: ['c'] }, palette);
 * // Map { 'b' => '#0072b2', 'a' => '#e69f00', 'c' => '#009e73' }
 */
export function colourNeighbouringRegions(
  regions: readonly string[],
  neighbours: Readonly<Record<string, readonly string[]>>,
  palette: readonly string[],
  options: RegionColouringOptions = {},
): Map<string, string> {
  const graph = checkedGraph(regions, neighbours);
  if (!Array.isArray(palette) || palette.length === 0) throw new RangeError('palette must hold at least one colour');
  for (const colour of palette) colourDifference(colour, colour); // throws on a malformed colour
  const minDifference = options.minDifference ?? 30;
  if (!Number.isFinite(minDifference) || minDifference < 0) throw new RangeError(`minDifference must be a number ≥ 0, got ${minDifference}`);
  const chosen = new Map<string, string>();
  for (const [region, colour] of Object.entries(options.fixed ?? {})) {
    if (!graph.has(region)) continue;
    colourDifference(colour, colour);
    chosen.set(region, colour);
  }
  const ids = [...graph.keys()];
  while (chosen.size < ids.length) {
    const next = nextRegion(ids, graph, chosen);
    const around = [...graph.get(next)!].flatMap((n) => (chosen.has(n) ? [chosen.get(n)!] : []));
    chosen.set(next, pickColour(palette, around, new Set(chosen.values()), minDifference));
  }
  return new Map(ids.map((id) => [id, chosen.get(id)!] as const));
}

/** Ids in order: numerically when both are whole numbers ('2' before '10'), else by code unit. */
function byId(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(a) !== Number(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The regions sorted by id, each with its set of touching regions (both ways, no self, known ids only). */
function checkedGraph(regions: readonly string[], neighbours: Readonly<Record<string, readonly string[]>>): Map<string, Set<string>> {
  if (!Array.isArray(regions)) throw new TypeError('regions must be an array of ids');
  if (typeof neighbours !== 'object' || neighbours === null) throw new TypeError('neighbours must map a region to the regions it touches');
  for (const id of regions) if (typeof id !== 'string') throw new TypeError('region ids must be strings');
  const ids = [...new Set(regions)].sort(byId);
  const graph = new Map(ids.map((id) => [id, new Set<string>()] as const));
  for (const [region, list] of Object.entries(neighbours)) {
    if (!Array.isArray(list)) throw new TypeError(`neighbours of ${region} must be an array`);
    for (const other of list) {
      if (region === other || !graph.has(region) || !graph.has(other)) continue;
      graph.get(region)!.add(other);
      graph.get(other)!.add(region);
    }
  }
  return graph;
}

/** DSATUR's next region: most distinct colours among its neighbours, then most neighbours, then first id. */
function nextRegion(ids: readonly string[], graph: ReadonlyMap<string, ReadonlySet<string>>, chosen: ReadonlyMap<string, string>): string {
  let best: string | null = null;
  let bestSaturation = -1;
  let bestDegree = -1;
  for (const id of ids) {
    if (chosen.has(id)) continue;
    const around = graph.get(id)!;
    const saturation = new Set([...around].flatMap((n) => (chosen.has(n) ? [chosen.get(n)!] : []))).size;
    if (saturation > bestSaturation || (saturation === bestSaturation && around.size > bestDegree)) {
      best = id;
      bestSaturation = saturation;
      bestDegree = around.size;
    }
  }
  return best!;
}

function pickColour(palette: readonly string[], around: readonly string[], used: ReadonlySet<string>, minDifference: number): string {
  const nearest = (colour: string) => Math.min(Infinity, ...around.map((n) => colourDifference(colour, n)));
  const clear = palette.filter((c) => nearest(c) >= minDifference && !around.includes(c));
  const fresh = clear.find((c) => !used.has(c));
  if (fresh !== undefined) return fresh;
  if (clear.length > 0) return clear[0]!;
  // The palette is too small for these neighbours: the colour furthest from them (first of equals).
  let best = palette[0]!;
  for (const c of palette) if (nearest(c) > nearest(best)) best = c;
  return best;
}
