import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputFile } from '../../../../data/import/input-file';
import { readBoundaryFiles, type BoundaryLayer, type BoundaryReadOptions } from '../../../../data/import/boundaries/read-boundary-files';
import { ProblemList, formatProblem, type Problem } from '../../../../data/problems';

/** tests/fixtures/import/boundaries (written by make-fixtures.ts). */
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'import', 'boundaries');

/** The files of a fixture folder (or one fixture file) as the importer receives them: name as chosen, bytes. */
export function fixtureFiles(relative: string): InputFile[] {
  const full = path.join(FIXTURES, relative);
  if (statSync(full).isDirectory()) {
    return readdirSync(full)
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(full, name))) }));
  }
  return [{ name: path.basename(full), bytes: new Uint8Array(readFileSync(full)) }];
}

export interface ReadResult {
  readonly layers: BoundaryLayer[];
  readonly problems: readonly Problem[];
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Every problem as one English line, for readable failures. */
  readonly lines: readonly string[];
}

export function read(files: readonly InputFile[], options: BoundaryReadOptions = {}): ReadResult {
  const list = new ProblemList();
  const layers = readBoundaryFiles(files, options, list);
  return {
    layers,
    problems: list.items,
    errors: list.items.filter((p) => p.severity === 'error'),
    warnings: list.items.filter((p) => p.severity === 'warning'),
    lines: list.items.map((p) => formatProblem(p)),
  };
}
