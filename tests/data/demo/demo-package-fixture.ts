import { KORTRIJK_DIR } from '../../helpers/shared-data';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { generateDemoPackage } from '../../../data/demo/generate-demo-package';

/** The Demostad package of the default seed, read back as the tests of generate-demo-package*.test.ts see it. */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const KORTRIJK = KORTRIJK_DIR;
export const hasKortrijk = existsSync(join(KORTRIJK, 'datapackage.json'));


export const SENSITIVE = ['leefloon_persons', 'kansarm_births', 'budgetmeter_households', 'known_clients', 'open_dossiers', 'help_requests'];
export const INDICATOR_IDS = [
  'population',
  'households',
  'est_poverty_persons',
  'leefloon_persons',
  'vt_persons',
  'single_parent_households',
  'alone_75plus',
  'births',
  'kansarm_births',
  'budgetmeter_households',
  'known_clients',
  'open_dossiers',
  'help_requests',
];

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number';
}
export interface Resource {
  name: string;
  role: string;
  level?: string;
  parentLevel?: string;
  parentKey?: string;
  path: string;
  format: 'csv' | 'geojson';
  status?: string;
  schema: {
    fields: Field[];
    primaryKey: string | string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
export type Row = Record<string, string>;
export type AreaCollection = FeatureCollection<Polygon | MultiPolygon, Record<string, string | number>> & { name?: string; fictional?: boolean };

/** Minimal RFC 4180 reader for the tests (quoted fields, doubled quotes, \n line ends). */
export function parseCsv(text: string): { header: string[]; rows: Row[] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) throw new Error('CSV does not end with a newline');
  const [header, ...rest] = records;
  return { header: header!, rows: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
}

export function openDemoPackage(seed?: number) {
  const started = performance.now();
  const { files } = generateDemoPackage(seed === undefined ? {} : { seed });
  const milliseconds = performance.now() - started;
  const descriptor = JSON.parse(files.get('datapackage.json')!) as { resources: Resource[] } & Record<string, unknown>;
  const resource = (name: string): Resource => descriptor.resources.find((r) => r.name === name)!;
  const csv = (name: string) => parseCsv(files.get(resource(name).path)!);
  const geo = (name: string) => JSON.parse(files.get(resource(name).path)!) as AreaCollection;
  return { files, descriptor, resource, csv, geo, milliseconds };
}

export const pkg = openDemoPackage();
export const sectors = pkg.geo('areas-sectors');
export const wijken = pkg.geo('areas-wijken');
export const deelgemeenten = pkg.geo('areas-deelgemeenten');
export const municipality = pkg.geo('areas-municipality');
export const indicators = pkg.csv('indicators').rows;
export const value = new Map(indicators.map((r) => [`${r.area_code}|${r.period}|${r.indicator}`, Number(r.value)]));
export const get = (code: string, period: number, indicator: string): number => value.get(`${code}|${period}|${indicator}`)!;
export const teamOf = new Map(pkg.csv('team-territories').rows.map((r) => [r.sector_code!, r.team_id!]));

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}
export function decimals(n: number): number {
  const text = String(n);
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}
