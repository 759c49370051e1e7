import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeMunicipality, findMunicipality, type GeographyIndex, type MunicipalityGeography } from '../data/geography';
import { formatProblem, type Language } from '../data/problems';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * The built-in geography beside the code: assets/geography at the repository root, one level up from cli/
 * (run from source) or two from dist/cli/ (the bundle scripts/build-cli.mjs writes).
 */
export const GEOGRAPHY_DIR =
  [path.resolve(HERE, '..'), path.resolve(HERE, '..', '..')].map((root) => path.join(root, 'assets', 'geography')).find((dir) => existsSync(path.join(dir, 'index.json'))) ??
  path.resolve(HERE, '..', 'assets', 'geography');

/**
 * Reads the built-in municipality `query` names (NIS code or name) from assets/geography. A name that fits
 * none or several ends the command with the problem (close names, or the candidates).
 */
export async function loadBuiltInMunicipality(query: string, language: Language = 'en'): Promise<MunicipalityGeography> {
  const index = JSON.parse(await readFile(path.join(GEOGRAPHY_DIR, 'index.json'), 'utf8')) as GeographyIndex;
  const found = findMunicipality(index, query);
  if (!found.ok) throw new Error(formatProblem(found.problem, language));
  return decodeMunicipality(new Uint8Array(await readFile(path.join(GEOGRAPHY_DIR, found.entry.file))));
}
