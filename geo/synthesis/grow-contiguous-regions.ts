export interface GrowRegionsOptions {
  /** For each node, the indices of its neighbours (symmetric), e.g. from `findAdjacentPolygons`. */
  adjacency: readonly (readonly number[])[];
  /** The starting node of each region; `seeds[r]` belongs to region r. */
  seeds: readonly number[];
  /** Non-negative weight of each node (population, area, …) that regions balance. */
  weights: readonly number[];
  /** Wanted relative size of each region (same length as `seeds`); default all equal. */
  targetShares?: readonly number[];
  /** Cost of adding `node` to `region`; the cheapest frontier node is taken (e.g. distance to the seed). */
  costOf: (region: number, node: number) => number;
}

/**
 * Partitions the nodes of a connected graph into contiguous regions by balanced region growing. Every
 * region starts at its seed; repeatedly, the region with the smallest weight relative to its target share
 * that can still grow takes its cheapest unassigned neighbouring node (ties: lowest index). Because a
 * region only ever takes neighbours, every region is connected. Returns, for each node, its region index.
 * Throws when a node cannot be reached from any seed.
 *
 * @example
 * // a path 0–1–2–3 split in two from both ends
 * growContiguousRegions({ adjacency: [[1], [0, 2], [1, 3], [2]], seeds: [0, 3], weights: [1, 1, 1, 1],
 *   costOf: () => 0 }); // [0, 0, 1, 1]
 */
export function growContiguousRegions(options: GrowRegionsOptions): number[] {
  const { adjacency, seeds, weights, costOf } = options;
  if (!Array.isArray(adjacency)) throw new TypeError('adjacency must be an array of neighbour lists');
  const n = adjacency.length;
  if (!Array.isArray(weights) || weights.length !== n) throw new RangeError(`weights must have one entry per node (${n})`);
  if (!Array.isArray(seeds) || seeds.length === 0) throw new RangeError('seeds must be a non-empty array');
  const targetShares = options.targetShares ?? seeds.map(() => 1);
  if (targetShares.length !== seeds.length || targetShares.some((s) => !Number.isFinite(s) || s <= 0)) {
    throw new RangeError('targetShares must hold one positive number per seed');
  }
  if (typeof costOf !== 'function') throw new TypeError('costOf must be a function');
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weights[${i}] must be a finite number >= 0, got ${w}`);
  });
  adjacency.forEach((list, i) =>
    list.forEach((j: number) => {
      if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`adjacency[${i}] holds an invalid node ${j}`);
    }),
  );

  const label = new Array<number>(n).fill(-1);
  const regionWeight = seeds.map(() => 0);
  seeds.forEach((seed, region) => {
    if (!Number.isInteger(seed) || seed < 0 || seed >= n) throw new RangeError(`seeds[${region}] is not a node index: ${seed}`);
    if (label[seed] !== -1) throw new RangeError(`node ${seed} is the seed of two regions`);
    label[seed] = region;
    regionWeight[region] = weights[seed]!;
  });

  const blocked = seeds.map(() => false);
  for (;;) {
    let region = -1;
    for (let r = 0; r < seeds.length; r++) {
      if (blocked[r]) continue;
      if (region === -1 || regionWeight[r]! / targetShares[r]! < regionWeight[region]! / targetShares[region]!) region = r;
    }
    if (region === -1) break;
    let bestNode = -1;
    let bestCost = Infinity;
    for (let node = 0; node < n; node++) {
      if (label[node] !== region) continue;
      for (const next of adjacency[node]!) {
        if (label[next] !== -1) continue;
        const cost = costOf(region, next);
        if (cost < bestCost || (cost === bestCost && next < bestNode)) {
          bestCost = cost;
          bestNode = next;
        }
      }
    }
    if (bestNode === -1) {
      blocked[region] = true;
      continue;
    }
    label[bestNode] = region;
    regionWeight[region]! += weights[bestNode]!;
  }
  const orphan = label.indexOf(-1);
  if (orphan !== -1) throw new RangeError(`node ${orphan} cannot be reached from any seed`);
  return label;
}
