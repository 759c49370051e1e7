import { unzipSync } from 'fflate';
import { mutateBytes, mutateFile, pick, type Rng } from './mutate';
import { zipFiles, type FuzzFile, type ReaderName, type Seeds } from './seeds';

const ZIPPED: ReadonlySet<ReaderName> = new Set(['shapefile-zip', 'xlsx', 'datapackage-zip']);

/** 1–3 stacked mutations of one file. */
function mutateStacked(rng: Rng, file: FuzzFile): FuzzFile {
  let bytes = file.bytes;
  for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) bytes = mutateFile(rng, file.name, bytes);
  return { name: file.name, bytes };
}

/** Mutates files of a set: one or two of them (the descriptor more often), or leaves one out. */
function mutateSet(rng: Rng, files: readonly FuzzFile[]): FuzzFile[] {
  const out = [...files];
  if (rng() < 0.1 && out.length > 1) {
    out.splice(Math.floor(rng() * out.length), 1);
    return out;
  }
  for (let k = 1 + Math.floor(rng() * 2); k > 0; k--) {
    const descriptor = out.findIndex((f) => f.name === 'datapackage.json');
    const at = descriptor >= 0 && rng() < 0.3 ? descriptor : Math.floor(rng() * out.length);
    out[at] = mutateStacked(rng, out[at]!);
  }
  return out;
}

/** A zip mutated as bytes (headers, sizes, compressed data) or rebuilt around mutated entries. */
function mutateZip(rng: Rng, zip: FuzzFile): FuzzFile {
  if (rng() < 0.5) {
    let bytes = zip.bytes;
    for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) bytes = mutateBytes(rng, bytes);
    return { name: zip.name, bytes };
  }
  const entries = Object.entries(unzipSync(zip.bytes)).map(([name, bytes]) => ({ name, bytes }));
  return zipFiles(zip.name, mutateSet(rng, entries));
}

/** The files of one fuzz case for `reader`: a seed picked and mutated by `rng` (deterministic). */
export function makeCase(reader: ReaderName, seeds: Seeds, rng: Rng): FuzzFile[] {
  const seed = pick(rng, seeds[reader]);
  if (ZIPPED.has(reader)) return [mutateZip(rng, seed[0]!)];
  if (seed.length > 1) return mutateSet(rng, seed);
  return [mutateStacked(rng, seed[0]!)];
}
