import { GEOGRAPHY_PERIOD } from '../geography/build-municipality-package';
import type { MunicipalityGeography } from '../geography/decode-municipality';
import { suggestAnalysisRoles } from '../package/suggest-analysis-roles';
import { ProblemList } from '../problems';
import { withOrganisation } from '../organisation/write-organisation-files';
import { periodsOf } from './build-import';
import { collectTableRows, mappingOf, type ImportRow } from './collect-table-rows';
import type { ImportOutcome, ImportReport, ImportSpec, MatchingReport } from './import-types';
import { matchAreaCodes } from './match-area-codes';
import { matchRowsToAreas } from './match-rows-to-areas';
import { BUILT_IN_POPULATION, FIGURE_LEVEL_RESOURCES, municipalityPackageFiles, type FigureLevel } from './municipality-package-files';
import type { ImportInputs } from './read-import-inputs';
import { readOrganisationFiles, type OrganisationFiles, type OrganisationPlace, type OrganisationReport } from './read-organisation-files';
import { suggestDefinitions } from './suggest-definitions';

/** What the user chose for an import onto a built-in municipality (no boundaries: the geography is built in). */
export type MunicipalityImportSpec = Omit<ImportSpec, 'boundaries'> & { readonly organisation?: OrganisationFiles };

/** The import report with what the built-in geography and the organisation tables gave. */
export interface MunicipalityImportReport extends ImportReport {
  readonly municipality: { readonly nis: string; readonly name: string; readonly level: FigureLevel; readonly areas: number; readonly population: number };
  readonly organisation: OrganisationReport;
}

export interface MunicipalityImportOutcome extends ImportOutcome {
  readonly report: MunicipalityImportReport;
}

const LEVEL_NL: Readonly<Record<FigureLevel, string>> = { sector: 'sector', wijk: 'wijk' };

/** The codes of each figure level of the municipality (no wijk level when it has no wijken). */
function levelCodes(geography: MunicipalityGeography): Map<FigureLevel, string[]> {
  const codes = new Map<FigureLevel, string[]>([['sector', geography.sectors.map((s) => s.code)]]);
  if (geography.wijken.length > 0 && geography.sectors.every((s) => s.wijk !== null)) codes.set('wijk', geography.wijken.map((w) => w.code));
  return codes;
}

/** The level of each table: the one whose codes its rows match most (sector when none match, to report it there). */
function tableLevels(rows: readonly ImportRow[], files: readonly string[], codes: ReadonlyMap<FigureLevel, string[]>): Map<string, FigureLevel> {
  const levels = new Map<string, FigureLevel>();
  for (const file of files) {
    const own = rows.filter((r) => r.file === file).map((r) => ({ code: r.code, row: r.row }));
    let best: FigureLevel = 'sector';
    let bestCount = 0;
    for (const [level, areaCodes] of codes) {
      const count = matchAreaCodes(own, areaCodes).matched.size;
      if (count > bestCount) [best, bestCount] = [level, count];
    }
    levels.set(file, best);
  }
  return levels;
}

/** One level for all tables; tables at different levels are an error naming them. */
function chooseLevel(levels: ReadonlyMap<string, FigureLevel>, problems: ProblemList): FigureLevel {
  const distinct = [...new Set(levels.values())];
  if (distinct.length > 1) {
    const describe = (nl: boolean) => [...levels].map(([file, level]) => `${file}: ${nl ? LEVEL_NL[level] : level}`).join(', ');
    problems.error('import-levels-mixed', [...levels.keys()].join(', '), { params: { levels: describe(false), levelsNl: describe(true), base: 'sector', baseNl: 'sector' } });
  }
  return distinct.length === 1 ? distinct[0]! : 'sector';
}

/** The base areas and the coarser areas' members, for the teams table. */
function organisationPlace(geography: MunicipalityGeography, level: FigureLevel, baseCodes: readonly string[]): OrganisationPlace {
  const membersOf = new Map<string, string[]>();
  if (level === 'sector') {
    for (const s of geography.sectors) {
      for (const parent of [s.wijk, s.deelgemeente]) if (parent !== null) membersOf.set(parent, [...(membersOf.get(parent) ?? []), s.code]);
    }
  }
  return { municipality: geography.name, baseCodes: new Set(baseCodes), membersOf, outline: geography.outline };
}

/** Figures that cannot sit beside the built-in ones: an imported `population` indicator. */
function checkAgainstBuiltIn(kept: readonly ImportRow[], geography: MunicipalityGeography, problems: ProblemList): void {
  const clash = kept.find((r) => r.indicator === BUILT_IN_POPULATION.id);
  if (clash) problems.error('import-indicator-builtin', clash.file, { params: { indicator: clash.indicator, municipality: geography.name, what: 'residents 2024, Statbel', whatNl: 'inwoners 2024, Statbel' } });
}

/**
 * Imports figure tables onto a municipality of the built-in geography (no boundary file): the tables' codes
 * are matched to its sector codes or its wijk codes, whichever they are (sector figures stay at the sectors
 * and add up to wijken, deelgemeenten and teams by sums; wijk figures stay at the wijken, the sectors being
 * left out); the built-in 2024 residents are the `population` indicator, and counts get it as their
 * denominator. The teams, locations and FTE tables (organisation readers) and the roles are written into the
 * package. All or nothing: with any error, `files` is null. The CLI and the app's wizard call this; open
 * the result with `verifyImport`.
 *
 * @example
 * const outcome = await buildImportOntoMunicipality(decodeMunicipality(bytes), await readImportInputs([csv]), { organisation: { teams, fte } });
 */
export async function buildImportOntoMunicipality(geography: MunicipalityGeography, inputs: ImportInputs, spec: MunicipalityImportSpec): Promise<MunicipalityImportOutcome> {
  const problems = new ProblemList();
  for (const p of inputs.problems) problems.add(p);
  const layers = [inputs.boundary, ...inputs.otherBoundaries].filter((l) => l !== null);
  if (layers.length > 0) problems.error('import-several-boundaries', layers[0]!.file, { params: { files: [`${geography.name} (ingebouwd / built in)`, ...layers.map((l) => l.file)].join(', ') } });
  const { rows, reports: tableReports } = collectTableRows(inputs.tables, spec.mappings, problems);
  const codes = levelCodes(geography);
  const level = chooseLevel(tableLevels(rows, inputs.tables.map((t) => t.table.file), codes), problems);
  const baseCodes = codes.get(level)!;
  let kept: ImportRow[] = [];
  let matchingReport: MatchingReport | null = null;
  if (rows.length > 0) {
    const first = inputs.tables[0]!;
    const context = { tableFile: first.table.file, codeColumn: mappingOf(first, spec.mappings).codeColumn, areaFile: `${geography.name} (${level})` };
    ({ kept, report: matchingReport } = matchRowsToAreas(rows, baseCodes, context, problems));
  }
  checkAgainstBuiltIn(kept, geography, problems);
  const definitions = suggestDefinitions(kept, inputs.tables, spec, [BUILT_IN_POPULATION.id]);
  const indicatorIds = [BUILT_IN_POPULATION.id, ...definitions.map((d) => d.id)];
  const place = organisationPlace(geography, level, baseCodes);
  // Roles the user did not give are suggested from the indicators' names (one match only), and said so.
  const given = spec.organisation?.roles ?? {};
  const suggested = Object.fromEntries(Object.entries(suggestAnalysisRoles(definitions)).filter(([role]) => given[role as keyof typeof given] === undefined));
  const organisationFiles: OrganisationFiles = { ...(spec.organisation ?? {}), roles: { ...suggested, ...given } };
  const read = await readOrganisationFiles(organisationFiles, place, indicatorIds, problems);
  const organisation = read.organisation;
  const organisationReport: OrganisationReport = { ...read.report, suggestedRoles: Object.keys(suggested).sort() };
  const report: MunicipalityImportReport = {
    boundaries: null,
    tables: tableReports,
    matching: matchingReport,
    indicators: definitions,
    periods: [...new Set([GEOGRAPHY_PERIOD, ...periodsOf(kept)])].sort((a, b) => a - b),
    municipality: { nis: geography.nis, name: geography.name, level, areas: baseCodes.length, population: geography.sectors.reduce((sum, s) => sum + s.population, 0) },
    organisation: organisationReport,
  };
  const ok = !problems.items.some((p) => p.severity === 'error');
  if (!ok) return { ok, files: null, report, problems: problems.items };
  const about = { ...spec.package, tables: inputs.tables.map((t) => t.table.file) };
  const packageFiles = municipalityPackageFiles(geography, level, kept, definitions, about);
  const saved = withOrganisation(packageFiles, organisation, { baseLevel: level, baseResource: FIGURE_LEVEL_RESOURCES[level] });
  const files = new Map([...saved].map(([path, content]) => [path, typeof content === 'string' ? content : new TextDecoder().decode(content)]));
  return { ok, files, report, problems: problems.items };
}
