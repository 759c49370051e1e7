/**
 * Reading the Wijkzicht project file (`.wijkzicht`, described in project-types.ts): parsing with located
 * problems, migrating older versions, and making, comparing and describing projects. Writing is in
 * serialize-project.ts. Pure: no Node, no DOM.
 */
import { checkProject } from './check-project';
import { describeValue, describeValueNl, isObject, SHA256_HEX, type JsonObject } from './project-json';
import {
  PROJECT_LANGUAGES,
  PROJECT_SCHEMA,
  PROJECT_VERSION,
  type ParseProjectResult,
  type ProjectFile,
  type ProjectLanguage,
  type ProjectPackageRef,
  type ProjectProblem,
  type ProjectScenario,
  type ProjectSettings,
  type ProjectView,
} from './project-types';

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

/** 1-based line and column of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function parseJson(text: string, fileName: string): { ok: true; value: unknown } | { ok: false; problem: ProjectProblem } {
  if (text.trim() === '') {
    return {
      ok: false,
      problem: {
        path: '(root)',
        message: `${fileName}: the file is empty`,
        fix: 'open the autosave or a backup of the project; an interrupted copy can leave an empty file',
        messageNl: `${fileName}: het bestand is leeg`,
        fixNl: 'open de automatisch bewaarde versie of een reservekopie van het project; een onderbroken kopie kan een leeg bestand achterlaten',
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const at = position ? lineAndColumn(text, Number(position[1])) : null;
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    const whereNl = at ? ` op regel ${at.line}, kolom ${at.column}` : '';
    return {
      ok: false,
      problem: {
        path: '(root)',
        message: `${fileName}: the file is not valid JSON${where} (${detail.replace(/\s*\(line \d+ column \d+\)$/, '')})`,
        fix: 'undo the last hand edit, or open the autosave or a backup of the project',
        messageNl: `${fileName}: het bestand is geen geldige JSON${whereNl}`,
        fixNl: 'maak de laatste bewerking met de hand ongedaan, of open de automatisch bewaarde versie of een reservekopie van het project',
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
  if (typeof text !== 'string') {
    return { ok: false, problems: [{ path: '(root)', message: `${name}: the file could not be read as text`, fix: 'open a .wijkzicht project file', messageNl: `${name}: het bestand kon niet als tekst gelezen worden`, fixNl: 'open een .wijkzicht-projectbestand' }] };
  }
  try {
    const parsed = parseJson(text.replace(/^\uFEFF/, ''), name);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    const json = parsed.value;
    const notAProject = { fix: 'open a .wijkzicht project file; a data package is opened with "Open data package"', fixNl: 'open een .wijkzicht-projectbestand; een datapakket open je met "Datapakket openen"' };
    if (!isObject(json)) {
      return { ok: false, problems: [{ path: '(root)', message: `${name}: the file must hold a JSON object, not ${describeValue(json)}`, messageNl: `${name}: het bestand moet een JSON-object bevatten, niet ${describeValueNl(json)}`, ...notAProject }] };
    }
    if (json.schema !== PROJECT_SCHEMA) {
      const missing = json.schema === undefined;
      const message = missing
        ? `${name}: schema is missing, so this is not a Wijkzicht project file`
        : `${name}: schema must be "${PROJECT_SCHEMA}", not ${describeValue(json.schema)}, so this is not a Wijkzicht project file`;
      const messageNl = missing
        ? `${name}: schema ontbreekt, dus dit is geen Wijkzicht-projectbestand`
        : `${name}: schema moet "${PROJECT_SCHEMA}" zijn, niet ${describeValueNl(json.schema)}, dus dit is geen Wijkzicht-projectbestand`;
      return { ok: false, problems: [{ path: 'schema', message, messageNl, ...notAProject }] };
    }
    const version = json.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      return {
        ok: false,
        problems: [{
          path: 'version',
          message: `${name}: version must be a whole number from 1, not ${version === undefined ? 'missing' : describeValue(version)}`,
          fix: `write "version": ${PROJECT_VERSION} if the file was made by this Wijkzicht`,
          messageNl: `${name}: version moet een geheel getal vanaf 1 zijn, niet ${version === undefined ? 'ontbrekend' : describeValueNl(version)}`,
          fixNl: `schrijf "version": ${PROJECT_VERSION} als het bestand met deze Wijkzicht gemaakt is`,
        }],
      };
    }
    if (version > PROJECT_VERSION) {
      return {
        ok: false,
        problems: [{
          path: 'version',
          message: `${name}: version ${version} was saved by a newer Wijkzicht; this Wijkzicht reads project versions up to ${PROJECT_VERSION}`,
          fix: 'update Wijkzicht to the latest version to open this project',
          messageNl: `${name}: versie ${version} is bewaard door een nieuwere Wijkzicht; deze Wijkzicht leest projectversies tot ${PROJECT_VERSION}`,
          fixNl: 'werk Wijkzicht bij naar de nieuwste versie om dit project te openen',
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
    return {
      ok: false,
      problems: [{
        path: '(root)',
        message: `${name}: the project could not be read (${detail})`,
        fix: 'open the autosave or a backup of the project, or report this file',
        messageNl: `${name}: het project kon niet gelezen worden`,
        fixNl: 'open de automatisch bewaarde versie of een reservekopie van het project, of meld dit bestand',
      }],
    };
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
export function formatProjectProblem(problem: ProjectProblem, language: 'nl' | 'en' = 'en'): string {
  if (language === 'nl' && problem.messageNl) return `${problem.messageNl}; ${problem.fixNl ?? problem.fix}`;
  return `${problem.message}; ${problem.fix}`;
}
