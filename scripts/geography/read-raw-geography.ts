/**
 * Reads the raw files of ../shared/data/raw that the built-in geography is made of: the Provincies in Cijfers
 * "gebiedsniveaus" shapefiles (ggw7 wijken, deelgemeenten, gemeenten; Lambert 72, reprojected to WGS84 by the
 * importer's own boundary reader, so the same checks apply), the 2025 sector hierarchy and names, and the
 * Statbel 2024 sector population with centroids.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseCsv } from '../../data/formats';
import { readDbf } from '../../data/formats';
import { readBoundaryFiles } from '../../data/import';
import { formatProblem, ProblemList } from '../../data/problems';

export interface RawArea {
  readonly code: string;
  readonly name: string;
  readonly geometry: Polygon | MultiPolygon;
}

/** One row of statsec_hierarchy.csv (2025 sector codes). */
export interface HierarchyRow {
  readonly sector: string;
  readonly sectorName: string;
  readonly deelgemeente: string;
  readonly municipality: string;
  readonly municipalityName: string;
  readonly province: string | null;
  readonly region: string;
  readonly wijk: string;
}

/** One Statbel 2024 sector: code, residents and the centroid. */
export interface StatbelSector {
  readonly code: string;
  readonly population: number;
  readonly lon: number;
  readonly lat: number;
}

export interface RawGeography {
  readonly wijken: readonly RawArea[];
  readonly deelgemeenten: readonly RawArea[];
  readonly municipalities: readonly RawArea[];
  readonly hierarchy: ReadonlyMap<string, HierarchyRow>;
  /** 2025 sector code → name (statsec.dbf, without the code in brackets). */
  readonly sectorNames: ReadonlyMap<string, string>;
  readonly statbel: readonly StatbelSector[];
}

/** `Kortrijk Centrum (Kortrijk)` → `Kortrijk Centrum`; `Kortrijk (Dg.)` → `Kortrijk`; a code in brackets too. */
export function cleanAreaName(name: string): string {
  return name.replace(/\s*\((Dg\.|Prov\.|[^()]*)\)\s*$/u, '').trim() || name.trim();
}

function readLayer(dir: string, base: string): RawArea[] {
  const files = ['shp', 'shx', 'dbf', 'prj', 'cpg'].map((ext) => ({ name: `${base}.${ext}`, bytes: new Uint8Array(readFileSync(path.join(dir, `${base}.${ext}`))) }));
  const problems = new ProblemList();
  const [layer] = readBoundaryFiles(files, {}, problems);
  const errors = problems.items.filter((p) => p.severity === 'error');
  if (!layer || errors.length > 0) throw new Error(`${base}.shp could not be read:\n${errors.map((p) => formatProblem(p)).join('\n')}`);
  return layer.features.map((f: Feature<Polygon | MultiPolygon, Record<string, unknown>>) => ({
    code: String(f.properties.geoitem),
    name: cleanAreaName(String(f.properties.naam)),
    geometry: f.geometry,
  }));
}

function readHierarchy(file: string): Map<string, HierarchyRow> {
  const csv = parseCsv(readFileSync(file, 'utf8'));
  if (csv.error) throw new Error(`${file}: ${csv.error.message} (line ${csv.error.line})`);
  const col = (name: string) => {
    const i = csv.header.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column ${name}`);
    return i;
  };
  const c = { sector: col('statsec'), sectorName: col('statsec_naam'), dg: col('deelgemeente'), muni: col('gemeente'), muniName: col('gemeente_naam'), province: col('provincie2024_naam'), region: col('gewest_naam'), wijk: col('ggw7') };
  const rows = new Map<string, HierarchyRow>();
  for (const { fields } of csv.records) {
    rows.set(fields[c.sector]!, {
      sector: fields[c.sector]!,
      sectorName: fields[c.sectorName]!,
      deelgemeente: fields[c.dg]!,
      municipality: fields[c.muni]!,
      municipalityName: fields[c.muniName]!,
      province: fields[c.province] ? cleanAreaName(fields[c.province]!) : null,
      region: fields[c.region]!,
      wijk: fields[c.wijk]!,
    });
  }
  return rows;
}

function readSectorNames(file: string): Map<string, string> {
  const problems = new ProblemList();
  const table = readDbf({ dbfName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }, problems);
  if (!table) throw new Error(`${file} could not be read`);
  const names = new Map<string, string>();
  for (let i = 0; i < table.recordCount; i++) {
    const r = table.record(i);
    names.set(String(r.geoitem), cleanAreaName(String(r.naam)));
  }
  return names;
}

function readStatbel(file: string): StatbelSector[] {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as { sc: string; pop: number; lat: number; lng: number }[];
  return rows.map((r) => {
    if (typeof r.sc !== 'string' || !Number.isFinite(r.pop) || !Number.isFinite(r.lat) || !Number.isFinite(r.lng)) throw new Error(`${file}: bad sector row ${JSON.stringify(r)}`);
    return { code: r.sc, population: r.pop, lon: r.lng, lat: r.lat };
  });
}

/** Reads everything from `rawDir` (../shared/data/raw). Throws, naming the file, when something is missing. */
export function readRawGeography(rawDir: string): RawGeography {
  const gebied = path.join(rawDir, 'gebiedsniveaus');
  return {
    wijken: readLayer(gebied, 'ggw7'),
    deelgemeenten: readLayer(gebied, 'deelgemeente'),
    municipalities: readLayer(gebied, 'gemeente'),
    hierarchy: readHierarchy(path.join(gebied, 'statsec_hierarchy.csv')),
    sectorNames: readSectorNames(path.join(gebied, 'statsec.dbf')),
    statbel: readStatbel(path.join(rawDir, 'statbel', 'sector_population_2024_centroids.json')),
  };
}
