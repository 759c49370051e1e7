/**
 * Which municipality, wijk and deelgemeente each Statbel 2024 sector belongs to. The 2025 sector table
 * (statsec_hierarchy.csv) names them for sector codes that did not change; for the codes Statbel renewed in
 * 2025 the 2024 centroid decides (the wijk or deelgemeente polygon it lies in, else the nearest one), and the
 * sector is marked `position`. The municipality comes from the 2025 table through the old NIS code at the
 * start of the sector code (2025 sector codes keep it, also in merged municipalities).
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { assignPointsToPolygons, findInteriorPoint } from '../../geo/geometry';
import { measureDistance } from '../../geo/measure';
import type { SectorAssignment } from '../../data/geography';
import type { HierarchyRow, RawArea, RawGeography, StatbelSector } from './read-raw-geography';

export interface AssignedSector extends StatbelSector {
  readonly name: string;
  readonly municipality: string;
  readonly wijk: string | null;
  readonly deelgemeente: string | null;
  readonly assignment: SectorAssignment;
}

/** Old NIS5 (the first five characters of a sector code) → the 2025 municipality it is part of. */
export function municipalityOfPrefix(hierarchy: ReadonlyMap<string, HierarchyRow>): Map<string, string> {
  const byPrefix = new Map<string, Map<string, number>>();
  for (const row of hierarchy.values()) {
    const counts = byPrefix.get(row.sector.slice(0, 5)) ?? new Map<string, number>();
    counts.set(row.municipality, (counts.get(row.municipality) ?? 0) + 1);
    byPrefix.set(row.sector.slice(0, 5), counts);
  }
  const result = new Map<string, string>();
  for (const [prefix, counts] of byPrefix) result.set(prefix, [...counts].sort((a, b) => b[1] - a[1])[0]![0]);
  return result;
}

/** The name of a sector: its own (same code in 2025), else that of the 2025 sector(s) sharing the longest code prefix. */
export function nameOfSector(code: string, names: ReadonlyMap<string, string>, byPrefix8: ReadonlyMap<string, string[]>): string {
  const own = names.get(code);
  if (own) return own;
  for (const length of [8, 7]) {
    const candidates = byPrefix8.get(code.slice(0, length));
    if (candidates?.length) {
      const distinct = [...new Set(candidates)];
      return distinct.length === 1 ? distinct[0]! : distinct.slice(0, 2).join(' / ');
    }
  }
  return code;
}

type AreaIndex = { readonly collection: FeatureCollection<Polygon | MultiPolygon, { code: string }>; readonly points: Map<string, [number, number]> };

function indexAreas(areas: readonly RawArea[]): AreaIndex {
  return {
    collection: { type: 'FeatureCollection', features: areas.map((a) => ({ type: 'Feature', properties: { code: a.code }, geometry: a.geometry })) },
    points: new Map(areas.map((a) => [a.code, [...findInteriorPoint(a.geometry)] as [number, number]])),
  };
}

/** The area (of the municipality's own) containing the point, else the one whose interior point is nearest. */
function locate(index: AreaIndex, sector: StatbelSector, own: ReadonlySet<string> | undefined): string | null {
  const candidates = index.collection.features.filter((f) => own?.has(f.properties.code));
  if (candidates.length === 0) return null;
  const hit = assignPointsToPolygons([{ id: sector.code, position: [sector.lon, sector.lat] }], { type: 'FeatureCollection', features: candidates }, (f) => f.properties.code).get(sector.code);
  if (hit) return hit;
  let best: { code: string; d: number } | null = null;
  for (const f of candidates) {
    const d = measureDistance([sector.lon, sector.lat], index.points.get(f.properties.code)!);
    if (!best || d < best.d) best = { code: f.properties.code, d };
  }
  return best!.code;
}

/** Every Statbel 2024 sector of Flanders and Brussels with its municipality, wijk, deelgemeente and name. */
export function assignSectors(raw: RawGeography): AssignedSector[] {
  const prefixToMunicipality = municipalityOfPrefix(raw.hierarchy);
  const byPrefix8 = new Map<string, string[]>();
  for (const [code, name] of raw.sectorNames) {
    for (const length of [8, 7]) {
      const list = byPrefix8.get(code.slice(0, length)) ?? [];
      list.push(name);
      byPrefix8.set(code.slice(0, length), list);
    }
  }
  const wijkCodes = new Set(raw.wijken.map((w) => w.code));
  const dgCodes = new Set(raw.deelgemeenten.map((d) => d.code));
  // The wijken and deelgemeenten of each 2025 municipality, as the sector table has them.
  const wijkenOf = new Map<string, Set<string>>();
  const dgOf = new Map<string, Set<string>>();
  for (const row of raw.hierarchy.values()) {
    if (wijkCodes.has(row.wijk)) wijkenOf.set(row.municipality, (wijkenOf.get(row.municipality) ?? new Set()).add(row.wijk));
    if (dgCodes.has(row.deelgemeente)) dgOf.set(row.municipality, (dgOf.get(row.municipality) ?? new Set()).add(row.deelgemeente));
  }
  const wijkIndex = indexAreas(raw.wijken);
  const dgIndex = indexAreas(raw.deelgemeenten);
  const out: AssignedSector[] = [];
  for (const sector of raw.statbel) {
    const municipality = prefixToMunicipality.get(sector.code.slice(0, 5));
    if (!municipality) continue; // Wallonia: not in the Flemish sector table
    const row = raw.hierarchy.get(sector.code);
    const byTable = row !== undefined && row.municipality === municipality;
    const wijk = byTable && wijkCodes.has(row.wijk) ? row.wijk : locate(wijkIndex, sector, wijkenOf.get(municipality));
    const deelgemeente = byTable && dgCodes.has(row.deelgemeente) ? row.deelgemeente : locate(dgIndex, sector, dgOf.get(municipality));
    out.push({ ...sector, name: nameOfSector(sector.code, raw.sectorNames, byPrefix8), municipality, wijk, deelgemeente, assignment: byTable ? 'table' : 'position' });
  }
  return out;
}
