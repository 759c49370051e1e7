import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SHARED_DIR } from '../helpers/shared-data';

const RAW = path.join(SHARED_DIR, 'data', 'raw');
const hasRaw = existsSync(path.join(RAW, 'gebiedsniveaus', 'ggw7.shp'));
if (!hasRaw) console.warn(`[wijkzicht tests] ${RAW} is absent: the check that assets/geography is what scripts/build-geography.ts builds is SKIPPED.`);

describe('npm run build:geography', () => {
  it.skipIf(!hasRaw)('rebuilds the committed records byte for byte (Kortrijk, Antwerpen, a merged municipality)', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'wijkzicht-geography-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts', 'build-geography.ts'), '--raw', RAW, '--out', out, '--only', '34022,11002,44083'], { cwd: PROJECT_ROOT, stdio: 'pipe' });
      for (const nis of ['34022', '11002', '44083']) {
        const built = readFileSync(path.join(out, `${nis}.json.gz`));
        const committed = readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', `${nis}.json.gz`));
        expect(built.equals(committed), `${nis}.json.gz differs from what the script builds: run npm run build:geography`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
