import type { ProblemCode } from './problem-codes';

/**
 * Problems found while reading or validating a data package. Each problem names the file and, where it
 * applies, the row (the line number in a CSV file, header = line 1), the feature index (0-based, as in the
 * GeoJSON `features` array) and the field, and says how to fix it — in Dutch and in English.
 */

export type Severity = 'error' | 'warning';
export type Language = 'nl' | 'en';

export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** Path of the file inside the package (or the package itself for descriptor-level problems). */
  readonly file: string;
  /** Sheet of a workbook, where the file has several. */
  readonly sheet?: string;
  /** 1-based line number in a CSV file (the header is line 1), or the row number in a spreadsheet. */
  readonly row?: number;
  /** 0-based index in a GeoJSON `features` array. */
  readonly feature?: number;
  readonly field?: string;
  /** Values the message refers to (the offending value, an expected type, a target resource, …). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Turns a problem's params into its message and fix, in one language. */
export type Template = (p: Readonly<Record<string, string | number>>) => { message: string; fix: string };
/** Messages for a set of problem codes, in Dutch and English. */
export type MessageCatalog<C extends string> = Record<C, Record<Language, Template>>;
