import type { ProblemList } from '../../problems';
import type { OrganisationTableReader } from '../read-organisation-files';
import { readImportInputsWithBudget, type BudgetOptions } from './read-inputs-with-budget';

/**
 * An organisation-table reader (teams, locations, FTE) that reads each table in a worker_thread with the
 * import's time budget, as the CLI reads the figures: a table that makes a reader hang becomes an
 * `import-read-timeout` problem naming the file, a dead worker `import-read-crashed`, never a hung command.
 *
 * @example
 * readOrganisationFiles({ teams, readTable: tableReaderWithBudget({ budgetMs: 20_000 }) }, place, ids, problems);
 */
export function tableReaderWithBudget(budget: BudgetOptions = {}): OrganisationTableReader {
  return async (file, problems: ProblemList) => {
    const inputs = await readImportInputsWithBudget([file], { tablesOnly: true }, budget);
    for (const problem of inputs.problems) problems.add(problem);
    return inputs.tables[0]?.table ?? null;
  };
}
