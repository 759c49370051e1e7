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
}

export type ParseProjectResult = { readonly ok: true; readonly project: ProjectFile } | { readonly ok: false; readonly problems: readonly ProjectProblem[] };

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const SHA256_HEX = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isIsoInstant = (v: unknown): v is string => typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
/** JSON path of a member: `a.b` for plain names, `a["odd key"]` otherwise. */
const member = (parent: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (parent === '' ? key : `${parent}.${key}`) : `${parent}[${JSON.stringify(key)}]`;
const describeValue = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}` : typeof v === 'object' ? 'an object' : `${typeof v} ${String(v)}`;

// ---------------------------------------------------------------------------------------------------
// Migrations

/** Turns a project of version `n` (the key) into version `n + 1`. Receives a parsed JSON object. */
export type ProjectMigration = (json: Readonly<JsonObject>) => JsonObject;

/**
 * The migrations, keyed by the version they migrate from. Empty while version 1 is the only version; when
 * version 2 arrives, add `1: (v1) => v2` here and bump {@link PROJECT_VERSION}.
 */
export const PROJECT_MIGRATIONS: Readonly<Record<number, ProjectMigration>> = {};

/**
 * Brings a parsed project object of version `fromVersion` up to `toVersion` by applying each step's
 * migration in turn, and sets `version`. Throws when a step has no migration (a programming error: every
 * version below {@link PROJECT_VERSION} must have one).
 *
 * @example
 * migrateProject({ version: 1, ... }, 1) // unchanged while version 1 is current
 * migrateProject(json, 1, { 1: (p) => ({ ...p, views: [] }) }, 2) // { ..., views: [], version: 2 }
 */
export function migrateProject(
  json: Readonly<JsonObject>,
  fromVersion: number,
  migrations: Readonly<Record<number, ProjectMigration>> = PROJECT_MIGRATIONS,
  toVersion: number = PROJECT_VERSION,
): JsonObject {
  if (!isObject(json)) throw new TypeError('migrateProject: json must be an object');
  if (!Number.isInteger(fromVersion) || !Number.isInteger(toVersion) || fromVersion < 1 || fromVersion > toVersion) {
    throw new RangeError(`migrateProject: cannot migrate from version ${fromVersion} to ${toVersion}`);
  }
  let current: JsonObject = { ...json };
  for (let v = fromVersion; v < toVersion; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (!step) throw new Error(`migrateProject: no migration from project version ${v} to ${v + 1}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}

// ---------------------------------------------------------------------------------------------------
// Reading

/** Checks a project object of the current version; pushes located problems. */
function checkProject(json: JsonObject, fileName: string, problems: ProjectProblem[]): void {
  const add = (path: string, message: string, fix: string) => problems.push({ path, message: `${fileName}: ${path} ${message}`, fix });
  const text = (path: string, value: unknown, fix: string, nonEmpty: boolean): value is string => {
    if (typeof value !== 'string') {
      add(path, value === undefined ? 'is missing; it must be a text' : `must be a text, not ${describeValue(value)}`, fix);
      return false;
    }
    if (nonEmpty && value.trim() === '') {
      add(path, 'must not be empty', fix);
      return false;
    }
    return true;
  };

  if (!isIsoInstant(json.savedAt)) {
    add('savedAt', `must be a date and time such as "2025-03-01T09:30:00.000Z", not ${json.savedAt === undefined ? 'missing' : describeValue(json.savedAt)}`, 'save the project again from Wijkzicht, or correct the date');
  }

  if (!isObject(json.package)) {
    add('package', json.package === undefined ? 'is missing; it must name the data package' : `must be an object naming the data package, not ${describeValue(json.package)}`, 'save the project again from Wijkzicht with its data package open');
  } else {
    const pkg = json.package;
    text('package.path', pkg.path, 'give the folder or .zip of the data package', true);
    text('package.name', pkg.name, 'give the name of the data package', true);
    if (text('package.contentHash', pkg.contentHash, 'save the project again from Wijkzicht with its data package open', true) && !SHA256_HEX.test(pkg.contentHash)) {
      add('package.contentHash', 'must be a SHA-256 hash: 64 characters 0-9 and a-f', 'save the project again from Wijkzicht with its data package open');
    }
  }

  const ids = new Set<string>();
  if (!Array.isArray(json.scenarios)) {
    add('scenarios', json.scenarios === undefined ? 'is missing; it must be a list (possibly empty)' : `must be a list of scenarios, not ${describeValue(json.scenarios)}`, 'write "scenarios": [] if the project has no scenarios yet');
  } else {
    json.scenarios.forEach((s: unknown, i) => {
      const at = `scenarios[${i}]`;
      if (!isObject(s)) {
        add(at, `must be an object with an "id" and a "name", not ${describeValue(s)}`, 'remove this entry or restore the scenario from a backup');
        return;
      }
      if (text(`${at}.id`, s.id, 'give the scenario an identifier, unique in the project', true)) {
        if (ids.has(s.id)) add(`${at}.id`, `repeats the identifier ${JSON.stringify(s.id)} of an earlier scenario`, 'give each scenario its own identifier');
        ids.add(s.id);
      }
      text(`${at}.name`, s.name, 'give the scenario a name', false);
    });
  }

  const active = json.activeScenarioId;
  if (active !== null && typeof active !== 'string') {
    add('activeScenarioId', active === undefined ? 'is missing; it must be a scenario identifier or null' : `must be a scenario identifier or null, not ${describeValue(active)}`, 'write null to open the project without an active scenario');
  } else if (typeof active === 'string' && Array.isArray(json.scenarios) && !ids.has(active)) {
    add('activeScenarioId', `names the scenario ${JSON.stringify(active)}, which is not in scenarios`, 'use the identifier of one of the scenarios, or null');
  }

  if (!Array.isArray(json.views)) {
    add('views', json.views === undefined ? 'is missing; it must be a list (possibly empty)' : `must be a list of saved views, not ${describeValue(json.views)}`, 'write "views": [] if the project has no saved views');
  } else {
    const viewIds = new Set<string>();
    json.views.forEach((v: unknown, i) => {
      const at = `views[${i}]`;
      if (!isObject(v)) {
        add(at, `must be an object with an "id" and a "title", not ${describeValue(v)}`, 'remove this entry');
        return;
      }
      if (text(`${at}.id`, v.id, 'give the view an identifier, unique in the project', true)) {
        if (viewIds.has(v.id)) add(`${at}.id`, `repeats the identifier ${JSON.stringify(v.id)} of an earlier view`, 'give each view its own identifier');
        viewIds.add(v.id);
      }
      text(`${at}.title`, v.title, 'give the view a title', false);
    });
  }

  if (!isObject(json.settings)) {
    add('settings', json.settings === undefined ? 'is missing; it must be an object with a "language"' : `must be an object with a "language", not ${describeValue(json.settings)}`, 'write "settings": { "language": "nl" }');
  } else if (!PROJECT_LANGUAGES.includes(json.settings.language as ProjectLanguage)) {
    add('settings.language', `must be "nl" or "en", not ${json.settings.language === undefined ? 'missing' : describeValue(json.settings.language)}`, 'write "nl" for Dutch or "en" for English');
  }
}

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function parseJson(text: string, fileName: string): { ok: true; value: unknown } | { ok: false; problem: ProjectProblem } {
  if (text.trim() === '') {
    return { ok: false, problem: { path: '(root)', message: `${fileName}: the file is empty`, fix: 'open the autosave or a backup of the project; an interrupted copy can leave an empty file' } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const where = position ? (({ line, column }) => ` at line ${line}, column ${column}`)(lineAndColumn(text, Number(position[1]))) : '';
    return {
      ok: false,
      problem: {
        path: '(root)',
        message: `${fileName}: the file is not valid JSON${where} (${detail.replace(/\s*\(line \d+ column \d+\)$/, '')})`,
        fix: 'undo the last hand edit, or open the autosave or a backup of the project',
      },
    };
  }
}

/**
 * Reads a project file's text. Never throws for bad content: returns every problem found, each with the
 * JSON path, a message starting with `fileName` and a fix. Refuses another `schema` and a `version` newer
 * than {@link PROJECT_VERSION} (saying to update Wijkzicht); older versions go through {@link migrateProject}.
 * Scenarios, views and settings keep every member; unknown top-level members are ignored (and not written
 * back). A leading byte-order mark is allowed.
 *
 * @example
 * const result = parseProject(text, 'kortrijk.wijkzicht');
 * if (!result.ok) result.problems[0].message // "kortrijk.wijkzicht: scenarios[1].name must be a text, not null"
 */
export function parseProject(text: string, fileName: string): ParseProjectResult {
  const name = typeof fileName === 'string' && fileName !== '' ? fileName : 'project file';
  if (typeof text !== 'string') return { ok: false, problems: [{ path: '(root)', message: `${name}: the file could not be read as text`, fix: 'open a .wijkzicht project file' }] };
  try {
    const parsed = parseJson(text.replace(/^\uFEFF/, ''), name);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    const json = parsed.value;
    const notAProject = 'open a .wijkzicht project file; a data package is opened with "Open data package"';
    if (!isObject(json)) {
      return { ok: false, problems: [{ path: '(root)', message: `${name}: the file must hold a JSON object, not ${describeValue(json)}`, fix: notAProject }] };
    }
    if (json.schema !== PROJECT_SCHEMA) {
      const message = json.schema === undefined
        ? `${name}: schema is missing, so this is not a Wijkzicht project file`
        : `${name}: schema must be "${PROJECT_SCHEMA}", not ${describeValue(json.schema)}, so this is not a Wijkzicht project file`;
      return { ok: false, problems: [{ path: 'schema', message, fix: notAProject }] };
    }
    const version = json.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return {
        ok: false,
        problems: [{ path: 'version', message: `${name}: version must be a whole number from 1, not ${version === undefined ? 'missing' : describeValue(version)}`, fix: `write "version": ${PROJECT_VERSION} if the file was made by this Wijkzicht` }],
      };
    }
    if (version > PROJECT_VERSION) {
      return {
        ok: false,
        problems: [{
          path: 'version',
          message: `${name}: version ${version} was saved by a newer Wijkzicht; this Wijkzicht reads project versions up to ${PROJECT_VERSION}`,
          fix: 'update Wijkzicht to the latest version to open this project',
        }],
      };
    }
    const current = version < PROJECT_VERSION ? migrateProject(json, version) : json;
    const problems: ProjectProblem[] = [];
    checkProject(current, name, problems);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, project: toProject(current) };
  } catch (error) {
    // Not expected (e.g. a migration that throws, or JSON nested too deep): still a problem, not a throw.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '(root)', message: `${name}: the project could not be read (${detail})`, fix: 'open the autosave or a backup of the project, or report this file' }] };
  }
}

/** Builds the typed project from a checked object (scenarios, views and settings keep every member). */
function toProject(json: JsonObject): ProjectFile {
  const pkg = json.package as JsonObject;
  return {
    schema: PROJECT_SCHEMA,
    version: PROJECT_VERSION,
    savedAt: json.savedAt as string,
    package: { path: pkg.path as string, name: pkg.name as string, contentHash: pkg.contentHash as string },
    scenarios: json.scenarios as ProjectScenario[],
    activeScenarioId: json.activeScenarioId as string | null,
    views: json.views as ProjectView[],
    settings: json.settings as ProjectSettings,
  };
}

// ---------------------------------------------------------------------------------------------------
// Writing

/**
 * A JSON copy with keys in a stable order: `first` keys in that order, then the rest sorted. Throws a
 * TypeError naming the path for anything JSON would lose or change silently (a non-finite number,
 * undefined in a list, a function, a bigint, a Date, Map or other class instance, a cycle). Undefined
 * object members are dropped, as JSON does. Builds objects with `Object.fromEntries`, so a `__proto__` key
 * stays an ordinary member.
 */
function canonical(value: unknown, path: string, seen: Set<object>, first: readonly string[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`serializeProject: ${path} is ${value}, which JSON cannot hold`);
    return value;
  }
  if (typeof value !== 'object') throw new TypeError(`serializeProject: ${path} is a ${typeof value}, which JSON cannot hold`);
  if (seen.has(value)) throw new TypeError(`serializeProject: ${path} refers back to itself`);
  seen.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map((item, i) => {
      if (item === undefined) throw new TypeError(`serializeProject: ${path}[${i}] is undefined`);
      return canonical(item, `${path}[${i}]`, seen);
    });
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new TypeError(`serializeProject: ${path} is a ${value.constructor?.name ?? 'class instance'}, not a plain object`);
    const record = value as JsonObject;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    const ordered = [...first.filter((k) => keys.includes(k)), ...keys.filter((k) => !first.includes(k)).sort()];
    result = Object.fromEntries(ordered.map((k) => [k, canonical(record[k], member(path, k), seen)]));
  }
  seen.delete(value);
  return result;
}

/**
 * The project as file text: the members in a fixed order (`schema`, `version`, `savedAt`, `package`,
 * `scenarios`, `activeScenarioId`, `views`, `settings`; `id` and `name`/`title` first in scenarios and
 * views; every other object's keys sorted), 2-space indent, `\n` line ends and a trailing newline, so
 * saving the same project twice gives the same bytes and diffs stay small. Throws when the project would
 * not read back: a problem {@link parseProject} would report, or a value JSON cannot hold.
 *
 * @example
 * serializeProject(createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: 'ab…' }, 'nl'))
 * // '{\n  "schema": "wijkzicht-project",\n  "version": 1,\n  ...}\n'
 */
export function serializeProject<S extends ProjectScenario, V extends ProjectView>(project: ProjectFile<S, V>): string {
  if (!isObject(project)) throw new TypeError('serializeProject: project must be an object');
  const seen = new Set<object>();
  const pkg = project.package;
  const ordered = {
    schema: project.schema,
    version: project.version,
    savedAt: project.savedAt,
    package: isObject(pkg) ? canonical(pkg, 'package', seen, ['path', 'name', 'contentHash']) : pkg,
    scenarios: Array.isArray(project.scenarios) ? project.scenarios.map((s, i) => canonical(s, `scenarios[${i}]`, seen, ['id', 'name'])) : project.scenarios,
    activeScenarioId: project.activeScenarioId,
    views: Array.isArray(project.views) ? project.views.map((v, i) => canonical(v, `views[${i}]`, seen, ['id', 'title'])) : project.views,
    settings: isObject(project.settings) ? canonical(project.settings, 'settings', seen, ['language']) : project.settings,
  };
  if (ordered.schema !== PROJECT_SCHEMA || ordered.version !== PROJECT_VERSION) {
    throw new TypeError(`serializeProject: schema and version must be "${PROJECT_SCHEMA}" and ${PROJECT_VERSION}`);
  }
  const problems: ProjectProblem[] = [];
  checkProject(ordered, 'serializeProject', problems);
  if (problems.length > 0) throw new TypeError(problems.map((p) => p.message).join('; '));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * A new, empty project on a data package: no scenarios, no views, saved now (or at `savedAt`).
 * Throws on a package reference that is not complete or a language other than `nl`/`en`.
 *
 * @example
 * createProject({ path: '/data/kortrijk', name: 'kortrijk', contentHash: await hashPackageFiles(files) }, 'nl')
 */
export function createProject(pkg: ProjectPackageRef, language: ProjectLanguage, savedAt: Date = new Date()): ProjectFile {
  if (!isObject(pkg) || typeof pkg.path !== 'string' || pkg.path.trim() === '' || typeof pkg.name !== 'string' || pkg.name.trim() === '') {
    throw new TypeError('createProject: pkg needs a non-empty path and name');
  }
  if (typeof pkg.contentHash !== 'string' || !SHA256_HEX.test(pkg.contentHash)) throw new TypeError('createProject: pkg.contentHash must be 64 lowercase hex characters');
  if (!PROJECT_LANGUAGES.includes(language)) throw new TypeError(`createProject: language must be "nl" or "en", not ${String(language)}`);
  if (!(savedAt instanceof Date) || Number.isNaN(savedAt.getTime())) throw new TypeError('createProject: savedAt must be a valid Date');
  return {
    schema: PROJECT_SCHEMA,
    version: PROJECT_VERSION,
    savedAt: savedAt.toISOString(),
    package: { path: pkg.path, name: pkg.name, contentHash: pkg.contentHash },
    scenarios: [],
    activeScenarioId: null,
    views: [],
    settings: { language },
  };
}

/**
 * Whether the data package now open is the one the project was made on, by content hash (the path may
 * differ: a moved or copied package with the same files is the same package).
 *
 * @example
 * comparePackage(project, { contentHash: await hashPackageFiles(files) }) // 'same' or 'changed'
 */
export function comparePackage(project: Pick<ProjectFile, 'package'>, current: { readonly contentHash: string }): 'same' | 'changed' {
  if (!isObject(project) || !isObject(project.package) || typeof project.package.contentHash !== 'string') throw new TypeError('comparePackage: project.package.contentHash is required');
  if (!isObject(current) || typeof current.contentHash !== 'string') throw new TypeError('comparePackage: current.contentHash must be a string');
  return project.package.contentHash.toLowerCase() === current.contentHash.toLowerCase() ? 'same' : 'changed';
}

/** A problem as one line for a dialog or the console: the message, then the fix. */
export function formatProjectProblem(problem: ProjectProblem): string {
  return `${problem.message}; ${problem.fix}`;
}
