/**
 * `npm run build:geography`: builds the built-in geography of Flanders and Brussels (assets/geography/) from
 * ../shared/data/raw — per municipality its wijken (ggw7), deelgemeenten, outline and statistical sectors
 * (Statbel 2024 codes, names, residents; cells approximate: Voronoi of the real centroids within the wijk).
 * One gzip'd JSON record per municipality plus index.json; see data/geography/geography-format.ts.
 *
 * Usage: `npm run build:geography [-- --raw <dir>] [--out <dir>] [--only 34022,36015]`
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'fflate';
import { feature, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { findBoundingBox } from '../geo/geometry';
import { findSelfIntersections, repairRing } from '../geo/repair';
import {
  decodeGeometry,
  encodeGeometry,
  encodePosition,
  GEOGRAPHY_INDEX_SCHEMA,
  GEOGRAPHY_SCHEMA,
  type EncodedArea,
  type EncodedMunicipality,
  type EncodedSector,
  type GeographyIndex,
  type GeographyIndexEntry,
} from '../data/geography';
import { assignSectors, type AssignedSector } from './geography/assign-sectors';
import { buildSectorCells } from './geography/build-sector-cells';
import { readRawGeography, type RawArea, type RawGeography } from './geography/read-raw-geography';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GEOGRAPHY_SOURCES = [
  'Wijken voor omgevingsanalyse © gemeentebesturen, verzameld door Data & Analyse van de Vlaamse provincies (Modellicentie Gratis Hergebruik v1.0)',
  'Deelgemeenten, gemeenten en statistische sectoren: Statbel (Algemene Directie Statistiek) open data, 2024; gebiedsniveaus van Provincies in Cijfers',
];

const polygonsOf = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const crossesItself = (g: Polygon | MultiPolygon) => polygonsOf(g).some((rings) => findSelfIntersections(rings.map((r) => repairRing(r).ring), 1).length > 0);

/** A geometry's line work rebuilt by polygon clipping (against a box around it): crossings resolved into valid parts. */
function cleaned(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const [w, s, e, n] = findBoundingBox(geometry);
  const box = turfPolygon([[[w - 1, s - 1], [e + 1, s - 1], [e + 1, n + 1], [w - 1, n + 1], [w - 1, s - 1]]]);
  const result = intersect(featureCollection([feature(geometry), box]));
  if (!result) throw new Error('polygon clipping left nothing');
  return result.geometry;
}

export const repairs: string[] = [];

/**
 * The encoded geometry, checked as the importer checks rings: when quantising (or the Voronoi clipping
 * before it) left a ring crossing or overlapping itself, the line work is rebuilt by polygon clipping and
 * encoded again. Throws naming the area when that does not help either.
 */
function checkedEncoding(code: string, geometry: Polygon | MultiPolygon) {
  let current = geometry;
  for (let attempt = 0; attempt < 3; attempt++) {
    const encoded = encodeGeometry(current);
    if (encoded.length === 0) throw new Error(`${code}: the geometry vanished when quantised`);
    if (!crossesItself(decodeGeometry(encoded))) {
      if (attempt > 0) repairs.push(code);
      return encoded;
    }
    current = cleaned(decodeGeometry(encoded));
  }
  throw new Error(`${code}: a ring still crosses itself after quantisation and cleaning`);
}

const area = (a: RawArea): EncodedArea => ({ code: a.code, name: a.name, geometry: checkedEncoding(a.code, a.geometry) });

function buildMunicipality(raw: RawGeography, outline: RawArea, sectors: readonly AssignedSector[]): EncodedMunicipality {
  const wijkCodes = new Set(sectors.map((s) => s.wijk).filter((c): c is string => c !== null));
  const dgCodes = new Set(sectors.map((s) => s.deelgemeente).filter((c): c is string => c !== null));
  for (const row of raw.hierarchy.values()) {
    if (row.municipality !== outline.code) continue;
    wijkCodes.add(row.wijk);
    dgCodes.add(row.deelgemeente);
  }
  const wijken = raw.wijken.filter((w) => wijkCodes.has(w.code)).sort((a, b) => a.code.localeCompare(b.code));
  const deelgemeenten = raw.deelgemeenten.filter((d) => dgCodes.has(d.code)).sort((a, b) => a.code.localeCompare(b.code));
  // Cells within the wijk; where there are no wijk polygons, within the deelgemeente; else the outline.
  const cellArea = (s: AssignedSector): RawArea =>
    wijken.find((w) => w.code === s.wijk) ?? deelgemeenten.find((d) => d.code === s.deelgemeente) ?? outline;
  const byArea = new Map<RawArea, AssignedSector[]>();
  for (const s of sectors) byArea.set(cellArea(s), [...(byArea.get(cellArea(s)) ?? []), s]);
  const cells = new Map<string, Polygon | MultiPolygon>();
  for (const [a, members] of byArea) for (const [code, cell] of buildSectorCells(a.geometry, members, a.code)) cells.set(code, cell);
  const any = [...raw.hierarchy.values()].find((r) => r.municipality === outline.code);
  const wijkOf = new Set(wijken.map((w) => w.code));
  const dgOf = new Set(deelgemeenten.map((d) => d.code));
  const encodedSectors: EncodedSector[] = [...sectors]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((s) => ({
      code: s.code,
      name: s.name,
      population: s.population,
      centroid: encodePosition([s.lon, s.lat]),
      wijk: s.wijk !== null && wijkOf.has(s.wijk) ? s.wijk : null,
      deelgemeente: s.deelgemeente !== null && dgOf.has(s.deelgemeente) ? s.deelgemeente : null,
      assignment: s.assignment,
      geometry: checkedEncoding(s.code, cells.get(s.code)!),
    }));
  return {
    schema: GEOGRAPHY_SCHEMA,
    nis: outline.code,
    name: outline.name,
    province: any?.province ?? null,
    region: any?.region ?? '',
    outline: checkedEncoding(outline.code, outline.geometry),
    wijken: wijken.map(area),
    deelgemeenten: deelgemeenten.map(area),
    sectors: encodedSectors,
  };
}

async function main() {
  const { values } = parseArgs({ options: { raw: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } }, strict: true });
  const rawDir = path.resolve(values.raw ?? path.join(ROOT, '..', 'shared', 'data', 'raw'));
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'assets', 'geography'));
  const only = values.only ? new Set(values.only.split(',')) : null;
  const t0 = performance.now();
  console.log(`Reading ${rawDir} …`);
  const raw = readRawGeography(rawDir);
  const assigned = assignSectors(raw);
  console.log(`  ${raw.wijken.length} wijken, ${raw.deelgemeenten.length} deelgemeenten, ${raw.municipalities.length} gemeenten, ${assigned.length} sectors (${assigned.filter((s) => s.assignment === 'position').length} placed by position) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  mkdirSync(outDir, { recursive: true });
  if (!only) for (const f of readdirSync(outDir)) if (f.endsWith('.json.gz')) rmSync(path.join(outDir, f));
  const entries: GeographyIndexEntry[] = [];
  let total = 0;
  for (const outline of [...raw.municipalities].sort((a, b) => a.code.localeCompare(b.code))) {
    if (only && !only.has(outline.code)) continue;
    const sectors = assigned.filter((s) => s.municipality === outline.code);
    const record = buildMunicipality(raw, outline, sectors);
    const bytes = gzipSync(new TextEncoder().encode(JSON.stringify(record)), { level: 9, mtime: 0 });
    const file = `${outline.code}.json.gz`;
    writeFileSync(path.join(outDir, file), bytes);
    total += bytes.length;
    const box = findBoundingBox(outline.geometry);
    entries.push({
      nis: record.nis,
      name: record.name,
      province: record.province,
      region: record.region,
      population: sectors.reduce((sum, s) => sum + s.population, 0),
      sectors: record.sectors.length,
      wijken: record.wijken.length,
      deelgemeenten: record.deelgemeenten.length,
      bbox: [box[0], box[1], box[2], box[3]].map((v) => Math.round(v * 1e5) / 1e5) as [number, number, number, number],
      file,
      bytes: bytes.length,
    });
  }
  if (!only) {
    const index: GeographyIndex = { schema: GEOGRAPHY_INDEX_SCHEMA, sources: GEOGRAPHY_SOURCES, municipalities: entries };
    writeFileSync(path.join(outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  }
  if (repairs.length > 0) console.log(`  rebuilt by polygon clipping after quantisation (${repairs.length}): ${repairs.join(', ')}`);
  console.log(`Wrote ${entries.length} municipalities, ${(total / 1e6).toFixed(2)} MB, to ${outDir} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
