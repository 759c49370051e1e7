/**
 * `npm run fuzz -- --cases N --seed S [--reader csv] [--timeout-ms 5000] [--memory-mb 768] [--save dir] [--json]`
 *
 * Drives every reader (GeoJSON, shapefile zip, DBF, CSV, XLSX, Parquet, datapackage folder and zip,
 * .wijkzicht project) with cases mutated deterministically from valid seeds (scripts/fuzz/seeds.ts) and
 * prints per reader how many were accepted, rejected with a message, uncaught (a throw, or one caught only by
 * a reader's safety net), hung (over the time limit) or out of memory. Exit 1 when any case was uncaught,
 * hung or out of memory; `--save` writes those cases to a folder, one per case, to turn into tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFuzzReport, runFuzz } from './fuzz/run-fuzz';
import { READERS, type ReaderName } from './fuzz/seeds';

const whole = (text: string | undefined, name: string, fallback: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, got ${text}`);
  return value;
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string' }, seed: { type: 'string' }, reader: { type: 'string', multiple: true },
      'timeout-ms': { type: 'string' }, 'memory-mb': { type: 'string' }, save: { type: 'string' }, json: { type: 'boolean' },
    },
  });
  const readers = values.reader?.map((r) => {
    if (!(READERS as readonly string[]).includes(r)) throw new Error(`--reader must be one of ${READERS.join(', ')}, got ${r}`);
    return r as ReaderName;
  });
  const cases = whole(values.cases, 'cases', 2_000);
  const report = await runFuzz({
    cases,
    seed: whole(values.seed, 'seed', 1),
    caseTimeoutMs: whole(values['timeout-ms'], 'timeout-ms', 5_000),
    memoryMb: whole(values['memory-mb'], 'memory-mb', 768),
    ...(readers ? { readers } : {}),
    onProgress: (done) => {
      if (done % 1000 === 0 && !values.json) process.stderr.write(`fuzz: ${done}/${cases}\n`);
    },
    onFailure: (failure, files) => {
      if (!values.save) return;
      const dir = path.join(values.save, `case-${failure.index}-${failure.reader}-${failure.outcome}`);
      for (const file of files) {
        mkdirSync(path.dirname(path.join(dir, file.name)), { recursive: true });
        writeFileSync(path.join(dir, file.name), file.bytes);
      }
    },
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatFuzzReport(report));
  const bad = Object.values(report.perReader).reduce((n, c) => n + c.uncaught + c.hung + c.memory, 0);
  return bad > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
