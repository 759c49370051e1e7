/**
 * The Kortrijk location problem, read from ../shared/data/kortrijk (never copied into the repo), for the
 * location tests and `bench/sections/locate.ts`: demand = the 113 sectors at their centroid (sectors.csv
 * centroid_lon, centroid_lat) weighted by `est_poverty_persons` of 2024 (indicators.csv, long); candidates =
 * the same 113 centroids (id = sector code); the 12 centres of centres.csv (lon, lat). The same instance is
 * built by tests/geo/fixtures/locate-facilities/solve-exact.py for the CBC optima.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../data/formats/csv/parse-csv';
import type { DemandPoint, Site } from '../../../geo/location-allocation/location-problem';
import type { LonLat } from '../../../geo/units/units';
import { KORTRIJK_DIR } from '../../helpers/shared-data';

export interface KortrijkLocationData {
  readonly demand: readonly DemandPoint[];
  readonly candidates: readonly Site[];
  readonly centres: readonly Site[];
}

function readTable(dir: string, file: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(join(dir, file), 'utf8'));
  if (parsed.error) throw new Error(`${file} line ${parsed.error.line}: ${parsed.error.message}`);
  return parsed.records.map((r) => Object.fromEntries(parsed.header.map((h, i) => [h, r.fields[i] ?? ''])));
}

const position = (lon: string | undefined, lat: string | undefined): LonLat => [Number(lon), Number(lat)];

/** Reads the instance from a Kortrijk package folder (default ../shared/data/kortrijk). */
export function readKortrijkLocationData(dir: string = KORTRIJK_DIR): KortrijkLocationData {
  const poverty = new Map(
    readTable(dir, 'indicators.csv')
      .filter((r) => r.indicator === 'est_poverty_persons' && r.period === '2024')
      .map((r) => [r.area_code!, Number(r.value)]),
  );
  const sectors = readTable(dir, 'sectors.csv');
  const demand = sectors.map((r) => {
    const weight = poverty.get(r.sector_code!);
    if (weight === undefined || !Number.isFinite(weight)) throw new Error(`no 2024 est_poverty_persons for sector ${r.sector_code}`);
    return { id: r.sector_code!, position: position(r.centroid_lon, r.centroid_lat), weight };
  });
  const candidates = demand.map((d) => ({ id: d.id, position: d.position }));
  const centres = readTable(dir, 'centres.csv').map((r) => ({ id: r.centre_id!, position: position(r.lon, r.lat) }));
  return { demand, candidates, centres };
}
