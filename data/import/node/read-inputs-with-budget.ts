import type { InputFile } from '../input-file';
import { readFailureInputs, READ_BUDGET_MS } from '../read-budget';
import type { ImportInputs, ReadInputsOptions, ReadProgress } from '../read-import-inputs';
import type { ThreadRequest } from './read-inputs-thread';
import { runThreadWithBudget } from './run-thread-with-budget';
import { siblingModule } from './start-ts-worker';

export interface BudgetOptions {
  /** Milliseconds each file may take (default {@link READ_BUDGET_MS}). */
  readonly budgetMs?: number;
  readonly progress?: ReadProgress;
  /** The worker module (tests give one that hangs); default `read-inputs-thread` beside this module. */
  readonly threadEntry?: URL;
}

/**
 * `readImportInputs` in a worker_thread with a time budget (Node: the CLI). A read that runs past the
 * budget is terminated and becomes an `import-read-timeout` problem naming the file being read; a worker
 * that dies (a crash, out of memory) an `import-read-crashed` problem. Never throws for bad content.
 *
 * @example
 * const inputs = await readImportInputsWithBudget(files, {}, { budgetMs: 20_000 });
 */
export async function readImportInputsWithBudget(files: readonly InputFile[], options: ReadInputsOptions, budget: BudgetOptions = {}): Promise<ImportInputs> {
  const budgetMs = budget.budgetMs ?? READ_BUDGET_MS;
  const entry = budget.threadEntry ?? siblingModule('read-inputs-thread', import.meta.url);
  const result = await runThreadWithBudget<ImportInputs>(entry, { files, options } satisfies ThreadRequest, files, { budgetMs, ...(budget.progress ? { progress: budget.progress } : {}) });
  return result.kind === 'done' ? result.value : readFailureInputs(result.file, result.failure, budgetMs);
}
