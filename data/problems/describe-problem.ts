import { BOUNDARY_MESSAGES } from './boundary-problem-messages';
import { CORE_MESSAGES } from './core-problem-messages';
import { IMPORT_MESSAGES } from './import-problem-messages';
import { ORGANISATION_MESSAGES } from './organisation-problem-messages';
import type { Language, MessageCatalog, Problem } from './problem';
import type { ProblemCode } from './problem-codes';
import { TABLE_MESSAGES } from './table-problem-messages';

const MESSAGES: MessageCatalog<ProblemCode> = { ...CORE_MESSAGES, ...BOUNDARY_MESSAGES, ...TABLE_MESSAGES, ...IMPORT_MESSAGES, ...ORGANISATION_MESSAGES };

/** Formats where a problem is: `indicators.csv, row 12, field value` / `indicators.csv, rij 12, veld value`. */
export function formatLocation(problem: Problem, language: Language = 'en'): string {
  const parts = [problem.sheet ? `${problem.file} [${problem.sheet}]` : problem.file];
  if (problem.row !== undefined) parts.push(`${language === 'nl' ? 'rij' : 'row'} ${problem.row}`);
  if (problem.feature !== undefined) parts.push(`feature ${problem.feature}`);
  if (problem.field !== undefined) parts.push(`${language === 'nl' ? 'veld' : 'field'} ${problem.field}`);
  return parts.join(', ');
}

/** The message and the fix of a problem in one language. */
export function describeProblem(problem: Problem, language: Language = 'en'): { location: string; message: string; fix: string } {
  const { message, fix } = MESSAGES[problem.code][language](problem.params ?? {});
  return { location: formatLocation(problem, language), message, fix };
}

/** One line: `ERROR indicators.csv, row 12, field value: Value "abc" is not a number. Fix: …`. */
export function formatProblem(problem: Problem, language: Language = 'en'): string {
  const { location, message, fix } = describeProblem(problem, language);
  const label = problem.severity === 'error' ? (language === 'nl' ? 'FOUT' : 'ERROR') : language === 'nl' ? 'WAARSCHUWING' : 'WARNING';
  return `${label} ${location}: ${message} ${language === 'nl' ? 'Oplossing' : 'Fix'}: ${fix}`;
}
