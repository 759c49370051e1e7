import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'fflate';
import { loadPackageIntoDatabase } from '../../data/db';
import { openNodeDatabase } from '../../data/db/open-node-database';
import { buildMunicipalityPackage, decodeMunicipality, type GeographyIndex } from '../../data/geography';
import { createMemorySource, readPackage } from '../../data/package';
import { median, printSection, timeIt, type Figure } from '../bench-kit';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const ASSETS = path.join(ROOT, 'assets', 'geography');
const RUNS = 7;

/**
 * One built-in municipality from its record to a package ready in DuckDB (decode, build the package files,
 * read and validate them, load): the target is ≤ 300 ms. The floor, taken in the same run, is
 * unzipping and parsing the same record (what no reader can avoid): the ratio says how much our work adds.
 */
export async function runGeographyBench(): Promise<void> {
  const index = JSON.parse(readFileSync(path.join(ASSETS, 'index.json'), 'utf8')) as GeographyIndex;
  const largest = [...index.municipalities].sort((a, b) => b.sectors - a.sectors)[0]!;
  const chosen = [index.municipalities.find((m) => m.nis === '34022')!, index.municipalities.find((m) => m.nis === '41002')!, largest];
  const db = await openNodeDatabase();
  const figures: Figure[] = [];
  try {
    for (const entry of chosen) {
      const bytes = new Uint8Array(readFileSync(path.join(ASSETS, entry.file)));
      const floor: number[] = [];
      const ready: number[] = [];
      const read: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        floor.push((await timeIt(() => JSON.parse(new TextDecoder().decode(gunzipSync(bytes))) as unknown)).ms);
        ready.push(
          (
            await timeIt(async () => {
              const t0 = performance.now();
              const result = await readPackage(createMemorySource(entry.name, buildMunicipalityPackage(decodeMunicipality(bytes))));
              if (!result.ok) throw new Error(`${entry.name} does not read`);
              read.push(performance.now() - t0);
              await loadPackageIntoDatabase(db, result.pkg);
            })
          ).ms,
        );
      }
      const label = `${entry.name} (${entry.sectors} sectors, ${(entry.bytes / 1024).toFixed(0)} KB)`;
      figures.push({ name: `${label}: record → package ready`, value: median(ready), unit: 'ms', target: '≤ 300 ms' });
      figures.push({ name: `${label}: of which decode + build + read`, value: median(read), unit: 'ms' });
      figures.push({ name: `${label}: floor (gunzip + JSON.parse)`, value: median(floor), unit: 'ms' });
      figures.push({ name: `${label}: ratio to floor`, value: median(ready) / median(floor), unit: 'ratio' });
    }
  } finally {
    await db.close();
  }
  printSection('geography: a built-in municipality opened as a package (Node, median of 7)', figures);
}
