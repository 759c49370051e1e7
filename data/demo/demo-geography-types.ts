import type { Polygon } from 'geojson';
import type { LocalProjection } from '../../geo/crs';
import type { LonLat } from '../../geo/units';
import type { TownFocus } from './indicator-model';

/** The shapes of the generated Demostad geography (built by build-demo-geography.ts). */

export interface DemoSector {
  code: string;
  name: string;
  geometry: Polygon;
  /** Area centroid (inside the sector), rounded to 6 decimals. */
  centroid: LonLat;
  areaKm2: number;
  densityPerKm2: number;
  population2024: number;
  lowPopulation: boolean;
  /** Deprivation 0…1 including wijk and sector effects (input of the indicator model). */
  deprivation: number;
  deelgemeenteCode: string;
  wijkCode: string;
  teamId: string;
}

export interface DemoArea {
  code: string;
  name: string;
  geometry: Polygon;
  population2024: number;
  sectorCount: number;
}

export interface DemoTeam {
  id: string;
  name: string;
  geometry: Polygon;
  population2024: number;
}

export interface DemoCentre {
  id: string;
  name: string;
  teamId: string;
  address: string;
  position: LonLat;
  sectorCode: string;
}

export interface DemoGeography {
  municipality: DemoArea;
  deelgemeenten: DemoArea[];
  wijken: DemoArea[];
  /** Sorted by code. */
  sectors: DemoSector[];
  /** Sorted by id. */
  teams: DemoTeam[];
  /** Sorted by team id, then id. */
  centres: DemoCentre[];
  focus: TownFocus;
  projection: LocalProjection;
  /** How many point sets were tried before every cell came out as one simple polygon. */
  attempts: number;
}
