import type { TerritoryInput } from '../../../geo/territories';

/** A rows × cols grid of areas `r{row}c{col}`, rook adjacency, centroids 0.01° apart near Kortrijk. */
export function gridInput(rows: number, cols: number, weight: (r: number, c: number) => number, fixed: readonly (readonly string[])[]): TerritoryInput {
  const code = (r: number, c: number) => `r${r}c${c}`;
  const areas = [];
  const adjacency: Record<string, string[]> = {};
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      areas.push({ code: code(r, c), weight: weight(r, c), wijk: `w${Math.floor(r / 2)}${Math.floor(c / 2)}`, centroid: [3.2 + c / 100, 50.8 + r / 100] as const });
      adjacency[code(r, c)] = [...(r + 1 < rows ? [code(r + 1, c)] : []), ...(c + 1 < cols ? [code(r, c + 1)] : [])];
    }
  }
  return { areas, adjacency, teams: fixed.map((f, i) => ({ id: `t${i}`, fixedAreas: f })) };
}

/** Whether each team's areas form one connected piece in the input's adjacency. */
export function isEachTeamContiguous(input: TerritoryInput, assignment: readonly { code: string; team: string }[]): boolean {
  const teamOf = new Map(assignment.map((a) => [a.code, a.team]));
  const nb = new Map<string, string[]>(input.areas.map((a) => [a.code, []]));
  for (const [a, list] of Object.entries(input.adjacency)) for (const b of list) { nb.get(a)!.push(b); nb.get(b)!.push(a); }
  return input.teams.every((t) => {
    const own = assignment.filter((a) => a.team === t.id).map((a) => a.code);
    const seen = new Set([own[0]!]);
    const stack = [own[0]!];
    while (stack.length) for (const b of nb.get(stack.pop()!)!) if (teamOf.get(b) === t.id && !seen.has(b)) { seen.add(b); stack.push(b); }
    return seen.size === own.length;
  });
}
