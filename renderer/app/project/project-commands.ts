import type { PackageFileSource } from '../../../data/package';
import type { LoadedPackage } from '../../../data/package';
import { hashPackageFiles } from '../../../data/project';
import { comparePackage, createProject, formatProjectProblem, parseProject, serializeProject, type ProjectFile, type ProjectProblem } from '../../../data/project';
import { inSlice } from '../app-state';
import { readScenarios } from '../../features/planner/read-scenarios';
import { readViews } from '../../features/presenter/read-views';
import { loadScenarios, type Scenario } from '../../features/planner/state/scenario-slice';
import { loadViews, type SavedView } from '../../features/presenter/state/story-slice';
import type { Services } from '../services';
import { defineSessionSlot } from '../../shared/session-memory';
import { reportingTo } from '../../shared/problems';

/** What the project commands remember in a session: each package's files and hash, and what was saved. */
const projectMemory = defineSessionSlot('project files', () => ({
  sources: new WeakMap<LoadedPackage, PackageFileSource>(),
  hashes: new WeakMap<LoadedPackage, Promise<string>>(),
  /** Scenario lists and view lists (by identity: the slices never mutate one) saved in a project file. */
  savedLists: new WeakSet<readonly Scenario[]>(),
  savedViewLists: new WeakSet<readonly SavedView[]>(),
}));

/** Whether these scenarios are exactly what was last saved to or opened from a project file. */
export function isSavedScenarioList(services: Services, list: readonly Scenario[]): boolean {
  return projectMemory(services.memory).savedLists.has(list);
}

/** Whether these views are exactly what was last saved to or opened from a project file. */
export function isSavedViewList(services: Services, views: readonly SavedView[]): boolean {
  return projectMemory(services.memory).savedViewLists.has(views);
}

/** Marks the current scenarios and views as saved (to or from a project file). */
function markSaved(services: Services): void {
  const memory = projectMemory(services.memory);
  memory.savedLists.add(services.store.getState().scenarios.list);
  memory.savedViewLists.add(services.store.getState().story.views);
}

/**
 * Remembers where an opened package came from, so a project can name it by content hash; with the hash of
 * the files it was read from (`readPackageFiles` computes it from the bytes it read), so `packageHashOf`
 * never fetches and hashes the files a second time.
 */
export function rememberPackageSource(services: Services, pkg: LoadedPackage, source: PackageFileSource, contentHash: string | null = null): void {
  const memory = projectMemory(services.memory);
  memory.sources.set(pkg, source);
  if (contentHash !== null) memory.hashes.set(pkg, Promise.resolve(contentHash));
}

/** The files an opened package was read from (null when unknown), e.g. to save it again with changes. */
export function packageSourceOf(services: Services, pkg: LoadedPackage): PackageFileSource | null {
  return projectMemory(services.memory).sources.get(pkg) ?? null;
}

/**
 * SHA-256 over the package's files (paths and bytes, `hashPackageFiles`), once per opened package: the hash
 * computed when it was read, else (a package opened without one) from its source, the first time it is asked.
 */
export function packageHashOf(services: Services, pkg: LoadedPackage): Promise<string> {
  const { hashes, sources } = projectMemory(services.memory);
  let hash = hashes.get(pkg);
  if (!hash) {
    const source = sources.get(pkg);
    if (!source) return Promise.reject(new Error(`Geen bestanden bekend van pakket ${pkg.sourceLabel} / no files known for package ${pkg.sourceLabel}`));
    hash = (async () => {
      const paths = [...(await source.list())].sort();
      const files = await Promise.all(paths.map(async (path) => ({ path, bytes: await source.read(path) })));
      return hashPackageFiles(files);
    })();
    hashes.set(pkg, hash);
  }
  return hash;
}

/** The project of the current state: the package by name and hash, the scenarios, the language. */
export async function buildProjectOfState(services: Services): Promise<ProjectFile<Scenario, SavedView>> {
  const state = services.store.getState();
  const pkg = state.pkg.current;
  if (!pkg) throw new Error('Open eerst een data package / open a data package first');
  const base = createProject({ path: pkg.sourceLabel, name: pkg.descriptor.title ?? pkg.sourceLabel, contentHash: await packageHashOf(services, pkg) }, state.ui.language);
  const { list, activeId } = state.scenarios;
  return { ...base, scenarios: list, activeScenarioId: activeId !== null && list.some((s) => s.id === activeId) ? activeId : null, views: state.story.views };
}

/** Saves the project as `<name>.wijkzicht` (a download in the browser, a Save dialog in Electron). */
export async function saveProjectFile(services: Services): Promise<string | null> {
  const project = await buildProjectOfState(services);
  const name = `${project.package.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'project'}.wijkzicht`;
  const where = await services.platform.saveFile(name, new TextEncoder().encode(serializeProject(project)), [{ name: 'Wijkzicht project', extensions: ['wijkzicht'] }]);
  if (where === null) return null; // cancelled: the autosave still holds the unsaved work
  // Only now, with the project written, does the autosave hold nothing unsaved (until the next edit).
  markSaved(services);
  await services.platform.autosave
    .write(project.package.contentHash, serializeProject({ ...project, settings: { ...project.settings, unsaved: false } }))
    .catch(reportingTo(services.store, 'autosave-failed', { severity: 'warning' }));
  return where;
}

export type OpenProjectOutcome = { readonly ok: true; readonly packageChanged: boolean; readonly scenarios: number } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Opens a project file's scenarios over the current package. A broken file changes nothing and lists its
 * problems; a package whose content differs from the one the project was made with is reported (the
 * scenarios are still opened: the user decides).
 */
export async function openProjectText(services: Services, text: string, fileName: string): Promise<OpenProjectOutcome> {
  const parsed = parseProject(text, fileName);
  const language = services.store.getState().ui.language;
  const format = (p: ProjectProblem) => formatProjectProblem(p, language);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(format) };
  // Every field of every scenario is checked; fields a file leaves out get today's defaults.
  const { scenarios, problems } = readScenarios(parsed.project.scenarios, fileName);
  const { views, problems: viewProblems } = readViews(parsed.project.views, fileName);
  if (problems.length + viewProblems.length > 0) return { ok: false, problems: [...problems, ...viewProblems].map(format) };
  const pkg = services.store.getState().pkg.current;
  // A package whose files cannot be hashed (a source that went away) counts as changed: the user is told.
  const hash = pkg ? await packageHashOf(services, pkg).then((h) => h, (error: unknown) => (console.warn('[wijkzicht] package hash unavailable:', error), null)) : null;
  const packageChanged = hash === null || comparePackage(parsed.project, { contentHash: hash }) === 'changed';
  services.store.update(inSlice('scenarios', loadScenarios(scenarios, parsed.project.activeScenarioId)));
  services.store.update(inSlice('story', loadViews(views)));
  // Opened from a project file: saved. Restored from an autosave marked unsaved: still unsaved.
  if (parsed.project.settings.unsaved !== true) markSaved(services);
  return { ok: true, packageChanged, scenarios: scenarios.length };
}
