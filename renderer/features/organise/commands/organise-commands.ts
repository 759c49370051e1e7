import { packageFilesToZip } from '../../../../data/import';
import { readCsvTable, readXlsxTable, type RawTable } from '../../../../data/formats';
import { organisationOf, readCentresTable, readFteTable, readTerritoryTable, territoryContextOf, withOrganisation, type Organisation } from '../../../../data/organisation';
import { createMemorySource, suggestAnalysisRoles, type LoadedPackage, type PackageFileSource } from '../../../../data/package';
import { ProblemList } from '../../../../data/problems';
import { inSlice } from '../../../app/app-state';
import { openPackage } from '../../../app/open-package';
import { packageSourceOf } from '../../../app/project/project-commands';
import type { Services } from '../../../app/services';
import { reportProblem } from '../../../shared/problems';
import { readInWorker } from '../../import/read-in-worker';
import { edit, isDirty, organisationApplied, setBusy, startOrganising } from '../state/organise-slice';
import { mergeCentres, mergeFte, mergeTerritory, type OrganisationEdit } from '../state/organise-edits';
import { outlineOf } from '../state/organise-model';

const update = (services: Services, updater: Parameters<typeof inSlice<'organise'>>[1]) => services.store.update(inSlice('organise', updater));

/** Starts the set-up for the open package, unless it is already set up for it (or being applied to it). */
export function ensureOrganising(services: Services): void {
  const { pkg, organise } = services.store.getState();
  if (!pkg.current || organise.forPackage === pkg.current || organise.busy === 'applying') return;
  update(services, startOrganising(pkg.current, withSuggestedRoles(organisationOf(pkg.current), pkg.current)));
}

/**
 * The organisation with the roles it leaves open filled in from the indicators' names where exactly one
 * indicator says it (`suggestAnalysisRoles`: "Lopende dossiers" for caseload), so that the set-up shows, and
 * *Toepassen* saves, what the analysis will use; roles already set, or present under their default id, stay.
 */
export function withSuggestedRoles(org: Organisation, pkg: Pick<LoadedPackage, 'definitions'>): Organisation {
  const suggested = Object.entries(suggestAnalysisRoles(pkg.definitions)).filter(([role]) => org.roles[role as keyof Organisation['roles']] === undefined);
  return suggested.length === 0 ? org : { ...org, roles: { ...Object.fromEntries(suggested), ...org.roles } };
}

/** Every file of a package source, by path. */
async function filesOf(source: PackageFileSource): Promise<Map<string, Uint8Array>> {
  const paths = await source.list();
  const entries = await Promise.all(paths.map(async (path) => [path, await source.read(path)] as const));
  return new Map(entries);
}

/** The package's files with an organisation in them (the open package's source, rewritten). */
export async function packageFilesWith(services: Services, pkg: LoadedPackage, org: Organisation): Promise<Map<string, string | Uint8Array>> {
  const source = packageSourceOf(services, pkg);
  if (!source) throw new Error(`no files known for package ${pkg.sourceLabel}`);
  const baseResource = pkg.levels.find((l) => l.level === pkg.baseLevel)?.resource.name;
  if (!baseResource) throw new Error(`package ${pkg.sourceLabel} has no base level resource`);
  return withOrganisation(await filesOf(source), org, { baseLevel: pkg.baseLevel, baseResource });
}

/**
 * Puts the draft into the package and reopens it, all or nothing (`openPackage`): the staffing map, the
 * gap ranking and the planner then read the new teams, territory, locations and FTE. A package that does
 * not validate is not opened: its problems are listed and the package as it was stays open.
 *
 * @returns true when the package now holds the draft.
 */
export async function applyOrganisation(services: Services): Promise<boolean> {
  const state = services.store.getState();
  const pkg = state.pkg.current;
  if (!pkg || state.organise.busy) return false;
  const draft = state.organise.draft;
  update(services, setBusy('applying'));
  try {
    const files = await packageFilesWith(services, pkg, draft);
    const label = pkg.sourceLabel;
    const opened = await openPackage(services, label, () => createMemorySource(label, files));
    const now = services.store.getState().pkg.current;
    if (opened && now) update(services, organisationApplied(now, draft));
    else update(services, setBusy(null));
    return opened;
  } catch (error) {
    update(services, setBusy(null));
    reportProblem(services.store, 'organise-apply-failed', error);
    return false;
  }
}

/** A file name from the package's municipality, else its title: `roeselare`. */
export function packageFileName(pkg: LoadedPackage): string {
  const title = pkg.descriptor.municipality?.name ?? pkg.descriptor.title ?? pkg.sourceLabel;
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'wijkzicht-pakket';
}

/**
 * "Pakket opslaan": applies the draft when it changed (so what is saved has been validated), then saves
 * the package with its organisation as a .zip (a download in the browser) or as a folder where the
 * platform can write one.
 *
 * @returns where it went, or null (cancelled, or not applied).
 */
export async function saveOrganisedPackage(services: Services, kind: 'zip' | 'folder'): Promise<string | null> {
  if (isDirty(services.store.getState().organise) && !(await applyOrganisation(services))) return null;
  const pkg = services.store.getState().pkg.current;
  if (!pkg) return null;
  const source = packageSourceOf(services, pkg);
  update(services, setBusy('saving'));
  try {
    if (!source) throw new Error(`no files known for package ${pkg.sourceLabel}`);
    const files = await filesOf(source);
    const name = packageFileName(pkg);
    if (kind === 'folder' && services.platform.saveFolder) return await services.platform.saveFolder(name, [...files].map(([path, bytes]) => ({ path, bytes })));
    return await services.platform.saveFile(`${name}.zip`, packageFilesToZip(files), [{ name: 'Data package (.zip)', extensions: ['zip'] }]);
  } catch (error) {
    reportProblem(services.store, 'organise-save-failed', error);
    return null;
  } finally {
    update(services, setBusy(null));
  }
}

export type OrganisationTableKind = 'teams' | 'locations' | 'fte';

/** A picked table as a raw table (XLSX by its name, else CSV in any of the importer's dialects). */
export function readTableFile(file: { name: string; bytes: Uint8Array }, problems: ProblemList): RawTable | null {
  return /\.xlsx$/i.test(file.name) ? readXlsxTable(file, {}, problems) : readCsvTable(file, {}, problems);
}

/**
 * A picked table read off the main thread where the platform has workers (the app): in the import worker,
 * with the import's time budget, so a file that hangs a reader becomes `import-read-timeout` naming it and
 * the app keeps working; in place where there are none (unit tests in Node).
 */
async function readPickedTable(file: { name: string; bytes: Uint8Array }, problems: ProblemList): Promise<RawTable | null> {
  if (typeof Worker === 'undefined') return readTableFile(file, problems);
  const inputs = await readInWorker([file], { tablesOnly: true }, () => undefined);
  for (const p of inputs.problems) problems.add(p);
  return inputs.tables[0]?.table ?? null;
}

/**
 * The edit a table gives, or null with its problems when it has any error (then nothing changes).
 *
 * @example
 * editFromTable(pkg, draft, 'fte', table, problems) // mergeFte(rows) or null
 */
export function editFromTable(pkg: LoadedPackage, draft: Organisation, kind: OrganisationTableKind, table: RawTable, problems: ProblemList): OrganisationEdit | null {
  if (kind === 'teams') {
    const read = readTerritoryTable(table, territoryContextOf(pkg, draft.teams), problems);
    return read && problems.errorCount === 0 ? mergeTerritory(read) : null;
  }
  if (kind === 'locations') {
    const context = { municipality: territoryContextOf(pkg, draft.teams).municipality, outline: outlineOf(pkg), teams: draft.teams, takenIds: draft.centres.map((c) => c.id) };
    const read = readCentresTable(table, context, problems);
    return read && problems.errorCount === 0 ? mergeCentres(read) : null;
  }
  const read = readFteTable(table, draft.teams, problems);
  return read && problems.errorCount === 0 ? mergeFte(read) : null;
}

/**
 * Takes in a teams, locations or FTE table from a file: all its rows as one edit (undoable), or — with any
 * error — nothing, and its located problems (file, row, field, fix) at the notice surface. Warnings (a
 * location outside the municipality, a repeated row) are shown too, and the table is taken in.
 */
export async function importOrganisationTable(services: Services, kind: OrganisationTableKind, file: File): Promise<boolean> {
  const pkg = services.store.getState().pkg.current;
  if (!pkg) return false;
  ensureOrganising(services);
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const problems = new ProblemList();
    const table = await readPickedTable({ name: file.name, bytes }, problems);
    const change = table ? editFromTable(pkg, services.store.getState().organise.draft, kind, table, problems) : null;
    if (!change) {
      reportProblem(services.store, 'organise-import-rejected', undefined, { params: { file: file.name }, problems: problems.items });
      return false;
    }
    update(services, edit(change));
    if (problems.items.length > 0) reportProblem(services.store, 'organise-import-warnings', undefined, { severity: 'warning', params: { file: file.name }, problems: problems.items });
    return true;
  } catch (error) {
    reportProblem(services.store, 'organise-import-failed', error, { params: { file: file.name } });
    return false;
  }
}
