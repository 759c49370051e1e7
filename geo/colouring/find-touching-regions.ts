/**
 * Which regions (teams) touch, from the areas they are made of: two regions touch when an area of one
 * shares a border with an area of the other. `regionOfArea[i]` is the region of area i (null: none);
 * `areaNeighbours[i]` lists the areas sharing a border with area i (index-aligned, as
 * `findAdjacentPolygons` in geo/geometry gives them). Returns every region with its touching regions,
 * both sorted; a region never touches itself.
 *
 * @example
 * findTouchingRegions(['noord', 'noord', 'zuid'], [[1], [0, 2], [1]]); // Map { 'noord' => ['zuid'], 'zuid' => ['noord'] }
 */
export function findTouchingRegions(regionOfArea: readonly (string | null)[], areaNeighbours: readonly (readonly number[])[]): Map<string, string[]> {
  if (!Array.isArray(regionOfArea) || !Array.isArray(areaNeighbours)) throw new TypeError('regionOfArea and areaNeighbours must be arrays');
  if (regionOfArea.length !== areaNeighbours.length) throw new RangeError(`regionOfArea has ${regionOfArea.length} areas, areaNeighbours ${areaNeighbours.length}`);
  const touching = new Map<string, Set<string>>();
  regionOfArea.forEach((region, i) => {
    if (region !== null && typeof region !== 'string') throw new TypeError(`regionOfArea[${i}] must be a string or null`);
    if (region !== null && !touching.has(region)) touching.set(region, new Set());
  });
  areaNeighbours.forEach((neighbours, i) => {
    const a = regionOfArea[i];
    if (!Array.isArray(neighbours)) throw new TypeError(`areaNeighbours[${i}] must be an array of area indices`);
    for (const j of neighbours) {
      if (!Number.isInteger(j) || j < 0 || j >= regionOfArea.length) throw new RangeError(`areaNeighbours[${i}] has ${String(j)}, not an area index`);
      const b = regionOfArea[j];
      if (a === null || a === undefined || b === null || b === undefined || a === b) continue;
      touching.get(a)!.add(b);
      touching.get(b)!.add(a);
    }
  });
  const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return new Map([...touching].sort(([x], [y]) => byId(x, y)).map(([region, set]) => [region, [...set].sort(byId)] as const));
}
