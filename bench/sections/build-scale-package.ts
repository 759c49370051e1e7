/**
 * Builds, through the real import pipeline, a package of the 19,790 synthetic Belgian sectors
 * (`../shared/data/scale/belgium_sectors_SYNTHETIC_voronoi.geojson`) with three seeded synthetic indicators
 * over two periods, and writes it to a temporary folder: the explorer bench opens it in Chromium to time
 * recolouring at national scale. Nothing here is real data about people; the package title says so.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../data/import';
import { writePackageToDisk } from '../../data/import/write-package-to-disk';
import { createSeededRandom } from '../../geo/synthesis';

interface SectorProperties {
  readonly sector_code: string;
  readonly population: number;
}

/** The CSV of synthetic indicator values, one row per sector and period (wide layout). */
function synthesiseTable(sectors: readonly SectorProperties[]): string {
  const random = createSeededRandom(19790);
  const lines = ['sector_code;jaar;inwoners;leefloon;werkzoekenden;schuldbemiddeling'];
  for (const period of [2023, 2024]) {
    for (const s of sectors) {
      const population = Math.max(0, Math.round(s.population * (period === 2024 ? 1.01 : 1)));
      const deprivation = random();
      lines.push(
        [
          s.sector_code,
          period,
          population,
          Math.round(population * 0.03 * deprivation * 2),
          Math.round(population * 0.06 * (0.5 + deprivation)),
          Math.round(population * 0.01 * random() * 3),
        ].join(';'),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Imports the sectors and the synthetic table; returns the package folder. Throws with the import's problems. */
export async function buildScalePackage(sectorsFile: string): Promise<{ dir: string; areas: number }> {
  const bytes = new Uint8Array(readFileSync(sectorsFile));
  const sectors = (JSON.parse(new TextDecoder().decode(bytes)) as { features: { properties: SectorProperties }[] }).features.map((f) => f.properties);
  const table = new TextEncoder().encode(synthesiseTable(sectors));
  const outcome = await runImport(
    [
      { name: path.basename(sectorsFile), bytes },
      { name: 'synthetic_indicators.csv', bytes: table },
    ],
    {},
    {
      boundaries: { level: 'sector', codeField: 'sector_code', nameField: 'sector_code' },
      definitions: {
        leefloon: { denominator: 'inwoners', sensitive: true, polarity: 'higher_worse' },
        werkzoekenden: { denominator: 'inwoners', polarity: 'higher_worse' },
        schuldbemiddeling: { denominator: 'inwoners', sensitive: true, polarity: 'higher_worse' },
      },
      package: { name: 'belgium-sectors-synthetic', title: 'België, 19.790 sectoren (SYNTHETISCH, bench)', source: 'Synthetic: Voronoi sectors and seeded random values' },
    },
  );
  if (!outcome.ok || !outcome.files) {
    const errors = outcome.problems.filter((p) => p.severity === 'error').slice(0, 5);
    throw new Error(`The scale package does not import: ${JSON.stringify(errors)}`);
  }
  const dir = await writePackageToDisk(outcome.files, path.join(mkdtempSync(path.join(os.tmpdir(), 'wijkzicht-scale-')), 'package'));
  return { dir, areas: sectors.length };
}
