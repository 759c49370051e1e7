import type { PackageFileSource } from '../../../data/package';
import type { LoadedPackage } from '../../../data/package';
import { hashPackageFiles } from '../../../data/project';
import { comparePackage, createProject, formatProjectProblem, parseProject, serializeProject, type ProjectFile } from '../../../data/project';
import { inSlice } from '../app-state';
import { readScenarios } from '../../features/planner/read-scenarios';
import { readViews } from '../../features/presenter/read-views';
import { loadScenarios, type Scenario } from '../../features/planner/state/scenario-slice';
import { loadViews, type SavedView } from '../../features/presenter/state/story-slice';
import type { Services } from '../services';

const sources = new WeakMap<LoadedPackage, PackageFileSource>();
/** Scenario lists (by identity: the slice never mutates one) that are saved in a project file. */
const savedLists = new WeakSet<readonly Scenario[]>();

/** Whether these scenarios are exactly what was last saved to or opened from a project file. */
export function isSavedScenarioList(list: readonly Scenario[]): boolean {
  return savedLists.has(list);
}

const savedViewLists = new WeakSet<readonly SavedView[]>();
/** Whether these views are exactly what was last saved to or opened from a project file. */
export function isSavedViewList(views: readonly SavedView[]): boolean {
  return savedViewLists.has(views);
}
const hashes = new WeakMap<LoadedPackage, Promise<string>>();

/** Remembers where an opened package came from, so a project can name it by content hash. */
export function rememberPackageSource(pkg: LoadedPackage, source: PackageFileSource): void {
  sources.set(pkg, source);
}

/** SHA-256 over the package's files (paths and bytes), computed once per opened package. */
export function packageHashOf(pkg: LoadedPackage): Promise<string> {
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
  const base = createProject({ path: pkg.sourceLabel, name: pkg.descriptor.title ?? pkg.sourceLabel, contentHash: await packageHashOf(pkg) }, state.ui.language);
  const { list, activeId } = state.scenarios;
  return { ...base, scenarios: list, activeScenarioId: activeId !== null && list.some((s) => s.id === activeId) ? activeId : null, views: state.story.views };
}

/** Saves the project as `<name>.wijkzicht` (a download in the browser, a Save dialog in Electron). */
export async function saveProjectFile(services: Services): Promise<string | null> {
  const project = await buildProjectOfState(services);
  // From now on the autosave holds nothing unsaved (until the next edit).
  savedLists.add(services.store.getState().scenarios.list);
  savedViewLists.add(services.store.getState().story.views);
  void services.platform.autosave.write(project.package.contentHash, serializeProject({ ...project, settings: { ...project.settings, unsaved: false } })).catch(() => undefined);
  const name = `${project.package.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'project'}.wijkzicht`;
  return services.platform.saveFile(name, new TextEncoder().encode(serializeProject(project)), [{ name: 'Wijkzicht project', extensions: ['wijkzicht'] }]);
}

export type OpenProjectOutcome = { readonly ok: true; readonly packageChanged: boolean; readonly scenarios: number } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Opens a project file's scenarios over the current package. A broken file changes nothing and lists its
 * problems; a package whose content differs from the one the project was made with is reported (the
 * scenarios are still opened: the user decides).
 */
export async function openProjectText(services: Services, text: string, fileName: string): Promise<OpenProjectOutcome> {
  const parsed = parseProject(text, fileName);
  if (!parsed.ok) return { ok: false, problems: parsed.problems.map(formatProjectProblem) };
  // Every field of every scenario is checked; fields a file leaves out get today's defaults.
  const { scenarios, problems } = readScenarios(parsed.project.scenarios, fileName);
  const { views, problems: viewProblems } = readViews(parsed.project.views, fileName);
  if (problems.length + viewProblems.length > 0) return { ok: false, problems: [...problems, ...viewProblems].map(formatProjectProblem) };
  const pkg = services.store.getState().pkg.current;
  const packageChanged = pkg ? comparePackage(parsed.project, { contentHash: await packageHashOf(pkg).catch(() => '') }) === 'changed' : true;
  services.store.update(inSlice('scenarios', loadScenarios(scenarios, parsed.project.activeScenarioId)));
  services.store.update(inSlice('story', loadViews(views)));
  // Opened from a project file: saved. Restored from an autosave marked unsaved: still unsaved.
  if (parsed.project.settings.unsaved !== true) {
    savedLists.add(services.store.getState().scenarios.list);
    savedViewLists.add(services.store.getState().story.views);
  }
  return { ok: true, packageChanged, scenarios: scenarios.length };
}
