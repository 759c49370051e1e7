import { ProblemList } from '../problems';
import { assemblePackageFiles } from './assemble-package-files';
import { readBoundaryAreas, type ImportArea } from './boundary-areas';
import { collectTableRows, mappingOf, type ImportRow } from './collect-table-rows';
import type { BoundaryReport, ImportOutcome, ImportReport, ImportSpec, MatchingReport } from './import-types';
import { matchRowsToAreas } from './match-rows-to-areas';
import type { ImportInputs } from './read-import-inputs';
import { suggestDefinitions } from './suggest-definitions';

/** The periods of the kept rows, ascending. */
export const periodsOf = (rows: readonly ImportRow[]): number[] => [...new Set(rows.map((r) => r.period))].sort((a, b) => a - b);

/**
 * Maps what was read onto a data package: checks the area codes, turns every table into long indicator
 * rows, matches table codes to areas (reporting leftovers on both sides), suggests each indicator's
 * definition (overridable) and writes the package files. All or nothing: with any error, `files` is null.
 *
 * @example
 * const outcome = buildImport(await readImportInputs(files), { boundaries: { codeField: 'geoitem' } });
 */
export function buildImport(inputs: ImportInputs, spec: ImportSpec): ImportOutcome {
  const problems = new ProblemList();
  for (const p of inputs.problems) problems.add(p);
  const layer = inputs.boundary;
  if (!layer) problems.error('import-no-boundaries', '(import)');
  if (inputs.otherBoundaries.length > 0 && layer) {
    problems.error('import-several-boundaries', layer.file, { params: { files: [layer, ...inputs.otherBoundaries].map((l) => l.file).join(', ') } });
  }
  let areas: ImportArea[] = [];
  let boundaryReport: BoundaryReport | null = null;
  if (layer) ({ areas, report: boundaryReport } = readBoundaryAreas(layer, spec.boundaries, problems));

  const { rows, reports: tableReports } = collectTableRows(inputs.tables, spec.mappings, problems);

  let matchingReport: MatchingReport | null = null;
  let kept: ImportRow[] = [];
  if (layer && rows.length > 0) {
    const first = inputs.tables[0]!;
    const context = { tableFile: first.table.file, codeColumn: mappingOf(first, spec.mappings).codeColumn, areaFile: layer.file };
    ({ kept, report: matchingReport } = matchRowsToAreas(rows, areas.map((f) => f.properties.code), context, problems));
  }

  const definitions = suggestDefinitions(kept, inputs.tables, spec);
  const periods = periodsOf(kept);
  const report: ImportReport = { boundaries: boundaryReport, tables: tableReports, matching: matchingReport, indicators: definitions, periods };
  const ok = !problems.items.some((p) => p.severity === 'error') && boundaryReport !== null;
  return {
    ok,
    files: ok ? assemblePackageFiles(areas, kept, definitions, periods, boundaryReport!, spec, inputs) : null,
    report,
    problems: problems.items,
  };
}
