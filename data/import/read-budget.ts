import type { Problem } from '../problems';
import type { ImportInputs } from './read-import-inputs';

/**
 * The time budget of reading import files. Readers run in a worker (a Web Worker in the app, a
 * worker_thread in the CLI) that is terminated when the budget is spent: a damaged file can make a
 * third-party reader loop forever (an 807-byte Parquet file hangs hyparquet), and a stuck worker must not
 * block the next import.
 */
export const READ_BUDGET_MS = 20_000;

/** Why a read was stopped: it ran past its budget, or the worker died (a crash, out of memory). */
export type ReadFailure = 'timeout' | 'crashed';

/**
 * The budget from a setting such as `WIJKZICHT_READ_BUDGET_MS` (for tests): a whole number of
 * milliseconds from 100 to one hour, else the default.
 */
export function readBudgetFrom(text: string | undefined): number {
  const value = text === undefined ? Number.NaN : Number(text);
  return Number.isInteger(value) && value >= 100 && value <= 3_600_000 ? value : READ_BUDGET_MS;
}

/** The problem naming the file whose read was stopped (seconds rounded up, so "20 s" for 20,000 ms). */
export function readFailureProblem(file: string, failure: ReadFailure, budgetMs: number): Problem {
  const name = file === '' ? '?' : file;
  return failure === 'timeout'
    ? { severity: 'error', code: 'import-read-timeout', file: name, params: { name, seconds: Math.ceil(budgetMs / 1000) } }
    : { severity: 'error', code: 'import-read-crashed', file: name, params: { name } };
}

/** What a stopped read yields: nothing read, one problem naming the file (the wizard and CLI show it). */
export function readFailureInputs(file: string, failure: ReadFailure, budgetMs: number): ImportInputs {
  return { boundary: null, otherBoundaries: [], tables: [], problems: [readFailureProblem(file, failure, budgetMs)] };
}

/**
 * Follows a read's progress to know which file was being read when it stopped: the progress step names
 * the file about to be read; before the first step, every file is named.
 */
export function createReadTracker(files: readonly { readonly name: string }[]): { step(file: string): void; current(): string } {
  let current = files.map((f) => f.name).join(', ');
  return {
    step(file: string) {
      if (file !== '') current = file;
    },
    current: () => current,
  };
}
