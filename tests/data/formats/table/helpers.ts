import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeProblem, ProblemList, type Problem } from '../../../../data/problems';
import { readTableFile, type RawTable, type TableReadOptions } from '../../../../data/import/tables/read-table-file';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../fixtures/import/tables');

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

/** Reads bytes (or a fixture by name) with a fresh problem list. */
export async function read(nameOrFile: string | { name: string; bytes: Uint8Array }, options: TableReadOptions = {}): Promise<{ table: RawTable | null; problems: ProblemList }> {
  const problems = new ProblemList();
  const file = typeof nameOrFile === 'string' ? { name: nameOrFile, bytes: fixtureBytes(nameOrFile) } : nameOrFile;
  const table = await readTableFile(file, options, problems);
  return { table, problems };
}

/** Reads text as a file with the given name. */
export const readText = (name: string, text: string, options: TableReadOptions = {}) => read({ name, bytes: new TextEncoder().encode(text) }, options);

/** The problems with one code. */
export const withCode = (problems: ProblemList, code: Problem['code']): Problem[] => problems.items.filter((p) => p.code === code);

/** Every problem rendered in both languages must be complete: no placeholders, no "undefined". */
export function expectWellFormed(problems: ProblemList): void {
  for (const p of problems.items) {
    for (const language of ['nl', 'en'] as const) {
      const { message, fix } = describeProblem(p, language);
      for (const text of [message, fix]) {
        if (text.trim() === '' || /undefined|NaN|\[object|\$\{|\{[a-z]+\}/.test(text)) throw new Error(`${p.code} (${language}) renders badly: ${text}`);
      }
    }
  }
}
