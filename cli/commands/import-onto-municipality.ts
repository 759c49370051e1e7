import type { ImportOutcome, InputFile, ReadInputsOptions } from '../../data/import';
import { buildImportOntoMunicipality, verifyImport } from '../../data/import';
import { readImportInputsWithBudget } from '../../data/import/node/read-inputs-with-budget';
import { tableReaderWithBudget } from '../../data/import/node/read-table-with-budget';
import type { Language } from '../../data/problems';
import { loadBuiltInMunicipality } from '../built-in-geography';
import { parseRoles, readInputFile } from './import';
import { aboutOf, tableMappings, type ImportValues } from './import-spec';

/**
 * `import <figure tables…> --municipality <NIS|name>`: reads the tables in a worker_thread with the time
 * budget (as are the organisation tables --teams, --centres and --fte), maps them onto the built-in
 * geography of the municipality and opens the package as the app will.
 */
export async function importOntoMunicipality(files: readonly InputFile[], options: ReadInputsOptions, values: ImportValues, language: Language, budgetMs: number): Promise<ImportOutcome> {
  const inputs = await readImportInputsWithBudget(files, options, { budgetMs });
  const mappings = tableMappings(inputs, values);
  const geography = await loadBuiltInMunicipality(values.municipality!, language);
  const organisation = {
    ...(values.teams ? { teams: await readInputFile(values.teams) } : {}),
    ...(values.centres ? { centres: await readInputFile(values.centres) } : {}),
    ...(values.fte ? { fte: await readInputFile(values.fte) } : {}),
    roles: parseRoles(values.role),
    readTable: tableReaderWithBudget({ budgetMs }),
  };
  return verifyImport(await buildImportOntoMunicipality(geography, inputs, { mappings, package: aboutOf(values), organisation }));
}
