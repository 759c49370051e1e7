import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildMunicipalityPackage, decodeMunicipality, type MunicipalityGeography } from '../../../data/geography';
import { readCsvTable } from '../../../data/formats';
import { ProblemList } from '../../../data/problems';
import { PROJECT_ROOT } from '../../helpers/shared-data';

/** A municipality of the built-in geography (assets/geography), decoded. */
export const builtIn = (nis: string): MunicipalityGeography => decodeMunicipality(readFileSync(path.join(PROJECT_ROOT, 'assets', 'geography', `${nis}.json.gz`)));

/** Its package files. */
export const builtInFiles = (nis: string) => buildMunicipalityPackage(builtIn(nis));

/** A Belgian-Excel CSV (`;`, decimal comma, CRLF) read with the importer's reader. */
export function belgianCsv(name: string, lines: readonly string[], encoding: 'utf-8' | 'utf-8-bom' = 'utf-8') {
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = new TextEncoder().encode(encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
  const problems = new ProblemList();
  const table = readCsvTable({ name, bytes }, {}, problems);
  if (!table) throw new Error(`test CSV ${name} could not be read`);
  return { table, problems };
}
