/**
 * The Wijkzicht project file (`.wijkzicht`): the planner's work (scenarios, saved views, settings) and the
 * data package it was made on, named by path and by content hash. Pure: no Node, no DOM. Reading a file
 * never throws for bad content; it returns located problems that name the file, the JSON path and what to
 * do. Writing checks its input and throws on programming errors, so whatever is written can be read back.
 *
 * ```json
 * {
 *   "schema": "wijkzicht-project",
 *   "version": 1,
 *   "savedAt": "2025-03-01T09:30:00.000Z",
 *   "package": { "path": "/data/kortrijk", "name": "kortrijk", "contentHash": "9f86…" },
 *   "scenarios": [{ "id": "s1", "name": "Huidige situatie", … }],
 *   "activeScenarioId": "s1",
 *   "views": [{ "id": "v1", "title": "Armoede per wijk", … }],
 *   "settings": { "language": "nl", … }
 * }
 * ```
 */

export const PROJECT_SCHEMA = 'wijkzicht-project';
/** The newest project version this Wijkzicht reads and the one it writes. */
export const PROJECT_VERSION = 1;
/** The project file's extension, with the dot. */
export const PROJECT_EXTENSION = '.wijkzicht';

export type ProjectLanguage = 'nl' | 'en';
export const PROJECT_LANGUAGES: readonly ProjectLanguage[] = ['nl', 'en'];

/** The data package a project was made on. */
export interface ProjectPackageRef {
  /** Where the package was opened from (a folder or .zip path). */
  readonly path: string;
  /** The package's name, shown when the path no longer exists. */
  readonly name: string;
  /** SHA-256 of the package's files, lowercase hex (see `hashPackageFiles`). */
  readonly contentHash: string;
}

/**
 * A scenario as the project file sees it: an opaque JSON object of which only `id` (non-empty, unique) and
 * `name` are checked. Every other member is kept as it is; the planner validates its own fields.
 */
export interface ProjectScenario {
  readonly id: string;
  readonly name: string;
}

/** A saved view (for a later issue): an opaque JSON object with an `id` (non-empty, unique) and a `title`. */
export interface ProjectView {
  readonly id: string;
  readonly title: string;
}

/** Project settings: the language and any further keys, which are kept as they are. */
export type ProjectSettings = { readonly language: ProjectLanguage } & Readonly<Record<string, unknown>>;

/**
 * A project. `S` and `V` let the planner use its own scenario and view types; a parsed project has the
 * minimal ones, with every other member still present at run time.
 */
export interface ProjectFile<S extends ProjectScenario = ProjectScenario, V extends ProjectView = ProjectView> {
  readonly schema: typeof PROJECT_SCHEMA;
  readonly version: typeof PROJECT_VERSION;
  /** When the project was saved, ISO 8601 in UTC (`Date.prototype.toISOString`). */
  readonly savedAt: string;
  readonly package: ProjectPackageRef;
  readonly scenarios: readonly S[];
  readonly activeScenarioId: string | null;
  readonly views: readonly V[];
  readonly settings: ProjectSettings;
}

/** Something wrong in a project file's content. */
export interface ProjectProblem {
  /** JSON path of the offending value, e.g. `scenarios[2].name`; `(root)` for the file as a whole. */
  readonly path: string;
  /** What is wrong, starting with the file name, e.g. `kortrijk.wijkzicht: scenarios[1].name must be a text`. */
  readonly message: string;
  /** What to do about it, e.g. `give the scenario a name`. */
  readonly fix: string;
  /** The message and fix in Dutch, for the Dutch UI, where a reader gives them (see formatProjectProblem). */
  readonly messageNl?: string;
  readonly fixNl?: string;
}

export type ParseProjectResult = { readonly ok: true; readonly project: ProjectFile } | { readonly ok: false; readonly problems: readonly ProjectProblem[] };
