import { assignPointsToPolygons } from '../../geo/geometry';
import { findInteriorPoint } from '../../geo/geometry';
import type { LonLat } from '../../geo/units';
import type { AreaLevel, LevelAssignment } from './model';
import type { ProblemList } from '../problems';
import type { TypedTable } from './type-table';

/**
 * Places every base area (the level indicators are given at, e.g. sector) in an area of every coarser
 * level, so counts can be summed to wijk, deelgemeente, municipality and team territory. For each level
 * the first method that applies is used, and recorded so the UI can state it:
 *
 * 1. `parent-key`: the base areas' `parentKey` property names the parent (and grand-parents follow the chain);
 * 2. `attribute`: an area-attributes column `<level>_code` of the base level;
 * 3. `single-area`: the level has one area (the municipality) and everything is in it;
 * 4. `spatial`: the base area's interior point lies in the area's polygon.
 */
export function buildAreaHierarchy(
  levels: readonly AreaLevel[],
  baseLevel: string,
  attributes: readonly { level: string; keyColumn: string; table: TypedTable }[],
  problems: ProblemList,
): LevelAssignment[] {
  const base = levels.find((l) => l.level === baseLevel);
  if (!base) return [];
  const baseCodes = base.areas.features.map((f) => f.properties.code);
  const result: LevelAssignment[] = [{ level: baseLevel, method: 'identity', parentOf: new Map(baseCodes.map((c) => [c, c])) }];
  const byLevel = new Map(levels.map((l) => [l.level, l] as const));
  const codesOf = (level: string) => new Set(byLevel.get(level)?.areas.features.map((f) => f.properties.code) ?? []);
  const attribute = attributes.find((a) => a.level === baseLevel);

  // Parent-key chains: sector --wijk_code--> wijk --x--> ...
  const viaParentKey = new Map<string, Map<string, string>>();
  {
    let current = base;
    let mapping = new Map(baseCodes.map((c) => [c, c] as const));
    const visited = new Set([baseLevel]);
    while (current.resource.parentLevel && current.resource.parentKey && !visited.has(current.resource.parentLevel)) {
      const parentLevel = current.resource.parentLevel;
      const key = current.resource.parentKey;
      const parentCodes = codesOf(parentLevel);
      const parentOfCurrent = new Map<string, string>();
      for (const f of current.areas.features) {
        const parent = f.properties[key];
        if (parent !== null && parent !== undefined && parentCodes.has(String(parent))) parentOfCurrent.set(f.properties.code, String(parent));
      }
      const next = new Map<string, string>();
      for (const [b, c] of mapping) {
        const p = parentOfCurrent.get(c);
        if (p !== undefined) next.set(b, p);
      }
      viaParentKey.set(parentLevel, next);
      mapping = next;
      visited.add(parentLevel);
      const parent = byLevel.get(parentLevel);
      if (!parent) break;
      current = parent;
    }
  }

  let interiorPoints: { id: string; position: LonLat }[] | null = null;
  for (const level of levels) {
    if (level.level === baseLevel) continue;
    const codes = codesOf(level.level);
    let method: LevelAssignment['method'];
    let parentOf: Map<string, string>;
    const attrColumn = attribute?.table.columns.get(`${level.level}_code`);
    if (viaParentKey.has(level.level)) {
      method = 'parent-key';
      parentOf = viaParentKey.get(level.level)!;
    } else if (attribute && attrColumn) {
      method = 'attribute';
      parentOf = new Map();
      const keys = attribute.table.columns.get(attribute.keyColumn)!;
      keys.forEach((k, i) => {
        const parent = attrColumn[i];
        if (k !== null && parent !== null && parent !== undefined && codes.has(String(parent))) parentOf.set(String(k), String(parent));
      });
    } else if (codes.size === 1) {
      method = 'single-area';
      const only = [...codes][0]!;
      parentOf = new Map(baseCodes.map((c) => [c, only]));
    } else {
      method = 'spatial';
      interiorPoints ??= base.areas.features.map((f) => ({ id: f.properties.code, position: findInteriorPoint(f.geometry) }));
      parentOf = assignPointsToPolygons(interiorPoints, level.areas, (f) => f.properties.code);
    }
    const unassigned = baseCodes.filter((c) => !parentOf.has(c));
    if (unassigned.length > 0) {
      problems.warning('hierarchy-unassigned', level.resource.path, {
        params: { count: unassigned.length, base: baseLevel, level: level.level, examples: unassigned.slice(0, 3).join(', ') },
      });
    }
    result.push({ level: level.level, method, parentOf });
  }
  return result;
}
